package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.ChartSpec;
import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.ColumnType;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.Suggest;
import org.nj12320.bulletin.model.TableData;

/**
 * A chart's bars from the figures its table prints, so that a chart and its table can never disagree: the
 * cells of the computed table, by the column the chart names.
 */
final class ChartComputer {
    private ChartComputer() {}

    /** The chart ready to draw; null when what it names does not exist (reported, with the nearest names). */
    static ChartView compute(Section.Chart c, String title, Context ctx, List<Problem> problems) {
        ChartSpec spec = c.spec();
        if (spec.table() == null) {
            // only the shares of a prose section's parts name no table
            return spec.match(
                    b -> null, sh -> proseShares(sh, title, ctx, problems), t -> proseTrend(t, title, ctx, problems));
        }
        if (ctx.unread(spec.table())) {
            return null; // the table's own errors say what is wrong with it
        }
        TableData data = ctx.tableData(spec.table());
        if (data == null) {
            List<String> ids = ctx.tableIds();
            problems.add(Problem.error(
                    spec.at("table"),
                    "图表所画的表格“" + spec.table() + "”不在本期中",
                    Suggest.nearest(spec.table(), ids)
                                    .map(n -> "是否应为 " + n + "？")
                                    .orElse("") + "写表格的文件名（不带 .yaml）；本期的表格：" + String.join("、", ids)));
            return null;
        }
        TableComputer.Result computed = ctx.table(spec.table(), problems);
        if (computed == null) {
            return null;
        }
        TableView view = computed.view();
        int by = column(view, spec.by());
        if (by < 0 || !drawable(view.columns().get(by))) {
            List<String> paths = view.columns().stream()
                    .filter(ChartComputer::drawable)
                    .map(TableView.ColumnView::path)
                    .toList();
            problems.add(Problem.error(
                    spec.at("by"),
                    by < 0 ? "表格 " + spec.table() + " 中没有“" + spec.by() + "”一列" : "“" + spec.by() + "”一列不是数字，画不成图",
                    Suggest.nearest(spec.by(), paths)
                                    .map(n -> "是否应为 " + n + "？")
                                    .orElse("") + "表中的数字列：" + String.join("、", paths)));
            return null;
        }
        return spec.match(
                b -> rows(spec, title, data, view, by, problems),
                sh -> rows(spec, title, data, view, by, problems),
                t -> trend(t, title, ctx, computed, problems));
    }

    /** A chart of the table's rows: bars, longest first, or their shares. */
    private static ChartView rows(
            ChartSpec spec, String title, TableData data, TableView view, int by, List<Problem> problems) {
        int name = nameColumn(view);
        List<String> parts = new ArrayList<>();
        List<Integer> partColumns = new ArrayList<>();
        if (spec.stacked()) {
            Column.Leaf leaf = data.leaves().stream()
                    .filter(l -> l.path().equals(view.columns().get(by).path()))
                    .findFirst()
                    .orElseThrow();
            if (leaf.of().isEmpty()) {
                problems.add(Problem.error(
                        spec.at("stacked"),
                        "“" + spec.by() + "”不是几列之和，条形无从分段",
                        "分段的条形图画的是求和列（如 小计），按它所加的各列分段；否则删去 stacked:"));
                return null;
            }
            for (String p : leaf.of()) {
                int col = column(view, p);
                parts.add(col < 0 ? p : view.columns().get(col).words());
                partColumns.add(col);
            }
        }
        List<ChartView.Bar> bars = new ArrayList<>();
        for (TableView.RowView r : view.rows()) {
            TableView.Figure f = r.cells().get(by).figure();
            if (f == null) {
                continue; // a row without the figure has no bar
            }
            List<BigDecimal> pieces = new ArrayList<>();
            for (int p : partColumns) {
                TableView.Figure pf = p < 0 ? null : r.cells().get(p).figure();
                pieces.add(pf == null ? BigDecimal.ZERO : pf.value());
            }
            String label = name < 0 ? "" : r.cells().get(name).text();
            bars.add(new ChartView.Bar(label, f.value(), r.cells().get(by).text(), pieces));
        }
        List<ChartView.Bar> rows = bars;
        String kind = spec.match(b -> "bars", sh -> sh.ring() ? "ring" : "shares", t -> "trend");
        List<ChartView.Bar> drawn = spec.match(b -> longestFirst(rows, b.top()), sh -> shares(rows), t -> rows);
        return new ChartView(title, kind, drawn, parts, alt(title, drawn));
    }

