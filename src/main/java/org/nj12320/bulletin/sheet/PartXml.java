package org.nj12320.bulletin.sheet;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A pull reader of the XML parts of a workbook: elements by their local names (a part may prefix them, as
 * {@code x:c}), attributes, text with its character references, CDATA sections; comments and processing
 * instructions passed over. A document type declaration is refused, so no entity is ever defined or fetched:
 * spreadsheet programs never write one, and it is how XML files are made to read other files or to swell. It
 * takes a millisecond where the JDK's XML parsers take tens of them to start in a fresh process. What is not
 * well-formed is an {@link IllegalArgumentException}, which the workbook reader reports as a damaged workbook.
 */
final class PartXml {
    enum Event {
        START,
        END,
        TEXT,
        EOF
    }

    private final String s;
    private int i;
    private String name = "";
    private final List<String> attributeNames = new ArrayList<>();
    private final List<String> attributeValues = new ArrayList<>();
    private String text = "";
    /** The end of an element written as {@code <x/>}, given as the event after its start. */
    private boolean pendingEnd;

    private PartXml(String s) {
        this.s = s;
    }

    /** A part's bytes: UTF-8, or UTF-16 when a byte-order mark says so, as XML allows. */
    static PartXml of(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new PartXml(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE));
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new PartXml(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE));
        }
        int from = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB ? 3 : 0;
        return new PartXml(new String(bytes, from, bytes.length - from, StandardCharsets.UTF_8));
    }

    /** The next element's start or end, run of text, or the end of the part. */
    Event next() {
        if (pendingEnd) {
            pendingEnd = false;
            return Event.END;
        }
        while (i < s.length()) {
            if (s.charAt(i) != '<') {
                int end = s.indexOf('<', i);
                text = decode(i, end < 0 ? s.length() : end);
                i = end < 0 ? s.length() : end;
                return Event.TEXT;
            }
            if (s.startsWith("<!--", i)) {
                i = after("-->", i + 4);
            } else if (s.startsWith("<![CDATA[", i)) {
                int end = s.indexOf("]]>", i + 9);
                if (end < 0) {
                    throw malformed("CDATA section without its end");
                }
                text = s.substring(i + 9, end);
                i = end + 3;
                return Event.TEXT;
            } else if (s.startsWith("<?", i)) {
                i = after("?>", i + 2);
            } else if (s.startsWith("<!", i)) {
                throw malformed("a document type declaration, which no spreadsheet program writes");
            } else if (s.startsWith("</", i)) {
                int end = s.indexOf('>', i);
                if (end < 0) {
                    throw malformed("an end tag without its >");
                }
                name = local(s.substring(i + 2, end).strip());
                i = end + 1;
                return Event.END;
            } else {
                start();
                return Event.START;
            }
        }
        return Event.EOF;
    }

    /** The local name of the element just started or ended. */
    String name() {
        return name;
    }

    boolean isStart(Event e, String local) {
        return e == Event.START && name.equals(local);
    }

    boolean isEnd(Event e, String local) {
        return e == Event.END && name.equals(local);
    }

    /** The value of the started element's attribute of this local name; null when it has none. */
    String attribute(String local) {
        for (int k = 0; k < attributeNames.size(); k++) {
            if (attributeNames.get(k).equals(local)) {
                return attributeValues.get(k);
            }
        }
        return null;
    }

    /** The text of the run just read. */
    String text() {
        return text;
    }

    /**
     * The text inside the element just started, up to its end, leaving out what is inside elements of the name
     * {@code except} (a shared string's phonetic reading, which a sheet does not show); the reader is left
     * after the element's end.
     */
    String textToEnd(String except) {
        StringBuilder out = new StringBuilder();
        int depth = 1;
        int skipping = 0;
        while (depth > 0) {
            Event e = next();
            switch (e) {
                case START -> {
                    depth++;
                    if (skipping > 0 || name.equals(except)) {
                        skipping++;
                    }
                }
                case END -> {
                    depth--;
                    if (skipping > 0) {
                        skipping--;
                    }
                }
                case TEXT -> {
                    if (skipping == 0) {
                        out.append(text);
                    }
                }
                case EOF -> throw malformed("the part ends inside an element");
            }
        }
        return out.toString();
    }

    private void start() {
        attributeNames.clear();
        attributeValues.clear();
        int k = i + 1;
        int n = s.length();
        while (k < n && !isSpace(s.charAt(k)) && s.charAt(k) != '>' && s.charAt(k) != '/') {
            k++;
        }
        name = local(s.substring(i + 1, k));
        while (true) {
            while (k < n && isSpace(s.charAt(k))) {
                k++;
            }
            if (k >= n) {
                throw malformed("a start tag without its >");
            }
            char c = s.charAt(k);
            if (c == '>') {
                i = k + 1;
                return;
            }
            if (c == '/') {
                if (k + 1 >= n || s.charAt(k + 1) != '>') {
                    throw malformed("a / inside a start tag");
                }
                i = k + 2;
                pendingEnd = true;
                return;
            }
            int eq = s.indexOf('=', k);
            if (eq < 0) {
                throw malformed("an attribute without its value");
            }
            String attribute = s.substring(k, eq).strip();
            k = eq + 1;
            while (k < n && isSpace(s.charAt(k))) {
                k++;
            }
            if (k >= n || (s.charAt(k) != '"' && s.charAt(k) != '\'')) {
                throw malformed("an attribute's value without quotes");
            }
            int close = s.indexOf(s.charAt(k), k + 1);
            if (close < 0) {
                throw malformed("an attribute's value without its closing quote");
            }
            attributeNames.add(local(attribute));
            attributeValues.add(decode(k + 1, close));
            k = close + 1;
        }
    }

    /** Characters from {@code from} to {@code to} with their references replaced. */
    private String decode(int from, int to) {
        int amp = ampersand(from, to);
        if (amp < 0) {
            return s.substring(from, to);
        }
        StringBuilder out = new StringBuilder(to - from);
        int k = from;
        while (amp >= 0) {
            out.append(s, k, amp);
            int semi = s.indexOf(';', amp);
            if (semi < 0 || semi >= to) {
                throw malformed("an & that starts no reference");
            }
            String ref = s.substring(amp + 1, semi);
            switch (ref) {
                case "lt" -> out.append('<');
                case "gt" -> out.append('>');
                case "amp" -> out.append('&');
                case "quot" -> out.append('"');
                case "apos" -> out.append('\'');
                default -> {
                    if (!ref.startsWith("#") || ref.length() < 2) {
                        throw malformed("the reference &" + ref + "; which XML does not define");
                    }
                    try {
                        int code = ref.charAt(1) == 'x' || ref.charAt(1) == 'X'
                                ? Integer.parseInt(ref.substring(2), 16)
                                : Integer.parseInt(ref.substring(1));
                        out.appendCodePoint(code);
                    } catch (IllegalArgumentException e) {
                        throw malformed("the character reference &" + ref + ";");
                    }
                }
            }
            k = semi + 1;
            amp = ampersand(k, to);
        }
        out.append(s, k, to);
        return out.toString();
    }

    /** The first & from {@code from} to {@code to}, or -1: looked for there only, not to the end of the part. */
    private int ampersand(int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.charAt(k) == '&') {
                return k;
            }
        }
        return -1;
    }

    private int after(String end, int from) {
        int at = s.indexOf(end, from);
        if (at < 0) {
            throw malformed("a comment or processing instruction without its end");
        }
        return at + end.length();
    }

    private static String local(String qualified) {
        int colon = qualified.indexOf(':');
        return colon < 0 ? qualified : qualified.substring(colon + 1);
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\n' || c == '\r' || c == '\t';
    }

    private IllegalArgumentException malformed(String what) {
        return new IllegalArgumentException("not well-formed XML at character " + i + ": " + what);
    }
}
