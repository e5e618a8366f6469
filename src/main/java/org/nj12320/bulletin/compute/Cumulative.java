package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Discrepancy;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Reference;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Value;

/**
 * Figures that add up over the periods (总预约挂号量, 累计校验入库数据): the previous period's figure plus this
 * period's figure that it accumulates. A figure written beside it is the source's own, checked; the first
 * period in the data takes the written one as its base.
 */
final class Cumulative {
    private Cumulative() {}

    /** The table's named figures as printed: the written ones, and the cumulative ones worked out. */
    static Map<String, BigDecimal> figures(
            TableInfo info, Map<String, BigDecimal> totals, Context ctx, List<Problem> problems) {
        TableData table = info.table();
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        table.figures().forEach((name, v) -> out.put(name, v.number()));
        table.links().cumulative().forEach((name, adds) -> {
            // what it adds, as the editor finds it: a column of this table, or another table's by its title
            List<String> terms = adds.stream()
                    .map(r -> totals.containsKey(r.written()) ? Column.Leaf.said(r.written()) + "的合计" : ctx.said(r))
                    .toList();
            String of = String.join(" + ", terms);
            SourceRef at = adds.isEmpty() ? table.ref() : adds.get(0).ref();
            Value written = table.figures().get(name);
            Optional<BigDecimal> before = ctx.history.figure(table.id(), name);
            if (before.isEmpty()) {
                if (written != null && !ctx.history.exists()) {
                    // the earliest period data/ holds: nothing was there to check it by
                    problems.add(Problem.note(
                            written.ref(),
                            "data 中没有上一期，印出的就是 given: 写的 " + NumberFormats.plain(written.number())
                                    + "，以后各期由它累加；它没有经过与上期的核对",
                            "对照原表核对这个数"));
                }
                // with a previous period in error, the table has one error saying so
                if (written == null && ctx.history.sound()) {
                    problems.add(Problem.error(
                            at,
                            info.titled() + "的“" + name + "”：没有上期的累计数可依，须写 given:",
                            (ctx.history.exists() ? "上期（" + ctx.history.label() + "）没有这一项" : "data 中没有上一期")
                                    + "；在 accumulates: 旁写 given: 原表的累计数，以后各期由它累加"));
                }
                return;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<String> valued = new java.util.ArrayList<>();
            for (int i = 0; i < adds.size(); i++) {
                Optional<BigDecimal> p = part(adds.get(i), table, totals, ctx, problems);
                if (p.isEmpty()) {
                    return;
                }
                sum = sum.add(p.get());
                valued.add(terms.get(i) + " " + NumberFormats.plain(p.get()));
            }
            Optional<BigDecimal> part = Optional.of(sum);
            BigDecimal total = before.get().add(part.get());
            if (written != null && written.number().compareTo(total) != 0) {
                problems.add(Problem.warning(
                                written.ref(),
                                // the place names the figure already (原表所印的“累计…”): the table, then the figures
                                info.titled() + "中原表为 " + NumberFormats.plain(written.number())
                                        + "，上期（" + ctx.history.label() + "）的 " + NumberFormats.plain(before.get())
                                        + " 加本期"
                                        + (valued.size() == 1
                                                ? valued.get(0) + " 为 "
                                                : String.join(" + ", valued) + "（共 " + NumberFormats.plain(part.get())
                                                        + "）为 ")
                                        + NumberFormats.plain(total)
                                        + "，印出的是 " + NumberFormats.plain(total),
                                "三个数中必有一个不对：先对照上期印出的累计数，再对照本期原表的累计数和" + of + "；"
                                        + "是原表算错了才删去 given:，由程序累加（删去它也就没有了这项核对）")
                        .withDiscrepancy(Discrepancy.of(name, written.number(), total)));
            }
            out.put(name, total);
        });
        return out;
    }

    /** What a cumulative figure adds this period: the total of a column of its own table or of another's. */
    private static Optional<BigDecimal> part(
            Reference of, TableData table, Map<String, BigDecimal> totals, Context ctx, List<Problem> problems) {
        if (totals.containsKey(of.written())) {
            return Optional.of(totals.get(of.written()));
        }
        return ctx.resolve(of, table.id(), problems);
    }

    /** Whether the table has figures that add up over the periods: a column or a named figure. */
    static boolean any(TableData table) {
        return !table.links().cumulative().isEmpty()
                || table.leaves().stream().anyMatch(leaf -> leaf.accumulates() != null);
    }

    /** The cumulative figures of the table, for the next period: its cumulative columns, unit by unit, and figures. */
    static Map<String, BigDecimal> carried(
            TableInfo info, List<Map<String, BigDecimal>> rows, Map<String, BigDecimal> named) {
        TableData table = info.table();
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Column.Leaf leaf : table.leaves()) {
            if (leaf.accumulates() == null) {
                continue;
            }
            for (int i = 0; i < table.rows().size(); i++) {
                String unit = info.rawName(table.rows().get(i));
                BigDecimal v = rows.get(i).get(leaf.path());
                if (unit != null && v != null) {
                    out.put(History.cellKey(table.id(), unit, leaf.path()), v);
                }
            }
        }
        table.links().cumulative().keySet().forEach(name -> {
            if (named.get(name) != null) {
                out.put(History.figureKey(table.id(), name), named.get(name));
            }
        });
        return out;
    }
}
