package org.nj12320.bulletin.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sets a quarter-em space (U+2005) between Chinese characters and Latin letters or digits, whether or not
 * the source had a space there, so the gap is the same everywhere, and drops spaces between full-width
 * punctuation and Latin. A rule of the text, for every edition: a PDF renderer stretches ordinary spaces to
 * justify a line, which opened wide gaps around numbers, and a browser collapses them unevenly; neither
 * stretches this one.
 */
public final class CjkSpacing {
    public static final char QUARTER = '\u2005';

    private CjkSpacing() {}

    /**
     * The page with its text spaced: the text between the tags of {@code <body>}, not the tags, attributes,
     * comments, styles or scripts. The page is XHTML as the templates make it. The boundary between Chinese and
     * Latin is found across the tags of inline elements too ({@code 共<strong>337</strong>个}), where the
     * space goes at the edge of the text after the tag, or in place of the spaces the text had there.
     */
    public static String inXhtml(String xhtml) {
        int body = xhtml.indexOf("<body");
        StringBuilder out = new StringBuilder(xhtml.length() + 1024);
        out.append(xhtml, 0, Math.max(body, 0));
        int i = Math.max(body, 0);
        int n = xhtml.length();
        // the last character of the text so far, while only inline tags came after it; -1 past any other tag
        int prev = -1;
        // spaces at the end of the last text, held back until the next text says what they must be
        String pending = "";
        int pendingAt = -1;
        // whether the run of text up to the next tag that is not inline has Chinese in it: a Latin phrase in
        // bold in a Chinese sentence (<strong>CHIMA 2023</strong>的经验) is set as one in its text would be
        boolean chinese = chineseRun(xhtml, i);
        while (i < n) {
            int lt = xhtml.indexOf('<', i);
            int end = lt < 0 ? n : lt;
            if (end > i) {
                String raw = xhtml.substring(i, end);
                String text = Xml.unescape(raw);
                String spaced = space(text, chinese);
                int start = leadingSpaces(spaced);
                if (start == spaced.length()) {
                    // only spaces: they wait with any others for the text that follows
                    if (prev >= 0) {
                        pendingAt = pendingAt < 0 ? out.length() : pendingAt;
                        pending += spaced;
                    } else {
                        out.append(raw);
                    }
                } else {
                    int first = spaced.codePointAt(start);
                    boolean boundary =
                            prev >= 0 && ((isHan(prev) && isLatin(first)) || (isLatin(prev) && isHan(first)));
                    String lead = spaced.substring(0, start);
                    if (boundary && !pending.isEmpty()) {
                        out.insert(pendingAt, QUARTER);
                        lead = "";
                    } else if (boundary) {
                        lead = String.valueOf(QUARTER);
                    } else if (!pending.isEmpty()) {
                        out.insert(pendingAt, Xml.escape(pending));
                    }
                    pending = "";
                    pendingAt = -1;
                    int trail = trailingSpaces(spaced);
                    String core = spaced.substring(start, trail);
                    String whole = lead + core;
                    out.append(whole.equals(text) ? raw : Xml.escape(whole));
                    if (trail < spaced.length()) {
                        pending = spaced.substring(trail);
                        pendingAt = out.length();
                    }
                    prev = core.codePointBefore(core.length());
                }
            }
            if (lt < 0) {
                break;
            }
            int close = skip(xhtml, lt);
            if (!inline(xhtml, lt)) {
                if (!pending.isEmpty()) {
                    out.insert(pendingAt, Xml.escape(pending));
                }
                pending = "";
                pendingAt = -1;
                prev = -1;
                chinese = chineseRun(xhtml, close);
            }
            out.append(xhtml, lt, close);
            i = close;
        }
        if (!pending.isEmpty()) {
            out.insert(pendingAt, Xml.escape(pending));
        }
        return out.toString();
    }

    /** Whether the text from {@code from} to the next tag that is not an inline one has a Chinese character. */
    private static boolean chineseRun(String xhtml, int from) {
        int i = from;
        int n = xhtml.length();
        while (i < n) {
            int lt = xhtml.indexOf('<', i);
            int end = lt < 0 ? n : lt;
            for (int k = i; k < end; k++) {
                if (isHan(xhtml.charAt(k))) {
                    return true;
                }
            }
            if (lt < 0 || !inline(xhtml, lt)) {
                return false;
            }
            i = skip(xhtml, lt);
        }
        return false;
    }

    /**
     * The elements that sit inside a line of text, as Markdown makes them: a boundary between Chinese and Latin
     * runs through them. Not {@code span}, which the templates use to place things apart (the imprint's parts).
     */
    private static final java.util.Set<String> INLINE =
            java.util.Set.of("strong", "b", "em", "i", "a", "sup", "sub", "code", "small", "u", "s");

