package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Discrepancy;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Value;

/**
 * The figures of every row of a table: the numbers written, and every sum worked out from its parts, each
 * part before the sum that needs it, whatever the order the columns are declared in. A figure the source
 * gives for a sum of its own is checked against the computed one.
 */
final class RowFigures {
    private RowFigures() {}

    /**
     * @param rows    per row, in the file's order, the number of every column that has one (a missing value,
     *                {@code ~}, has none)
     * @param problems given sums that disagree with the computed ones, and sums that depend on themselves
     */
    record Result(List<Map<String, BigDecimal>> rows, List<Problem> problems) {}

    static Result of(TableInfo info) {
        return of(info, History.NONE);
    }

    /**
     * @param history the previous period's cumulative figures: a cumulative column is the previous period's
     *                figure of the unit plus this period's figure it accumulates
     */
    static Result of(TableInfo info, History history) {
        TableData table = info.table();
        Map<String, Column.Leaf> sums = new HashMap<>();
        for (Column.Leaf leaf : table.leaves()) {
            if (leaf.type().adds()) {
                sums.put(leaf.path(), leaf);
            }
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> cyclic = new HashSet<>();
        List<Map<String, BigDecimal>> rows = new ArrayList<>();
        for (TableData.Row row : table.rows()) {
            Map<String, BigDecimal> n = new HashMap<>();
            for (Map.Entry<String, Value> e : row.values().entrySet()) {
                if (e.getValue().isNumber() && !sums.containsKey(e.getKey())) {
                    n.put(e.getKey(), e.getValue().number());
                }
            }
            cumulate(info, history, row, n, sums, cyclic, problems);
            Map<String, BigDecimal> computed = new HashMap<>();
            for (Column.Leaf s : sums.values()) {
                BigDecimal sum = sum(s, n, sums, computed, new HashSet<>(), cyclic);
                if (sum != null) {
                    n.put(s.path(), sum);
                }
            }
            for (Column.Leaf leaf : table.leaves()) {
                if (leaf.type().adds()) {
                    checkGiven(info, row, leaf, n, problems);
                }
            }
            rows.add(n);
        }
        for (String path : cyclic) {
            problems.add(Problem.error(
                    sums.get(path).ref().child("of"),
                    info.titled() + "求和列“" + path + "”直接或间接地加上了它自己，无法算出",
                    "检查 of:，一列的和不能用到它自己"));
        }
        return new Result(rows, problems);
    }

    /**
     * The cumulative columns of a row: with a previous period, its figure for the unit plus this period's; a
     * figure written for it is the source's own, checked. Without one, the figure written is the base.
     */
    private static void cumulate(
            TableInfo info,
            History history,
            TableData.Row row,
            Map<String, BigDecimal> n,
            Map<String, Column.Leaf> sums,
            Set<String> cyclic,
            List<Problem> problems) {
        for (Column.Leaf leaf : info.table().leaves()) {
            String of = leaf.accumulates();
            if (of == null) {
                continue;
            }
            Value written = row.values().get(leaf.path());
            String unit = info.rawName(row);
            Optional<BigDecimal> before =
                    unit == null ? Optional.empty() : history.cell(info.table().id(), unit, leaf.path());
            if (before.isEmpty()) {
                // with a previous period in error, the table has one error saying so
                if (written == null && history.sound()) {
                    problems.add(Problem.error(
                            row.ref(),
                            info.titled() + info.rowName(row) + "的" + leaf.said() + "：没有上期的累计数可依，须填写",
                            history.exists()
                                    ? "上期（" + history.label() + "）没有这一单位；填入原表的累计数"
                                    : "data 中没有上一期；填入原表的累计数，以后各期由它累加"));
                }
                continue;
            }
            BigDecimal part = sums.containsKey(of)
                    ? sum(sums.get(of), n, sums, new HashMap<>(), new HashSet<>(), cyclic)
                    : n.get(of);
            BigDecimal total = part == null ? before.get() : before.get().add(part);
            if (written != null && written.isNumber() && written.number().compareTo(total) != 0) {
                problems.add(Problem.warning(
                                written.ref(),
                                info.titled() + info.rowName(row) + "的" + leaf.said() + "：原表为 "
                                        + NumberFormats.plain(written.number()) + "，上期（" + history.label() + "）累计 "
                                        + NumberFormats.plain(before.get()) + " 加本期 "
                                        + (part == null ? "0" : NumberFormats.plain(part))
                                        + " 为 " + NumberFormats.plain(total) + "，印出的是 " + NumberFormats.plain(total),
                                "三个数中必有一个不对：先对照上期印出的累计数，再对照本期原表的这一格和本期的数；" + "是原表算错了才删去这一项，由程序累加（删去它也就没有了这项核对）")
                        .withDiscrepancy(
                                Discrepancy.of(info.rowName(row) + "." + leaf.path(), written.number(), total)));
            }
            n.put(leaf.path(), total);
        }
    }

    /** A sum of the row, its parts worked out first; null when none of its parts has a value. */
    private static BigDecimal sum(
            Column.Leaf s,
            Map<String, BigDecimal> row,
            Map<String, Column.Leaf> sums,
            Map<String, BigDecimal> computed,
            Set<String> underWay,
            Set<String> cyclic) {
        if (computed.containsKey(s.path())) {
            return computed.get(s.path());
        }
        if (!underWay.add(s.path())) {
            // the loader refuses such a table; a table made some other way gets an error, not a wrong figure
            cyclic.add(s.path());
            return null;
        }
        List<BigDecimal> parts = new ArrayList<>();
        for (String p : s.of()) {
            Column.Leaf inner = sums.get(p);
            parts.add(inner != null ? sum(inner, row, sums, computed, underWay, cyclic) : row.get(p));
        }
        BigDecimal total = sum(parts);
        computed.put(s.path(), total);
        underWay.remove(s.path());
        return total;
    }

    private static void checkGiven(
            TableInfo info, TableData.Row row, Column.Leaf s, Map<String, BigDecimal> n, List<Problem> problems) {
        Value v = row.values().get(s.path());
        BigDecimal sum = n.get(s.path());
        if (v == null || v.isMissing() || sum == null || v.number().compareTo(sum) == 0) {
            return;
        }
        List<String> terms = new ArrayList<>();
        for (String p : s.of()) {
            terms.add(p + " " + (n.get(p) == null ? NumberFormats.MISSING : NumberFormats.plain(n.get(p))));
        }
        problems.add(Problem.warning(
                        v.ref(),
                        info.titled() + info.rowName(row) + "的" + s.said()
                                + "：原表为 " + NumberFormats.plain(v.number()) + "，各项之和为 " + NumberFormats.plain(sum)
                                + "（" + String.join(" + ", terms) + "），印出的是 " + NumberFormats.plain(sum),
                        "核对原始数据，改正有误的分项，或在确认后改正原表数字")
                .withDiscrepancy(Discrepancy.of(info.rowName(row) + "." + s.path(), v.number(), sum)));
    }

    /** Adds up the values that exist; nothing when none does. */
    static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal s = null;
        for (BigDecimal v : values) {
            if (v != null) {
                s = s == null ? v : s.add(v);
            }
        }
        return s;
    }
}
