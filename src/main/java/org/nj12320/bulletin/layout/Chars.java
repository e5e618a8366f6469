package org.nj12320.bulletin.layout;

/**
 * What the rules of Chinese typesetting need to know of a character: whether it is Han, a Western letter or
 * digit, wide, and whether a line may start or end with it.
 */
final class Chars {
    private Chars() {}

    /**
     * Never at a line's start: closing marks, stops, what belongs to the word before (％ ℃ ……), and, as clreq
     * has it, connectors and separators (the - of 25 日-28 日, ～, the / of 信息技术/健康医疗), which would read
     * as a minus or a new item there.
     */
    private static final String NO_LINE_START = "、，。．；：！？％‰℃”’）》」』】〕〉｝］〗〙〛.,;:!?%)]}—…·・〃々〻ー-–～〜/／";

    /** Never at a line's end: opening brackets and quotes. */
    private static final String NO_LINE_END = "“‘（《「『【〔〈｛［〖〘〚([{";

    static boolean noLineStart(int cp) {
        return cp < 0x10000 && NO_LINE_START.indexOf(cp) >= 0;
    }

    static boolean noLineEnd(int cp) {
        return cp < 0x10000 && NO_LINE_END.indexOf(cp) >= 0;
    }

    /** A Han character (an ideograph, or 〇). */
    static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFF)
                || cp == 0x3007;
    }

    /** A letter or digit of a Western script, between which and Han a quarter em goes. */
    static boolean isAlnum(int cp) {
        return cp < 0x2E80 && Character.isLetterOrDigit(cp);
    }

    /**
     * A character set on its own em: the CJK blocks (but their half-width forms), and the dashes, ellipses and
     * curly quotes that the face draws full width in Chinese text.
     */
    static boolean isWide(int cp, Face face) {
        if (cp >= 0x2E80) {
            return !(cp >= 0xFF61 && cp <= 0xFFDC) && !(cp >= 0xFE50 && cp <= 0xFE6F);
        }
        return switch (cp) {
            case 0x2014, 0x2015, 0x2026, 0x2018, 0x2019, 0x201C, 0x201D, 0x25C6, 0x25CF, 0x25A0, 0x2605 ->
                face.has(cp) && face.advance(cp) >= 0.9f;
            default -> false;
        };
    }

    /**
     * Whether a too-long word is best broken between these two characters, where the parts of a web address or
     * a path meet: after a slash ({@code https://|www}, {@code news/|2023}), not inside {@code //}; before a dot,
     * a hyphen, a query's or a fragment's mark, so that the next line shows it starts a part (the house rule of
     * breaking addresses that style manuals give). A hyphen is never added.
     */
    static boolean isAddressJoint(int before, int after) {
        if (before == '/') {
            return after != '/';
        }
        return isAlnum(before)
                && (after == '.'
                        || after == '-'
                        || after == '?'
                        || after == '#'
                        || after == '&'
                        || after == '='
                        || after == '_');
    }

    /** The dashes and ellipsis that are set as one unit of two: ——, …… */
    static boolean pairs(int cp) {
        return cp == 0x2014 || cp == 0x2015 || cp == 0x2026;
    }

    /** A dash whose two halves are drawn as one unbroken rule. */
    static boolean isDash(int cp) {
        return cp == 0x2014 || cp == 0x2015;
    }

    /** Blank space that the source may hold and that collapses, as in HTML. */
    static boolean isCollapsible(int cp) {
        // any other space a text may bring (a thin space, an en quad) too, rather than a glyph the fonts lack; the
        // ideographic space and the quarter-em space are set as themselves
        return cp == ' '
                || cp == '\n'
                || cp == '\t'
                || cp == '\r'
                || (Character.isWhitespace(cp) && cp != 0x3000 && cp != QUARTER);
    }

    /** A line end in the source: between two Chinese characters it is nothing. */
    static boolean isSegmentBreak(int cp) {
        return cp == '\n' || cp == '\r' || cp == 0x2028 || cp == 0x2029 || cp == 0x0B || cp == 0x0C;
    }

    /** The quarter-em space the source may hold between Chinese and Latin. */
    static final int QUARTER = 0x2005;

    static final int NBSP = 0x00A0;

    /** ZERO WIDTH SPACE: a place a line may break, drawn as nothing (what HTML's wbr element stands for). */
    static final int BREAK_OPPORTUNITY = 0x200B;
}
