package org.nj12320.bulletin.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nj12320.bulletin.model.ChartSpec;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.SourceRef;

/**
 * Reads a chart's file: its title and one kind of chart with the figures it draws, by the table and column
 * they are in ({@code bars: {table: appointments, by: 小计, top: 10}}). Whether the table and the column
 * exist is for the computation to say, which knows the tables.
 */
final class ChartReader {
    /** The kinds of chart, as a chart's file names them. */
    static final List<String> KINDS = List.of("bars", "shares", "trend");

    private final Problems problems;

    ChartReader(Problems problems) {
        this.problems = problems;
    }

    /** The chart, or null when its file is wrong (and reported). */
    Section.Chart read(YNode root, String id) {
        Fields f = Fields.of(root, problems, "图表文件");
        String title = f.text("title", true);
        List<String> given = KINDS.stream().filter(k -> f.keys().contains(k)).toList();
        f.know(KINDS.toArray(String[]::new));
        ChartSpec spec = null;
        if (given.size() != 1) {
            problems.error(
                    f.ref(),
                    given.isEmpty()
                            ? "图表文件须写明画哪种图：" + String.join("、", KINDS)
                            : "一个图表只能画一种图，这里写了 " + String.join("、", given),
                    "例如 bars: {table: appointments, by: 小计, top: 10}（各单位的条形图），"
                            + "或 shares: {table: online-appointments, by: 预约数量}（各行所占的比例），"
                            + "或 trend: {table: appointments, by: 小计}（这一列的合计在各期的变化）");
        } else {
            spec = spec(f, given.get(0));
        }
        f.finish();
        if (title == null || spec == null) {
            return null;
        }
        return new Section.Chart(id, title, spec, f.refOf("title"));
    }

    private static Map<String, SourceRef> places(Fields k) {
        Map<String, SourceRef> out = new LinkedHashMap<>();
        for (String key : k.keys()) {
            out.put(key, k.refOf(key));
        }
        return out;
    }

    private ChartSpec spec(Fields f, String kind) {
        Optional<Fields> of = f.map(kind, true);
        if (of.isEmpty()) {
            return null;
        }
        Fields k = of.get();
        SourceRef at = f.refOf(kind);
        boolean prose = !kind.equals("bars") && k.keys().contains("text");
        if (kind.equals("trend") && prose) {
            String text = k.text("text", true);
            String figure = k.text("figure", true);
            k.finish();
            return text == null || figure == null
                    ? null
                    : new ChartSpec.Trend(null, null, text, figure, f.refOf(kind), places(k));
        }
        String table = prose ? null : k.text("table", true);
        String text = prose ? k.text("text", true) : null;
        String parts = prose ? k.text("parts", true) : null;
        String by = prose ? Optional.ofNullable(k.text("by", false)).orElse("count") : k.text("by", true);
        ChartSpec spec = null;
        if (kind.equals("bars")) {
            Long top = k.count("top", false, 100);
            boolean stacked = k.flag("stacked");
            if (table != null && by != null) {
                spec = new ChartSpec.Bars(table, by, top == null ? 0 : top.intValue(), stacked, at, places(k));
            }
        } else if (kind.equals("shares")) {
            String form = k.text("form", false);
            if (form != null && !form.equals("bar") && !form.equals("ring")) {
                problems.error(k.refOf("form"), "form 应为 bar（一条 100% 的条形）或 ring（圆环），实为“" + form + "”", "");
            }
            if ((table != null || (text != null && parts != null)) && by != null) {
                spec = new ChartSpec.Shares(table, text, parts, by, "ring".equals(form), at, places(k));
            }
        } else if (table != null && by != null) {
            spec = new ChartSpec.Trend(table, by, null, null, at, places(k));
        }
        k.finish();
        return spec;
    }
}
