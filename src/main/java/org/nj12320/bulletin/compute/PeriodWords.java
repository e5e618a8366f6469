package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.Suggest;

/**
 * The words that name an issue's period, written in the data as placeholders, so that the next issue needs
 * no retyping of dates:
 *
 * <table>
 *   <tr><th>placeholder</th><th>monthly issue (2023-04)</th><th>annual issue (2024)</th></tr>
 *   <tr><td>{@code {期}}</td><td>2023 年 4 月</td><td>2024 年</td></tr>
 *   <tr><td>{@code {期末}}</td><td>2023 年 4 月底</td><td>2024 年底</td></tr>
 *   <tr><td>{@code {年}}</td><td>2023 年</td><td>2024 年</td></tr>
 *   <tr><td>{@code {年度}}</td><td>2023 年度</td><td>2024 年度</td></tr>
 *   <tr><td>{@code {月}}</td><td>4 月</td><td>(none: an error)</td></tr>
 * </table>
 *
 * Braces around any other name are left as they are (a note's {@code {累计预约挂号量}} is a figure).
 */
public final class PeriodWords {
    /** The placeholders, in the order the README lists them. */
    public static final List<String> NAMES = List.of("期", "期末", "年", "年度", "月");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(期末|期|年度|年|月)}");

    private final Period period;

    public PeriodWords(Period period) {
        this.period = period;
    }

    public Period period() {
        return period;
    }

    /** What each placeholder stands for in this issue; {@code 月} has nothing in an annual one. */
    public Map<String, String> words() {
        if (period instanceof Period.Month m) {
            int year = m.month().getYear();
            int month = m.month().getMonthValue();
            return Map.of(
                    "期",
                    year + " 年 " + month + " 月",
                    "期末",
                    year + " 年 " + month + " 月底",
                    "年",
                    year + " 年",
                    "年度",
                    year + " 年度",
                    "月",
                    month + " 月");
        }
        int year = ((Period.Year) period).year();
        return Map.of("期", year + " 年", "期末", year + " 年底", "年", year + " 年", "年度", year + " 年度");
    }

    /**
     * As {@link #expand}, for a text that can hold no other placeholder (a title, a heading, a column's label):
     * braces left in it are a placeholder misspelt ({@code {其}} for {@code {期}}), which would print as
     * written, an error at {@code where} with the nearest placeholder.
     */
    public String expandTitle(String text, SourceRef where, List<Problem> problems) {
        String out = expand(text, where, problems);
        for (Braces b : misspelt(out)) {
            problems.add(Problem.error(
                    where,
                    "“{" + b.written() + "}”不是期次的占位符，会连同花括号原样印出",
                    nearest(b.name()).map(n -> "是否应为 {" + n + "}？").orElse("")
                            + "可用的占位符：{期}、{期末}、{年}、{年度}、{月}；不用占位符就删去花括号"));
        }
        return out;
    }

    /**
     * As {@link #expand}, for an article's text, where braces may be meant: one around a name near a
     * placeholder's ({@code {其}}, {@code {期未}}) is a warning at its place that it prints as written.
     */
    public String expandText(Section.Article a, List<Problem> problems) {
        String text = a.markdown();
        String out = expand(text, a.ref(), problems);
        for (Braces b : misspelt(text)) {
            Optional<String> meant = b.name().isEmpty() || b.name().length() > 3 ? Optional.empty() : nearest(b.name());
            if (meant.isPresent()) {
                int line = (int) text.substring(0, b.start())
                        .chars()
                        .filter(c -> c == '\n')
                        .count();
                int column = b.start() - text.lastIndexOf('\n', b.start() - 1) - 1;
                String n = meant.get();
                problems.add(Problem.warning(
                        a.at(line, column),
                        "正文中的“{" + b.written() + "}”会连同花括号原样印出：是不是期次的占位符 {" + n + "} 写错了？",
                        "是占位符就改为 {" + n + "}；不是就删去花括号"));
            }
        }
        return out;
    }

    /** Braces in a text, where they start, what they hold as written and stripped. */
    private record Braces(int start, String written, String name) {}

    /**
     * The braces of a text that name no placeholder (those that name one this issue has no words for are said
     * by {@link #expand}).
     */
    private static List<Braces> misspelt(String text) {
        if (text == null || text.indexOf('{') < 0) {
            return List.of();
        }
        List<Braces> out = new ArrayList<>();
        Matcher m = LEFT_OVER.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            if (!NAMES.contains(name)) {
                out.add(new Braces(m.start(), m.group(1), name));
            }
        }
        return out;
    }

    /** The placeholder nearest a name; of two as near, the one as long ({@code {期未}}: {@code {期末}}, not {@code {期}}). */
    public static Optional<String> nearest(String name) {
        return Suggest.nearest(name, NAMES)
                .map(n -> NAMES.stream()
                        .filter(c -> Suggest.distance(name, c) == Suggest.distance(name, n))
                        .min(Comparator.comparingInt(c -> Math.abs(c.length() - name.length())))
                        .orElse(n));
    }

    private static final Pattern LEFT_OVER = Pattern.compile("\\{([^{}\\n]*)}");

    /** Whether the text holds a placeholder of the period. */
    public static boolean hasPlaceholder(String text) {
        return text != null && PLACEHOLDER.matcher(text).find();
    }

    /**
     * The text with every placeholder replaced by its words; a placeholder this issue has no words for is
     * reported at {@code where} and left as written.
     */
    public String expand(String text, SourceRef where, List<Problem> problems) {
        if (text == null || text.indexOf('{') < 0) {
            return text;
        }
        Map<String, String> words = words();
        Matcher m = PLACEHOLDER.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String w = words.get(m.group(1));
            if (w == null) {
                problems.add(Problem.error(where, "年刊没有“{" + m.group(1) + "}”：它只用于月刊", "年刊可用 {期}、{期末}、{年}、{年度}"));
                w = m.group();
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(w));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
