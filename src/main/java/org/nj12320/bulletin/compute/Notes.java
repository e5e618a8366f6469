package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.Suggest;

/** The lines under a table, with {@code {name}} and {@code {name:亿2}} replaced by the table's named figures. */
final class Notes {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}:]+)(?::([^{}]*))?}");

    private Notes() {}

    record Result(List<String> notes, List<Problem> problems) {}

    /**
     * @param figures the table's named figures, as they are printed (a cumulative one worked out already)
     */
    static Result of(TableInfo info, Map<String, BigDecimal> figures) {
        List<Problem> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (int i = 0; i < info.table().notes().size(); i++) {
            notes.add(
                    fill(info.table().notes().get(i), info.table().place("notes[" + i + "]"), info, figures, problems));
        }
        return new Result(notes, problems);
    }

    private static String fill(
            String note, SourceRef where, TableInfo info, Map<String, BigDecimal> figures, List<Problem> problems) {
        Matcher m = PLACEHOLDER.matcher(note);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            BigDecimal v = figures.get(name);
            String text = m.group();
            if (v == null && PeriodWords.NAMES.contains(name) && m.group(2) == null) {
                // a period word, put in by the table's computation afterwards
            } else if (v == null && info.table().links().cumulative().containsKey(name)) {
                // declared, but not worked out: what it adds up could not be read, which is reported where it is
                problems.add(Problem.error(
                        where, info.titled() + "的注释引用的 {" + name + "} 算不出来：它所累加的数字或上期的累计数有错误", "先改正其他错误，这一项随之可算"));
            } else if (v == null) {
                // a period's placeholder misspelt ({期未} for {期末}) is the likelier slip when one is near
                Optional<String> period = m.group(2) == null ? PeriodWords.nearest(name) : Optional.empty();
                problems.add(Problem.error(
                        where,
                        info.titled() + "的注释引用了 {" + name + "}，但 figures: 中没有这一项"
                                + (period.isPresent() ? "，期次的占位符中也没有" : ""),
                        period.map(n -> "是否应为 {" + n + "}（期次的占位符）？")
                                .orElseGet(() -> figures.isEmpty()
                                        ? "补上 figures:，其下写 " + name + ": 及其数字"
                                        : Suggest.nearest(name, figures.keySet())
                                                .map(n -> "是否应为 {" + n + "}？")
                                                .orElse("figures: 中现有：" + String.join("、", figures.keySet())))));
            } else {
                try {
                    text = NumberFormats.format(v, m.group(2));
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.error(
                            where,
                            info.titled() + "的注释 {" + m.group(1) + ":" + m.group(2) + "}：" + e.getMessage(),
                            "可用的格式：万、亿2（两位小数）、.2、%2"));
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        return sb.toString();
    }
}
