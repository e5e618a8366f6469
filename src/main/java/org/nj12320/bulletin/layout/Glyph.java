package org.nj12320.bulletin.layout;

/**
 * A glyph placed on a line.
 *
 * @param x      its origin, in points from the line's left edge (an opening mark whose blank was taken away
 *               stands half an em left of its ink)
 * @param scaleX the horizontal scale it is drawn at: 1, or more for the halves of {@code ——} stretched to meet
 * @param owner  null for the paragraph's own text; the {@link Inline.Box} it belongs to otherwise
 * @param emphasis whether it is a letter of text set with emphasis dots, which get one under it
 */
public record Glyph(
        Face face, int codePoint, float x, float size, Color color, float scaleX, Inline.Box owner, boolean emphasis) {
    public Glyph(Face face, int codePoint, float x, float size, Color color, float scaleX, Inline.Box owner) {
        this(face, codePoint, x, size, color, scaleX, owner, false);
    }

    public Glyph at(float dx) {
        return new Glyph(face, codePoint, x + dx, size, color, scaleX, owner, emphasis);
    }
}
