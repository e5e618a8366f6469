package org.nj12320.bulletin.render;

/** Escaping for text placed in XHTML. */
final class Xml {
    private Xml() {
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '&' -> sb.append("&amp;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    // characters XML 1.0 forbids would make the whole page unreadable to the PDF renderer
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        continue;
                    }
                    sb.append(c);
                }
            }
        }
        return sb.toString();
    }
}
