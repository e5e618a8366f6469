package org.nj12320.bulletin.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/**
 * Finds the characters that none of the bulletin's fonts can draw, before anything is laid out: the
 * renderer would print them as {@code #} or nothing at all, without a word.
 */
public final class FontCoverage {
    private FontCoverage() {}

    public static List<Problem> check(List<LocatedText> texts, FontSet fonts) {
        Map<Integer, List<SourceRef>> missing = new LinkedHashMap<>();
        Map<Integer, Boolean> known = new HashMap<>();
        for (LocatedText t : texts) {
            int[] cps = t.text().codePoints().toArray();
            for (int i = 0; i < cps.length; i++) {
                int cp = cps[i];
                if (Character.isWhitespace(cp) || Character.isISOControl(cp)) {
                    continue;
                }
                if (!known.computeIfAbsent(cp, c -> drawable(fonts, c))) {
                    SourceRef r = t.ref();
                    // the column of the character itself, where the text starts at a known column
                    SourceRef at = r.column() > 0 && !r.inSheet()
                            ? new SourceRef(r.file(), r.line(), r.column() + i, r.path())
                            : r;
                    missing.computeIfAbsent(cp, c -> new ArrayList<>()).add(at);
                }
            }
        }
        List<Problem> out = new ArrayList<>();
        missing.forEach((cp, where) -> {
            String more = where.size() > 1
                    ? "；另见 "
                            + String.join(
                                    "、",
                                    where.subList(1, Math.min(where.size(), 6)).stream()
                                            .map(SourceRef::location)
                                            .toList())
                            + (where.size() > 6 ? " 等 " + where.size() + " 处" : "")
                    : "";
            out.add(Problem.error(
                    where.get(0),
                    "字体中没有“" + new String(Character.toChars(cp)) + "”（U+" + String.format("%04X", cp) + "，" + name(cp)
                            + "），无法印出" + more,
                    "换用常用字或改写；表情符号和生僻字（如扩展区汉字）本刊字体不含"));
        });
        return out;
    }

    private static boolean drawable(FontSet fonts, int cp) {
        try {
            return fonts.canDraw(cp);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(int cp) {
        String n = Character.getName(cp);
        return n == null ? "未命名字符" : n;
    }
}
