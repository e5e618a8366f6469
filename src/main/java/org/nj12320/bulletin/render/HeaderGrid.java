package org.nj12320.bulletin.render;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.compute.TableView;

/**
 * Lays a table's header tree out as header rows: a group spans the columns below it; a column reaches down
 * to the last header row, so the header of a table with two levels of groups has three rows.
 */
public final class HeaderGrid {
    private HeaderGrid() {}

    /**
     * A header cell.
     *
     * @param rowspan how many header rows it covers
     * @param leaf    whether it heads a single column (rather than a group)
     * @param kind    for a leaf, the kind of its column ({@code name}, {@code text}, {@code number}); {@code group}
     */
    public record Cell(String label, int colspan, int rowspan, boolean leaf, String kind) {}

    /** The header rows: a column that reaches over several rows is one cell spanning them. */
    static List<List<Cell>> spanning(List<TableView.Header> header) {
        int depth = header.stream().mapToInt(TableView.Header::depth).max().orElse(0);
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            rows.add(new ArrayList<>());
        }
        place(header, 0, depth, rows);
        return rows.stream().map(List::copyOf).toList();
    }

    private static void place(List<TableView.Header> headers, int level, int depth, List<List<Cell>> rows) {
        for (TableView.Header h : headers) {
            if (h.isGroup()) {
                rows.get(level).add(new Cell(h.label(), h.width(), 1, false, "group"));
                place(h.children(), level + 1, depth, rows);
                continue;
            }
            rows.get(level).add(new Cell(h.label(), 1, depth - level, true, h.kind()));
        }
    }
}
