package org.nj12320.bulletin.load;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A unit's name as every edition prints it and every check compares it, whatever the cell or line it was typed
 * in: a line break inside it (a wrapped cell, 南京市⏎口腔医院) joins two Chinese characters directly and
 * anything else with a space, and a run of spaces is one space.
 */
final class Names {
    private static final Pattern BREAK =
            Pattern.compile("[ \\t\\u3000]*(\\r\\n|[\\r\\n\\u2028\\u2029\\u0085])[\\s\\u3000]*");

    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0\\u3000]{2,}");

    private Names() {}

    static String tidy(String name) {
        String s = name.strip();
        if (s.indexOf('\n') < 0
                && s.indexOf('\r') < 0
                && s.indexOf('\u2028') < 0
                && s.indexOf('\u2029') < 0
                && s.indexOf('\u0085') < 0
                && !SPACES.matcher(s).find()) {
            return s;
        }
        StringBuilder out = new StringBuilder();
        Matcher m = BREAK.matcher(s);
        int last = 0;
        while (m.find()) {
            out.append(s, last, m.start());
            boolean wide = m.start() > 0
                    && m.end() < s.length()
                    && wide(s.codePointBefore(m.start()))
                    && wide(s.codePointAt(m.end()));
            out.append(wide ? "" : " ");
            last = m.end();
        }
        out.append(s.substring(last));
        return SPACES.matcher(out).replaceAll(" ");
    }

    /** A Chinese character or a full-width mark, between which a line break stands for nothing. */
    private static boolean wide(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN
                || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF);
    }
}
