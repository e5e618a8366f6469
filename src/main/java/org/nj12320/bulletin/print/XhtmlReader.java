package org.nj12320.bulletin.print;

/**
 * Reads the page the templates made into nodes. The page is XML (FreeMarker's XHTML output escapes every
 * value), so this is a strict reader of elements, attributes, text, character references, comments and CDATA
 * sections, and nothing else: a page that is not well-formed is refused with where it went wrong. It takes a
 * millisecond where the JDK's XML parsers take tens of them to start in a fresh process.
 */
final class XhtmlReader {
    /** A page that is not well-formed: what went wrong, and the line of the page. */
    static final class Malformed extends Exception {
        final int line;

        Malformed(String message, int line) {
            super(message);
            this.line = line;
        }
    }

    private final String s;
    private int i;

    private XhtmlReader(String s) {
        this.s = s;
    }

    /** The page's root element. */
    static Node.Element read(String xhtml) throws Malformed {
        XhtmlReader r = new XhtmlReader(xhtml);
        r.prolog();
        Node.Element root = r.element();
        r.skipMisc();
        if (r.i < r.s.length()) {
            throw r.error("根元素之后还有内容");
        }
        return root;
    }

    private Malformed error(String message) {
        int line = 1;
        for (int k = 0; k < Math.min(i, s.length()); k++) {
            if (s.charAt(k) == '\n') {
                line++;
            }
        }
        return new Malformed(message, line);
    }

    private void prolog() throws Malformed {
        if (s.startsWith("\uFEFF", i)) {
            i++;
        }
        skipMisc();
        if (s.startsWith("<!DOCTYPE", i)) {
            int end = s.indexOf('>', i);
            if (end < 0) {
                throw error("<!DOCTYPE 没有结束");
            }
            i = end + 1;
            skipMisc();
        }
    }

    /** Blank space, comments and processing instructions. */
    private void skipMisc() throws Malformed {
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (s.startsWith("<!--", i)) {
                skipComment();
            } else if (s.startsWith("<?", i)) {
                int end = s.indexOf("?>", i);
                if (end < 0) {
                    throw error("<? 没有结束");
                }
                i = end + 2;
            } else {
                return;
            }
        }
    }

    private void skipComment() throws Malformed {
        int end = s.indexOf("-->", i + 4);
        if (end < 0) {
            throw error("注释 <!-- 没有结束");
        }
        i = end + 3;
    }

    private Node.Element element() throws Malformed {
        if (i >= s.length() || s.charAt(i) != '<') {
            throw error("这里应是一个元素");
        }
        i++;
        String name = name();
        Node.Element e = new Node.Element(name);
        while (true) {
            skipSpace();
            if (i >= s.length()) {
                throw error("<" + name + " 没有结束");
            }
            char c = s.charAt(i);
            if (c == '/') {
                expect("/>");
                return e;
            }
            if (c == '>') {
                i++;
                break;
            }
            String attr = name();
            skipSpace();
            expect("=");
            skipSpace();
            char q = i < s.length() ? s.charAt(i) : 0;
            if (q != '"' && q != '\'') {
                throw error("属性 " + attr + " 的值要加引号");
            }
            int end = s.indexOf(q, i + 1);
            if (end < 0) {
                throw error("属性 " + attr + " 的值没有结束");
            }
            String value = unescape(s.substring(i + 1, end));
            i = end + 1;
            if (e.attributes.put(attr, value) != null) {
                throw error("<" + name + "> 的属性 " + attr + " 写了两次");
            }
        }
        content(e);
        return e;
    }

    private void content(Node.Element e) throws Malformed {
        StringBuilder text = new StringBuilder();
        while (true) {
            if (i >= s.length()) {
                throw error("<" + e.name + "> 没有结束标签");
            }
            int lt = s.indexOf('<', i);
            if (lt < 0) {
                lt = s.length();
            }
            if (lt > i) {
                text.append(unescape(s.substring(i, lt)));
                i = lt;
                continue;
            }
            if (s.startsWith("</", i)) {
                i += 2;
                String name = name();
                skipSpace();
                expect(">");
                if (!name.equals(e.name)) {
                    throw error("结束标签 </" + name + "> 与开始标签 <" + e.name + "> 不对应");
                }
                flush(e, text);
                return;
            }
            if (s.startsWith("<!--", i)) {
                skipComment();
            } else if (s.startsWith("<![CDATA[", i)) {
                int end = s.indexOf("]]>", i);
                if (end < 0) {
                    throw error("CDATA 没有结束");
                }
                text.append(s, i + 9, end);
                i = end + 3;
            } else if (s.startsWith("<?", i)) {
                int end = s.indexOf("?>", i);
                if (end < 0) {
                    throw error("<? 没有结束");
                }
                i = end + 2;
            } else {
                flush(e, text);
                Node.Element child = element();
                child.parent = e;
                e.children.add(child);
            }
        }
    }

    private static void flush(Node.Element e, StringBuilder text) {
        if (text.length() > 0) {
            Node.Text t = new Node.Text(text.toString());
            t.parent = e;
            e.children.add(t);
            text.setLength(0);
        }
    }

    private String name() throws Malformed {
        int start = i;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == ':' || c == '.') {
                i++;
            } else {
                break;
            }
        }
        if (i == start) {
            throw error("这里应是一个名称");
        }
        return s.substring(start, i);
    }

    private void skipSpace() {
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
    }

    private void expect(String t) throws Malformed {
        if (!s.startsWith(t, i)) {
            throw error("这里应是“" + t + "”");
        }
        i += t.length();
    }

    private String unescape(String t) throws Malformed {
        int amp = t.indexOf('&');
        if (amp < 0) {
            return t;
        }
        StringBuilder sb = new StringBuilder(t.length());
        int k = 0;
        while (amp >= 0) {
            sb.append(t, k, amp);
            int semi = t.indexOf(';', amp);
            if (semi < 0) {
                throw error("“&”要写作 &amp;");
            }
            String ref = t.substring(amp + 1, semi);
            switch (ref) {
                case "amp" -> sb.append('&');
                case "lt" -> sb.append('<');
                case "gt" -> sb.append('>');
                case "quot" -> sb.append('"');
                case "apos" -> sb.append('\'');
                case "nbsp" -> sb.append('\u00A0');
                default -> {
                    try {
                        if (ref.startsWith("#x") || ref.startsWith("#X")) {
                            sb.appendCodePoint(Integer.parseInt(ref.substring(2), 16));
                        } else if (ref.startsWith("#")) {
                            sb.appendCodePoint(Integer.parseInt(ref.substring(1)));
                        } else {
                            throw error("未知的字符引用 &" + ref + ";");
                        }
                    } catch (IllegalArgumentException e) {
                        throw error("无效的字符引用 &" + ref + ";");
                    }
                }
            }
            k = semi + 1;
            amp = t.indexOf('&', k);
        }
        sb.append(t, k, t.length());
        return sb.toString();
    }
}