    private static boolean inline(String s, int lt) {
        int at = lt + 1 + (s.startsWith("</", lt) ? 1 : 0);
        int e = at;
        while (e < s.length() && Character.isLetterOrDigit(s.charAt(e))) {
            e++;
        }
        return e > at && INLINE.contains(s.substring(at, e).toLowerCase(java.util.Locale.ROOT));
    }

    /** Ordinary spaces, tabs and line ends: what a renderer may stretch or collapse. */
    private static boolean blank(char c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private static int leadingSpaces(String s) {
        int i = 0;
        while (i < s.length() && blank(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int trailingSpaces(String s) {
        int i = s.length();
        while (i > 0 && blank(s.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** The end of the markup that starts at {@code lt}: a comment, a CDATA section, a style or script element, a tag. */
    private static int skip(String s, int lt) {
        for (String[] pair :
                new String[][] {{"<!--", "-->"}, {"<![CDATA[", "]]>"}, {"<style", "</style>"}, {"<script", "</script>"}
                }) {
            if (s.startsWith(pair[0], lt)) {
                int e = s.indexOf(pair[1], lt + pair[0].length());
                return e < 0 ? s.length() : e + pair[1].length();
            }
        }
        int gt = s.indexOf('>', lt);
        return gt < 0 ? s.length() : gt + 1;
    }

    /** Latin phrases longer than this keep ordinary, breakable spaces between their words. */
    private static final int SHORT_PHRASE = 24;

    /**
     * The text with exactly one quarter-em space at every boundary between Chinese and Latin or digits, and,
     * in Chinese text, between the words of a short Latin phrase (CHIMA 2023), which justification would
     * otherwise pull apart.
     */
    public static String space(String text) {
        return space(text, false);
    }

    /** The same, knowing whether the text is part of a Chinese sentence though it has no Chinese of its own. */
    static String space(String text, boolean inChinese) {
        return latinPhrases(boundaries(text), inChinese);
    }

    private static String boundaries(String text) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        int i = 0;
        int n = text.length();
        while (i < n) {
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            sb.appendCodePoint(cp);
            i += len;
            if (i >= n) {
                break;
            }
            // look past ordinary spaces to the next character
            int j = i;
            while (j < n && text.charAt(j) == ' ') {
                j++;
            }
            if (j >= n) {
                // spaces at the end stay: what follows the next tag decides about them
                sb.append(text, i, n);
                break;
            }
            int next = text.codePointAt(j);
            if ((isHan(cp) && isLatin(next)) || (isLatin(cp) && isHan(next))) {
                sb.append(QUARTER);
                i = j;
            } else if (j > i && ((isCjkPunctuation(cp) && isLatin(next)) || (isLatin(cp) && isCjkPunctuation(next)))) {
                // full-width marks carry their own space; a space beside them would only be stretched
                i = j;
            }
        }
        return sb.toString();
    }

    private static final Pattern PHRASE =
            Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+\\-]*(?: [A-Za-z0-9][A-Za-z0-9.+\\-]*)+");

    private static String latinPhrases(String text, boolean inChinese) {
        // asked of every text of the page: a look at its chars first, for a space between two Latin ones, and
        // the pattern only where there is one
        boolean han = inChinese;
        boolean spaced = false;
        for (int i = 0; i < text.length() && !(han && spaced); i++) {
            char c = text.charAt(i);
            han |= isHan(c) || Character.isSurrogate(c);
            spaced |= c == ' '
                    && i > 0
                    && i + 1 < text.length()
                    && ends(text.charAt(i - 1))
                    && isLatin(text.charAt(i + 1));
        }
        if (!han || !spaced) {
            return text;
        }
        Matcher m = PHRASE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String phrase = m.group();
            m.appendReplacement(
                    sb,
                    Matcher.quoteReplacement(phrase.length() <= SHORT_PHRASE ? phrase.replace(' ', QUARTER) : phrase));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** What a word of a Latin phrase may end with (CHIMA, 2.0, C++, X-1). */
    private static boolean ends(char c) {
        return isLatin(c) || c == '.' || c == '+' || c == '-';
    }

    static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFF)
                || cp == 0x3007;
    }

    /** Full-width punctuation: CJK symbols, full-width forms and the quotation marks Chinese text uses. */
    static boolean isCjkPunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF01 && cp <= 0xFF0F)
                || (cp >= 0xFF1A && cp <= 0xFF20)
                || (cp >= 0xFF3B && cp <= 0xFF40)
                || (cp >= 0xFF5B && cp <= 0xFF65)
                || cp == 0x201C
                || cp == 0x201D
                || cp == 0x2018
                || cp == 0x2019
                || cp == 0x2014
                || cp == 0x2026;
    }

    static boolean isLatin(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }
}
