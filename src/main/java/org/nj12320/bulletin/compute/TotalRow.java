package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Discrepancy;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Value;

/**
 * The total row (合计): every column that adds up summed over the rows, each checked against the total the
 * source prints of its own when the table file gives it.
 */
final class TotalRow {
    private TotalRow() {}

    record Result(TableView.RowView row, List<Problem> problems) {}

    /** @param incomplete the columns with a cell left empty by an error elsewhere: their totals are not checked */
    static Result of(TableInfo info, List<Map<String, BigDecimal>> figures, Set<String> incomplete) {
        TableData table = info.table();
        List<Column.Leaf> leaves = table.leaves();
        List<Problem> problems = new ArrayList<>();
        List<TableView.CellView> cells = new ArrayList<>();
        // the label covers the leading columns that have no total (序号 and 单位)
        int lead = 0;
        while (lead < leaves.size()
                && (!leaves.get(lead).type().numeric()
                        || leaves.get(lead).type().numbered())) {
            lead++;
        }
        cells.add(new TableView.CellView(table.total().label(), Cells.NAME, false, Math.max(lead, 1)));
        for (int c = Math.max(lead, 1); c < leaves.size(); c++) {
            Column.Leaf leaf = leaves.get(c);
            if (!leaf.type().summable()) {
                cells.add(new TableView.CellView("", Cells.kind(leaf), false, 1));
                continue;
            }
            BigDecimal sum =
                    RowFigures.sum(figures.stream().map(n -> n.get(leaf.path())).toList());
            Value given = table.total().given().get(leaf.path());
            if (given != null
                    && !incomplete.contains(leaf.path())
                    && given.isNumber()
                    && sum != null
                    && given.number().compareTo(sum) != 0) {
                problems.add(Problem.warning(
                                given.ref(),
                                // the place names the column already (原表合计行的“诊间预约”): the table, then the figures
                                info.titled() + "中原表的" + table.total().label() + "为 "
                                        + NumberFormats.plain(given.number()) + "，各行之和为 "
                                        + NumberFormats.plain(sum)
                                        + (table.total().printed()
                                                ? "，印出的是 " + NumberFormats.plain(sum)
                                                : "（本表不印合计，各行照原表印出）"),
                                "对照原始数据核对这一列各行的数字")
                        .withDiscrepancy(
                                Discrepancy.of(table.total().label() + "." + leaf.path(), given.number(), sum)));
            }
            cells.add(Cells.number(leaf, sum));
        }
        return new Result(new TableView.RowView(cells), problems);
    }
}
