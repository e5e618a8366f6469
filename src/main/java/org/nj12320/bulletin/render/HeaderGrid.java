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
     * @param part    where the cell lies in the stack of cells that stands for a column reaching over several
     *                header rows: {@code whole} (no stack), {@code first}, {@code middle} or {@code last}
     * @param lift    whether the label sits half a row above its cell's middle: the label of a stack of an even
     *                number of cells, which is centred on the whole stack so
     */
    public record Cell(String label, int colspan, int rowspan, boolean leaf, String kind, String part, boolean lift) {}

    /** Cells that span rows, as a browser draws them. */
    static List<List<Cell>> spanning(List<TableView.Header> header) {
        return layout(header, false);
    }

    /**
     * Cells that never span rows: a column that reaches over several rows is a stack of cells, one per row,
     * which the stylesheet draws without rules between them. The PDF renderer loses the borders and background
     * of a cell spanning rows in header rows repeated on a continuation page.
     */
    static List<List<Cell>> stacked(List<TableView.Header> header) {
        return layout(header, true);
    }

    private static List<List<Cell>> layout(List<TableView.Header> header, boolean stacked) {
        int depth = header.stream().mapToInt(TableView.Header::depth).max().orElse(0);
        List<List<Cell>> rows = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            rows.add(new ArrayList<>());
        }
        place(header, 0, depth, rows, stacked);
        return rows.stream().map(List::copyOf).toList();
    }

    private static void place(
            List<TableView.Header> headers, int level, int depth, List<List<Cell>> rows, boolean stacked) {
        for (TableView.Header h : headers) {
            if (h.isGroup()) {
                rows.get(level).add(new Cell(h.label(), h.width(), 1, false, "group", "whole", false));
                place(h.children(), level + 1, depth, rows, stacked);
                continue;
            }
            int span = depth - level;
            if (!stacked || span == 1) {
                rows.get(level).add(new Cell(h.label(), 1, span, true, h.kind(), "whole", false));
                continue;
            }
            // the label in the middle cell, or in the lower of the two middle ones, lifted by half a row
            int labelAt = span / 2;
            for (int k = 0; k < span; k++) {
                String part = k == 0 ? "first" : k == span - 1 ? "last" : "middle";
                rows.get(level + k)
                        .add(new Cell(
                                k == labelAt ? h.label() : "",
                                1,
                                1,
                                true,
                                h.kind(),
                                part,
                                k == labelAt && span % 2 == 0));
            }
        }
    }
}
