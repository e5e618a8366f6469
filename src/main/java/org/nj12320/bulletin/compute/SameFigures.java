package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nj12320.bulletin.model.Discrepancy;
import org.nj12320.bulletin.model.Figures;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Value;

/**
 * Figures typed once: a cell or a prose figure declared the same as another ({@code same:}) takes that
 * figure; one written as well is the source's own, checked against it.
 */
final class SameFigures {
    private SameFigures() {}

    /**
     * The table with each cell it declares the same as another filled from there.
     *
     * @param incomplete gets the columns with a cell that could not be filled (what it refers to has errors)
     */
    static TableData inTable(TableData table, Context ctx, List<Problem> problems, Set<String> incomplete) {
        if (table.links().same().isEmpty()) {
            return table;
        }
        TableInfo info = TableInfo.of(table, ctx.words);
        List<TableData.Row> rows = new ArrayList<>(table.rows());
        for (TableData.Same s : table.links().same()) {
            int i = info.rowIndex(s.row());
            if (i < 0) {
                problems.add(
                        Problem.error(s.ref(), info.titled() + "的 same: 提到的行“" + s.row() + "”不存在", "row: 写表中某一行的名称"));
                continue;
            }
            Optional<BigDecimal> v = ctx.resolve(s.as(), table.id(), problems);
            if (v.isEmpty()) {
                // the cell stays empty: what it refers to is in error, and a total of its column means nothing
                incomplete.add(s.column());
                continue;
            }
            TableData.Row row = rows.get(i);
            Value written = row.values().get(s.column());
            if (written != null && written.isNumber() && written.number().compareTo(v.get()) != 0) {
                problems.add(disagreement(
                                written.ref(),
                                info.titled() + s.row() + "的“" + s.column() + "”",
                                written.number(),
                                ctx.said(s.as()),
                                v.get())
                        .withDiscrepancy(Discrepancy.of(s.row() + "." + s.column(), written.number(), v.get())));
            }
            Map<String, Value> values = new LinkedHashMap<>(row.values());
            values.put(s.column(), new Value(v.get(), s.ref()));
            rows.set(i, new TableData.Row(row.index(), values, row.ref()));
        }
        return table.withRows(rows);
    }

    /**
     * The figures of a prose section with each it declares the same as another put in; the tree is copied,
     * never changed in place.
     */
    static Map<String, Object> inFigures(
            String section, String title, Figures figures, Context ctx, List<Problem> problems) {
        @SuppressWarnings("unchecked")
        Map<String, Object> tree = (Map<String, Object>) copy(figures.values());
        for (Figures.Same s : figures.same()) {
            Optional<BigDecimal> v = ctx.resolve(s.as(), section, problems);
            if (v.isEmpty()) {
                continue;
            }
            List<FigureChecks.Found> at = FigureChecks.resolveExact(tree, s.figure());
            if (at.size() == 1 && at.get(0).value() instanceof BigDecimal written && written.compareTo(v.get()) != 0) {
                problems.add(disagreement(
                                figures.refs().getOrDefault(s.figure(), s.ref()),
                                "《" + title + "》“" + s.figure() + "”",
                                written,
                                ctx.said(s.as()),
                                v.get())
                        .withDiscrepancy(Discrepancy.of(s.figure(), written, v.get())));
            }
            if (!put(tree, s.figure(), v.get())) {
                problems.add(Problem.error(
                        s.ref(),
                        "same: 的 figure “" + s.figure() + "”不在 figures: 之中",
                        "写数字所在的路径，如 province.cities[0].count"));
            }
        }
        return tree;
    }

    private static Problem disagreement(SourceRef at, String what, BigDecimal written, String as, BigDecimal value) {
        return Problem.warning(
                at,
                what + "写的是 " + NumberFormats.plain(written) + "，而它与" + as + "是同一个数字，为 " + NumberFormats.plain(value)
                        + "；印出的是 " + NumberFormats.plain(value),
                "删去这一项，让它随" + as + "；或核对两处哪一处有误");
    }

    private static Object copy(Object node) {
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, copy(v)));
            return out;
        }
        if (node instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(x -> out.add(copy(x)));
            return out;
        }
        return node;
    }

    /** Sets the figure at a path ({@code province.cities[0].count}) whose parent exists. */
    @SuppressWarnings("unchecked")
    private static boolean put(Map<String, Object> tree, String path, BigDecimal value) {
        int dot = path.lastIndexOf('.');
        String key = dot < 0 ? path : path.substring(dot + 1);
        Object parent = tree;
        if (dot >= 0) {
            List<FigureChecks.Found> p = FigureChecks.resolveExact(tree, path.substring(0, dot));
            parent = p.size() == 1 ? p.get(0).value() : null;
        }
        if (parent instanceof Map<?, ?> m && !key.contains("[")) {
            ((Map<String, Object>) m).put(key, value);
            return true;
        }
        return false;
    }
}
