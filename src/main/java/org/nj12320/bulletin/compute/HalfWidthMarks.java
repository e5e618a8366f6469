package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.SourceRef;

/**
 * A half-width mark between two Chinese characters ({@code 达到 48 家,同比}, {@code 完善;信息化}, {@code 讲"互联网"}):
 * typed with the input method switched to English, it prints narrow and unspaced where the full-width mark was meant. A note at
 * its line (the source of an issue may have it so, and then it prints as the source has it), once a line or a
 * text, with each place. So is a hyphen for the start and end of a span ({@code 25 日-28 日}).
 */
final class HalfWidthMarks {
    private HalfWidthMarks() {}

    private static final String MARKS = ",.;:?!\"";

    /** The full-width mark each half-width one stands for (a straight quote, either curly one). */
    private static final String[] FULL = {"，", "。", "；", "：", "？", "！", "“ ”"};

    /** @param written the texts printed as written, the bodies of articles aside */
    static List<Problem> check(List<LocatedText> written, Issue issue) {
        List<Problem> out = new ArrayList<>();
        for (LocatedText t : written) {
            String text = plain(t.text());
            marks(text, column -> t.ref(), out);
            Spans spans = new Spans();
            spans.find(text, column -> t.ref(), "");
            spans.note(out);
        }
        Section.Parts.of(issue.sections()).articles().forEach(a -> {
            String[] lines = a.markdown().split("\n", -1);
            // a body's spans in one note, each place with its line (the briefs' dates, one a line)
            Spans spans = new Spans();
            for (int i = 0; i < lines.length; i++) {
                int line = i;
                String text = plain(lines[i]);
                // in a body, at the first of the line's places
                marks(text, column -> a.at(line, column), out);
                spans.find(
                        text, column -> a.at(line, column), "第 " + a.at(line, 1).line() + " 行");
            }
            spans.note(out);
        });
        return out;
    }

    private static String plain(String written) {
        return written == null ? null : blankPlaceholders(written);
    }

    /**
     * Hyphens from a Chinese word to a figure ({@code 5 月 25 日-28 日}, {@code 3 月 31 日-4 月 2 日}): the start
     * and end of a span, which GB/T 15834 sets with a dash of one em (—), a range of figures with a wave (～).
     * One note for a text or an article, at its first place, with each place; a hyphen between figures (2023-03)
     * is left alone.
     */
    private static final class Spans {
        private final List<String> places = new ArrayList<>();
        private SourceRef first;

        void find(String text, IntFunction<SourceRef> at, String line) {
            for (int i = 1; text != null && i < text.length() - 1; i++) {
                if ((text.charAt(i) == '-' || text.charAt(i) == '~')
                        && isHan(text.codePointBefore(i))
                        && Character.isDigit(text.charAt(i + 1))) {
                    first = first == null ? at.apply(i) : first;
                    places.add(line + quote(text, i, 4, 5));
                }
            }
        }

        void note(List<Problem> out) {
            if (first != null) {
                out.add(Problem.note(
                        first,
                        "起止之间用了半角的“-”或“~”（" + places.size() + " 处）：" + String.join("、", places),
                        "标点符号用法（GB/T 15834）：时间、地点的起止用一字线“—”（5 月 25 日—28 日），数值的范围用浪纹线“～”（25～30）；原文如此，可以不改"));
            }
        }
    }

    private static void marks(String text, IntFunction<SourceRef> at, List<Problem> out) {
        int first = text == null ? -1 : first(text);
        if (first < 0) {
            return;
        }
        List<String> places = new ArrayList<>();
        List<String> meant = new ArrayList<>();
        for (int i = first; i >= 0; i = next(text, i + 1)) {
            places.add(quote(text, i, 2, 3));
            String full = FULL[MARKS.indexOf(text.charAt(i))];
            if (!meant.contains(full)) {
                meant.add(full);
            }
        }
        out.add(Problem.note(
                at.apply(first),
                "半角标点夹在汉字之间（" + places.size() + " 处）：" + String.join("、", places),
                "中文里应为全角标点（" + String.join("、", meant) + "）：输入法切到中文标点即可；原文如此，可以不改"));
    }

    /** A place quoted with what stands around it: {@code before} characters before it, to {@code after} after. */
    private static String quote(String text, int at, int before, int after) {
        return "“"
                + text.substring(Math.max(0, at - before), Math.min(text.length(), at + after))
                        .strip() + "”";
    }

    /** The text with its placeholders ({@code {累计:亿2}}, whose colon is the program's) blanked out, in place. */
    private static String blankPlaceholders(String text) {
        if (text.indexOf('{') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text);
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            for (int i = m.start(); i < m.end(); i++) {
                out.setCharAt(i, ' ');
            }
        }
        return out.toString();
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{[^{}\\n]*}");

    private static int first(String text) {
        return next(text, 0);
    }

    /** The next half-width mark at or after {@code from} with a Chinese character on either side. */
    private static int next(String text, int from) {
        for (int i = Math.max(from, 1); i < text.length() - 1; i++) {
            if (MARKS.indexOf(text.charAt(i)) >= 0
                    && isHan(text.codePointBefore(i))
                    && isHan(text.codePointAt(i + 1))) {
                return i;
            }
        }
        return -1;
    }

    /** A Chinese character, of any block. */
    static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
