package org.nj12320.bulletin.compute;

import java.util.List;

/**
 * A table ready to print: every cell is text already formatted, in its final order, with the header laid out
 * as a grid. Templates only place it on the page.
 *
 * @param header  the header rows, top to bottom; a cell spans the columns and rows it says
 * @param columns the value columns, left to right
 * @param total   the total row, or null
 * @param notes   the lines under the table, placeholders filled in
 */
public record TableView(String id, String title, String subtitle, List<List<HeaderCell>> header,
                        List<ColumnView> columns, List<RowView> rows, RowView total, List<String> notes) {

    public TableView {
        header = List.copyOf(header);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * A header cell.
     *
     * @param leaf whether it heads a single column (rather than a group)
     * @param kind for a leaf, the kind of its column ({@code name}, {@code text}, {@code number})
     * @param part where the cell lies in the stack of cells of a column that reaches over several header rows:
     *             {@code whole} (no stack), {@code first}, {@code middle} or {@code last}
     */
    public record HeaderCell(String label, int colspan, boolean leaf, String kind, String part) {
    }

    /**
     * A value column.
     *
     * @param kind {@code name}, {@code text} or {@code number}: decides alignment
     * @param type the column type in lower case ({@code count}, {@code rate}, {@code rank} ...), for style hooks
     */
    public record ColumnView(String path, String label, String kind, String type) {
    }

    public record RowView(List<CellView> cells) {
        public RowView {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A printed cell.
     *
     * @param kind    as the column's kind
     * @param missing whether the value does not exist (printed {@code /})
     * @param colspan how many columns it covers (the label of a total row may cover 序号 and 单位)
     */
    public record CellView(String text, String kind, boolean missing, int colspan) {
    }
}
