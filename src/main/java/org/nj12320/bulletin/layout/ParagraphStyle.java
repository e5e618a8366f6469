package org.nj12320.bulletin.layout;

/**
 * How a paragraph's lines are made.
 *
 * @param align      how lines are placed in the measure; a justified paragraph's last line is set at its natural width
 * @param indent     the first line's indent, in points
 * @param wrap       whether lines may break at all ({@code white-space: nowrap} says no)
 * @param breakWords whether a word too long for the measure may be broken anywhere
 * @param compress   whether the blank halves of full-width marks are taken away where the rules of Chinese
 *                   typesetting allow (at a line's start and end, between adjacent marks, to justify); false sets
 *                   every mark full width
 * @param autospace  whether a quarter em goes between Chinese characters and Latin letters or digits
 * @param orphans    lines that must stay together at a paragraph's start when it breaks across pages
 * @param widows     lines that must stay together at its end
 * @param wordBreak  where a line may break between Chinese characters: anywhere ({@code word-break: normal}),
 *                   nowhere but at spaces, marks and the break opportunities the content marks ({@code keep-all}:
 *                   a header label whose editor marked where it may break), or anywhere but preferably where the
 *                   content marks a place to break ({@code auto-phrase}: a unit's name in a table, whose parts' ends
 *                   the templates mark)
 * @param balance    whether the lines are made as even as the breaks allow, the last one too ({@code text-wrap:
 *                   balance}), rather than full but the last
 */
public record ParagraphStyle(
        Align align,
        float indent,
        boolean wrap,
        boolean breakWords,
        boolean compress,
        boolean autospace,
        int orphans,
        int widows,
        WordBreak wordBreak,
        boolean balance) {

    public enum Align {
        LEFT,
        RIGHT,
        CENTER,
        JUSTIFY
    }

    /** Where a line may break between Chinese characters. */
    public enum WordBreak {
        NORMAL,
        KEEP_ALL,
        AUTO_PHRASE
    }

    public static final ParagraphStyle DEFAULT =
            new ParagraphStyle(Align.LEFT, 0, true, false, true, true, 2, 2, WordBreak.NORMAL, false);

    public ParagraphStyle withAlign(Align a) {
        return new ParagraphStyle(
                a, indent, wrap, breakWords, compress, autospace, orphans, widows, wordBreak, balance);
    }
}
