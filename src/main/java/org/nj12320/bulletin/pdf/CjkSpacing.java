package org.nj12320.bulletin.pdf;

import com.openhtmltopdf.extend.FSDOMMutator;
import java.util.Set;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Sets a quarter-em space (U+2005) between Chinese characters and Latin letters or digits, whether or not
 * the source had a space there, so the gap is the same everywhere, and drops spaces between full-width
 * punctuation and Latin. The renderer stretches ordinary spaces to justify a line, which opened wide gaps
 * around numbers; it does not stretch this one.
 */
final class CjkSpacing implements FSDOMMutator {
    static final char QUARTER = '\u2005';
    private static final Set<String> SKIP = Set.of("head", "style", "script", "bookmarks");

    /** Marks that may not begin a line, and may not end one; as in {@link CjkLineBreaker}. */
    private static final String CLOSING = "、，。．；：！？％‰℃”’）》」』】〕〉";
    private static final String OPENING = "“‘（《「『【〔〈";

    @Override
    public void mutateDocument(Document document) {
        walk(document.getDocumentElement());
        keepMarksWithTheirWords(document.getDocumentElement());
    }

    /**
     * The renderer may break a line wherever one element ends and the next text begins, whatever the text;
     * so a closing mark right after an element ({@code <strong>标题</strong>。}) is moved into it, and an
     * opening mark right before one into that element, where no break can part them.
     */
    private static void keepMarksWithTheirWords(Node node) {
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e) {
                if (SKIP.contains(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
                    continue;
                }
                Node next = e.getNextSibling();
                if (next != null && next.getNodeType() == Node.TEXT_NODE) {
                    String t = next.getNodeValue();
                    int n = 0;
                    while (n < t.length() && CLOSING.indexOf(t.charAt(n)) >= 0) {
                        n++;
                    }
                    Node last = lastText(e);
                    if (n > 0 && last != null) {
                        last.setNodeValue(last.getNodeValue() + t.substring(0, n));
                        next.setNodeValue(t.substring(n));
                    }
                }
                Node prev = e.getPreviousSibling();
                if (prev != null && prev.getNodeType() == Node.TEXT_NODE) {
                    String t = prev.getNodeValue();
                    int n = t.length();
                    while (n > 0 && OPENING.indexOf(t.charAt(n - 1)) >= 0) {
                        n--;
                    }
                    Node first = firstText(e);
                    if (n < t.length() && first != null) {
                        first.setNodeValue(t.substring(n) + first.getNodeValue());
                        prev.setNodeValue(t.substring(0, n));
                    }
                }
                keepMarksWithTheirWords(e);
            }
        }
    }

    private static Node lastText(Node n) {
        for (Node c = n.getLastChild(); c != null; c = c.getPreviousSibling()) {
            Node t = c.getNodeType() == Node.TEXT_NODE ? c : lastText(c);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private static Node firstText(Node n) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            Node t = c.getNodeType() == Node.TEXT_NODE ? c : firstText(c);
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    private void walk(Node node) {
        if (node instanceof Element e && SKIP.contains(e.getLocalName() != null ? e.getLocalName() : e.getTagName())) {
            return;
        }
        for (Node c = node.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                String t = c.getNodeValue();
                String s = space(t);
                if (!s.equals(t)) {
                    c.setNodeValue(s);
                }
            } else {
                walk(c);
            }
        }
    }

    /** Latin phrases longer than this keep ordinary, breakable spaces between their words. */
    private static final int SHORT_PHRASE = 24;

    /**
     * The text with exactly one quarter-em space at every boundary between Chinese and Latin or digits, and,
     * in Chinese text, between the words of a short Latin phrase (CHIMA 2023), which justification would
     * otherwise pull apart.
     */
    static String space(String text) {
        return latinPhrases(boundaries(text));
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

    private static final java.util.regex.Pattern PHRASE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+\\-]*(?: [A-Za-z0-9][A-Za-z0-9.+\\-]*)+");

    private static String latinPhrases(String text) {
        if (text.codePoints().noneMatch(CjkSpacing::isHan)) {
            return text;
        }
        java.util.regex.Matcher m = PHRASE.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String phrase = m.group();
            m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
                    phrase.length() <= SHORT_PHRASE ? phrase.replace(' ', QUARTER) : phrase));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    static boolean isHan(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFF) || cp == 0x3007;
    }

    /** Full-width punctuation: CJK symbols, full-width forms and the quotation marks Chinese text uses. */
    static boolean isCjkPunctuation(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
                || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65) || cp == 0x201C || cp == 0x201D
                || cp == 0x2018 || cp == 0x2019 || cp == 0x2014 || cp == 0x2026;
    }

    static boolean isLatin(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }
}
