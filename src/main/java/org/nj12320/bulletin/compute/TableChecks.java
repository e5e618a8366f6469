package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Discrepancy;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Value;

/**
 * The checks of a table's rows that are not sums: every row's name is unique; no figure exceeds its bound
 * (a 2024 count its cumulative count, the upload days the days of a month); no row exceeds the row it is part
 * of (the figures of 2024 and the cumulative ones).
 */
final class TableChecks {
    private TableChecks() {}

    static List<Problem> check(TableInfo info, List<Map<String, BigDecimal>> figures) {
        List<Problem> problems = new ArrayList<>();
        uniqueNames(info, problems);
        bounds(info, figures, problems);
        rowBounds(info, figures, problems);
        return problems;
    }

    private static void uniqueNames(TableInfo info, List<Problem> problems) {
        if (info.nameColumn() == null) {
            return;
        }
        Map<String, SourceRef> seen = new HashMap<>();
        for (TableData.Row row : info.table().rows()) {
            Value v = row.values().get(info.nameColumn().path());
            if (v == null || v.isMissing()) {
                continue;
            }
            SourceRef first = seen.putIfAbsent(v.text(), v.ref());
            if (first != null) {
                problems.add(Problem.error(
                        v.ref(),
                        info.titled() + "中“" + v.text() + "”出现了两次（第一次在" + (first.sheet() != null ? " " : "")
                                + first.within() + "）",
                        "每个" + info.nameColumn().name() + "只留一行；两行都对的话把数字合并到一行"));
            }
        }
    }

    /** More rows of one column over its bound than this are reported as one warning listing them. */
    static final int LISTED_APART = 3;

    private static void bounds(TableInfo info, List<Map<String, BigDecimal>> figures, List<Problem> problems) {
        TableData table = info.table();
        Period period = info.words().period();
        for (Column.Leaf leaf : table.leaves()) {
            Column.Bound bound = leaf.atMost();
            if (bound == null) {
                continue;
            }
            List<Problem> over = new ArrayList<>();
            List<String> listed = new ArrayList<>();
            for (int i = 0; i < table.rows().size(); i++) {
                BigDecimal v = figures.get(i).get(leaf.path());
                BigDecimal limit = bound.limit(period, figures.get(i));
                if (v == null || limit == null || v.compareTo(limit) <= 0) {
                    continue;
                }
                TableData.Row row = table.rows().get(i);
                Value written = row.values().get(leaf.path());
                SourceRef at = written != null ? written.ref() : row.ref();
                String said = info.titled() + info.rowName(row) + "的" + leaf.said() + "为 " + NumberFormats.plain(v);
                String limitText = NumberFormats.plain(limit);
                Discrepancy d = Discrepancy.of(info.rowName(row) + "." + leaf.path(), v, limit);
                listed.add(info.rowName(row) + " " + NumberFormats.plain(v));
                over.add(Problem.warning(at, said + bound.over(limitText, period), bound.hint())
                        .withDiscrepancy(d));
            }
            if (over.size() <= LISTED_APART) {
                problems.addAll(over);
            } else {
                // a column copied from a longer month, say: one warning, at the first, naming every row
                String limit = bound.named(period, NumberFormats::plain);
                problems.add(Problem.warning(
                        over.get(0).where(),
                        info.titled() + "有 " + over.size() + " 行的" + leaf.said() + "超过了" + limit + "："
                                + String.join("、", listed),
                        over.get(0).hint()));
            }
        }
    }

    private static void rowBounds(TableInfo info, List<Map<String, BigDecimal>> figures, List<Problem> problems) {
        TableData table = info.table();
        for (TableData.RowBound b : table.checks().rowBounds()) {
            int part = info.rowIndex(b.row());
            int whole = info.rowIndex(b.atMost());
            if (part < 0 || whole < 0) {
                problems.add(Problem.error(
                        b.ref(),
                        info.titled() + "的核对项提到的行“" + (part < 0 ? b.row() : b.atMost()) + "”不存在",
                        "row: 和 at_most: 写表中某一行的名称"));
                continue;
            }
            for (Column.Leaf leaf : table.leaves()) {
                BigDecimal v = figures.get(part).get(leaf.path());
                BigDecimal limit = figures.get(whole).get(leaf.path());
                if (v != null && limit != null && v.compareTo(limit) > 0) {
                    Value written = table.rows().get(part).values().get(leaf.path());
                    problems.add(Problem.warning(
                                    written != null ? written.ref() : b.ref(),
                                    info.titled() + "“" + b.row() + "”的"
                                            + leaf.said() + "为 " + NumberFormats.plain(v) + "，大于“" + b.atMost() + "”的 "
                                            + NumberFormats.plain(limit),
                                    "部分不能大于整体，请对照原始数据核对这两个数字")
                            .withDiscrepancy(Discrepancy.of(b.row() + "." + leaf.path(), v, limit)));
                }
            }
        }
    }
}
