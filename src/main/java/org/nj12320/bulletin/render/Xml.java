package org.nj12320.bulletin.render;

/** Escaping for text placed in XHTML. */
final class Xml {
    private Xml() {}

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

    /** The text of XHTML character data: the five predefined entities and numeric references replaced. */
    static String unescape(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            int semi = c == '&' ? s.indexOf(';', i) : -1;
            if (semi < 0 || semi - i > 10) {
                sb.append(c);
                i++;
                continue;
            }
            String name = s.substring(i + 1, semi);
            String plain = switch (name) {
                case "lt" -> "<";
                case "gt" -> ">";
                case "amp" -> "&";
                case "quot" -> "\"";
                case "apos" -> "'";
                default -> numeric(name);
            };
            if (plain == null) {
                sb.append(c);
                i++;
            } else {
                sb.append(plain);
                i = semi + 1;
            }
        }
        return sb.toString();
    }

    private static String numeric(String name) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException e) {
            // not a character reference: kept as written
        }
        return null;
    }
}
