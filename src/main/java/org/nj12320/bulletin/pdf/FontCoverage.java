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
        // each run of characters no font has, once, with every place it is found: a foreign word is one message
        Map<String, List<SourceRef>> missing = new LinkedHashMap<>();
        Map<Integer, Boolean> known = new HashMap<>();
        for (LocatedText t : texts) {
            int[] cps = t.text().codePoints().toArray();
            int i = 0;
            while (i < cps.length) {
                if (drawable(cps[i], known, fonts)) {
                    i++;
                    continue;
                }
                int from = i;
                while (i < cps.length && !drawable(cps[i], known, fonts)) {
                    i++;
                }
                SourceRef r = t.ref();
                // the column of the run's first character, where the text starts at a known column
                SourceRef at = r.column() > 0 && !r.inSheet()
                        ? new SourceRef(r.file(), r.line(), r.column() + from, r.path())
                        : r;
                missing.computeIfAbsent(new String(cps, from, i - from), c -> new ArrayList<>())
                        .add(at);
            }
        }
        List<Problem> out = new ArrayList<>();
        missing.forEach((run, where) -> {
            String more = where.size() > 1
                    ? "；另见 "
                            + String.join(
                                    "、",
                                    where.subList(1, Math.min(where.size(), 6)).stream()
                                            .map(SourceRef::location)
                                            .toList())
                            + (where.size() > 6 ? " 等 " + where.size() + " 处" : "")
                    : "";
            int first = run.codePointAt(0);
            int count = run.codePointCount(0, run.length());
            String what = count == 1 ? "（" + code(first) + "）" : "的 " + count + " 个字符（" + code(first) + " 起）";
            out.add(Problem.error(where.get(0), "字体中没有“" + run + "”" + what + "，无法印出" + more, hint(first)));
        });
        return out;
    }

    /** A character as the Unicode standard names it: {@code U+1F600，GRINNING FACE}. */
    private static String code(int cp) {
        return "U+" + String.format("%04X", cp) + "，" + name(cp);
    }

    /** What to do instead, by what the character is. */
    private static String hint(int cp) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.HAN) {
            return "换用常用字或改写：生僻字（如扩展区汉字）本刊字体不含";
        }
        if (script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED) {
            return "删去这个符号，或改用文字：表情符号和少见的符号本刊字体不含";
        }
        return "改用中文译名或拉丁字母转写：本刊字体只有中文、拉丁字母和常用符号";
    }

    private static boolean drawable(int cp, Map<Integer, Boolean> known, FontSet fonts) {
        // a zero-width space is a place a line may break, drawn as nothing
        if (Character.isWhitespace(cp) || Character.isISOControl(cp) || cp == 0x200B) {
            return true;
        }
        return known.computeIfAbsent(cp, c -> drawable(fonts, c));
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
