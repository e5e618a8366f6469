package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.List;
import org.nj12320.bulletin.model.Column;

/**
 * Lays a column tree out as header rows: a group spans the columns below it; a column reaches down to the
 * last header row, so the header of a table with two levels of groups has three rows.
 *
 * <p>A column that reaches over several rows is given as a stack of cells, one per row, rather than as one
 * cell with a rowspan: the PDF renderer loses the borders and background of rowspan cells in header rows
 * repeated on a continuation page. The label sits in the middle cell of the stack (the lower of the two
 * middle ones), and the template draws no rules between the cells of a stack.
 */
final class HeaderGrid {
    private HeaderGrid() {
    }

    static List<List<TableView.HeaderCell>> of(List<Column> columns) {
        int depth = columns.stream().mapToInt(Column::depth).max().orElse(0);
        List<List<TableView.HeaderCell>> rows = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            rows.add(new ArrayList<>());
        }
        place(columns, 0, depth, rows);
        return rows.stream().map(List::copyOf).toList();
    }

    private static void place(List<Column> columns, int level, int depth, List<List<TableView.HeaderCell>> rows) {
        for (Column c : columns) {
            c.match(g -> {
                rows.get(level).add(new TableView.HeaderCell(g.label(), g.leaves().size(), false, "group", "whole"));
                place(g.children(), level + 1, depth, rows);
                return null;
            }, l -> {
                int span = depth - level;
                int labelAt = span / 2;
                for (int k = 0; k < span; k++) {
                    String part = span == 1 ? "whole" : k == 0 ? "first" : k == span - 1 ? "last" : "middle";
                    rows.get(level + k).add(new TableView.HeaderCell(k == labelAt ? l.label() : "", 1, true, Cells.kind(l), part));
                }
                return null;
            });
        }
    }
}