    /**
     * The parts a prose section lists, each named by its {@code name}, as their shares of their sum: the
     * hotline's calls by kind.
     */
    private static ChartView proseShares(ChartSpec.Shares spec, String title, Context ctx, List<Problem> problems) {
        Section.Text text = proseSection(spec, spec.text(), ctx, problems);
        if (text == null) {
            return null;
        }
        Object list = text.figures().values().get(spec.parts());
        if (!(list instanceof List<?> items)) {
            List<String> lists = text.figures().values().entrySet().stream()
                    .filter(e -> e.getValue() instanceof List<?>)
                    .map(Map.Entry::getKey)
                    .toList();
            problems.add(Problem.error(
                    spec.at("parts"),
                    "段落 " + spec.text() + " 的数字中没有列表“" + spec.parts() + "”",
                    Suggest.nearest(spec.parts(), lists)
                                    .map(n -> "是否应为 " + n + "？")
                                    .orElse("") + "其中的列表：" + String.join("、", lists)));
            return null;
        }
        List<ChartView.Bar> rows = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof Map<?, ?> m && m.get(spec.by()) instanceof BigDecimal v) {
                Object name = m.get("name");
                rows.add(new ChartView.Bar(name == null ? "" : name.toString(), v, NumberFormats.plain(v), List.of()));
            }
        }
        if (rows.isEmpty()) {
            problems.add(Problem.error(
                    spec.at("by"),
                    "列表“" + spec.parts() + "”的各项没有数字“" + spec.by() + "”",
                    "by: 写各项中数字的名称，如 count；各项以 name: 为名"));
            return null;
        }
        List<ChartView.Bar> drawn = shares(rows);
        return new ChartView(title, spec.ring() ? "ring" : "shares", drawn, List.of(), alt(title, drawn));
    }

    /**
     * The prose section a chart names; null when it cannot be read (its own errors say why) or is not in the
     * issue (said here, with the nearest name).
     */
    private static Section.Text proseSection(ChartSpec spec, String id, Context ctx, List<Problem> problems) {
        if (ctx.unread(id)) {
            return null;
        }
        Section.Text text = ctx.text(id);
        if (text == null) {
            List<String> ids = ctx.textIds();
            problems.add(Problem.error(
                    spec.at("text"),
                    "图表所画的段落“" + id + "”不在本期中",
                    Suggest.nearest(id, ids).map(n -> "是否应为 " + n + "？").orElse("") + "写段落数字文件的文件名（不带 .yaml）；本期的："
                            + String.join("、", ids)));
        }
        return text;
    }

    /** Periods a trend goes back at most: a year of months, five years. */
    private static final int MONTHS = 12;

    private static final int YEARS = 5;

    /**
     * The table's total of the column in this period and in those before it that {@code data/} holds, one
     * bar a period, oldest first; a period without the table ends the run.
     */
    private static ChartView trend(
            ChartSpec.Trend t, String title, Context ctx, TableComputer.Result computed, List<Problem> problems) {
        BigDecimal now = computed.totals().get(t.by());
        if (now == null) {
            problems.add(Problem.error(
                    t.at("by"),
                    "表格 " + t.table() + " 的“" + t.by() + "”一列没有合计，画不成趋势",
                    "趋势画的是一列的合计：写一个可以相加的列（数量或金额）；可以合计的列："
                            + String.join("、", computed.totals().keySet())));
            return null;
        }
        return periods(t, title, ctx, now, History.totalKey(t.table(), t.by()), "表格 " + t.table(), problems);
    }

    /** A trend of a prose section's figure ({@code text: hotline, figure: calls}). */
    private static ChartView proseTrend(ChartSpec.Trend t, String title, Context ctx, List<Problem> problems) {
        Section.Text text = proseSection(t, t.text(), ctx, problems);
        if (text == null) {
            return null;
        }
        Map<String, BigDecimal> numbers = new java.util.LinkedHashMap<>();
        IssueComputer.numbers(text.figures().values(), "", numbers::put);
        BigDecimal now = numbers.get(t.figure());
        if (now == null) {
            List<String> paths = new ArrayList<>(numbers.keySet());
            problems.add(Problem.error(
                    t.at("figure"),
                    "段落 " + t.text() + " 中没有数字“" + t.figure() + "”",
                    Suggest.nearest(t.figure(), paths)
                                    .map(n -> "是否应为 " + n + "？")
                                    .orElse("") + "其中的数字：" + String.join("、", paths)));
            return null;
        }
        return periods(t, title, ctx, now, History.totalKey(t.text(), t.figure()), "段落 " + t.text(), problems);
    }

    /**
     * This period's figure and, before it, the same figure of each period {@code data/} holds, back to the
     * first without it; at least three.
     */
    private static ChartView periods(
            ChartSpec.Trend t,
            String title,
            Context ctx,
            BigDecimal now,
            String key,
            String what,
            List<Problem> problems) {
        Period period = ctx.words.period();
        int most = period.annual() ? YEARS : MONTHS;
        List<ChartView.Bar> points = new ArrayList<>();
        points.add(point(period, now));
        for (History h = ctx.history; h != null && h.exists() && points.size() < most; h = h.before()) {
            BigDecimal v = h.totals().get(key);
            if (v == null) {
                break;
            }
            points.add(0, point(h.period(), v));
        }
        if (points.size() < 3) {
            problems.add(Problem.error(
                    t.ref(),
                    "趋势图至少要三期的数字：data 中到本期为止，接连有" + what + " 的只有 " + points.size() + " 期（"
                            + String.join(
                                    "、",
                                    points.stream().map(ChartView.Bar::label).toList()) + "）",
                    "把前几期的数据放进 data/（每期一个文件夹），或等有了三期再画这张图"));
            return null;
        }
        return new ChartView(title, "trend", points, List.of(), alt(title, points));
    }

    /** A period's bar of a trend: the month (3 月) or the year (2024 年), and its figure. */
    private static ChartView.Bar point(Period p, BigDecimal v) {
        String label = p.annual() ? p.label() : Integer.parseInt(p.id().substring(5)) + " 月";
        return new ChartView.Bar(label, v, NumberFormats.plain(v), List.of());
    }

    /** The rows by their figure, the largest first (equal ones in the table's order), the first {@code top}. */
    private static List<ChartView.Bar> longestFirst(List<ChartView.Bar> bars, int top) {
        List<ChartView.Bar> sorted = new ArrayList<>(bars);
        sorted.sort(Comparator.comparing(ChartView.Bar::value).reversed());
        return top > 0 && sorted.size() > top ? sorted.subList(0, top) : sorted;
    }

    /** Each row's share of their sum, in per cent to one decimal. */
    private static List<ChartView.Bar> shares(List<ChartView.Bar> bars) {
        BigDecimal sum = bars.stream().map(ChartView.Bar::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        List<ChartView.Bar> out = new ArrayList<>();
        for (ChartView.Bar b : bars) {
            BigDecimal share = sum.signum() == 0
                    ? BigDecimal.ZERO
                    : b.value().multiply(BigDecimal.valueOf(100)).divide(sum, 1, RoundingMode.HALF_UP);
            out.add(new ChartView.Bar(b.label(), share, share.toPlainString() + "%", List.of()));
        }
        return out;
    }

    /** The chart in words: its title, then each bar's name and figure. */
    static String alt(String title, List<ChartView.Bar> bars) {
        List<String> each = new ArrayList<>();
        for (ChartView.Bar b : bars) {
            each.add(b.label() + " " + b.text());
        }
        return (title == null ? "" : title + "：") + String.join("，", each);
    }

    /** A column a chart can draw: figures, not the rows' numbers (序号). */
    private static boolean drawable(TableView.ColumnView c) {
        return c.kind().equals(Cells.NUMBER) && !c.type().equals(ColumnType.RANK.keyword());
    }

    private static int column(TableView view, String path) {
        for (int i = 0; i < view.columns().size(); i++) {
            if (view.columns().get(i).path().equals(path)) {
                return i;
            }
        }
        return -1;
    }

    private static int nameColumn(TableView view) {
        for (int i = 0; i < view.columns().size(); i++) {
            if (view.columns().get(i).kind().equals(Cells.NAME)) {
                return i;
            }
        }
        return -1;
    }
}
