package org.nj12320.bulletin.layout;

/**
 * A font face as the layout sees it: advances, vertical metrics and the blank halves of full-width marks, all in
 * em (of whatever size the face is set at). The layout never reads a font file; whoever draws the pages gives it
 * faces and is handed the same faces back in the glyphs it is to draw.
 */
public interface Face {
    /** Whether the face has a glyph for the character. */
    boolean has(int codePoint);

    /** The advance of the character's glyph, in em; only asked of characters the face {@link #has}. */
    float advance(int codePoint);

    /** Height above the baseline that a line of this face takes before leading, in em. */
    float ascent();

    /** Depth below the baseline, in em, positive. */
    float descent();

    /**
     * The height of the middle of the face's ideographic em box above the baseline, in em: where a Chinese
     * character's middle is, and where a mark set beside it in another size is centred.
     */
    float central();

    /**
     * The blank of a full-width punctuation mark: the part of its em on the left and on the right that holds no
     * ink, which the layout may take away (the font's {@code halt} feature says it). {@link Blank#NONE} for any
     * other character.
     */
    Blank blank(int codePoint);

    /** The left and right edge of the glyph's ink, in em from its origin (for joining the halves of {@code ——}). */
    float inkLeft(int codePoint);

    float inkRight(int codePoint);

    /**
     * The blank halves of a mark, in em.
     *
     * @param left  blank before the ink (an opening bracket or quote)
     * @param right blank after the ink (a comma, a full stop, a closing bracket or quote)
     */
    record Blank(float left, float right) {
        public static final Blank NONE = new Blank(0, 0);

        public boolean isNone() {
            return left == 0 && right == 0;
        }
    }
}
