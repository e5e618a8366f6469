package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table ready to print: every cell is text already formatted, in its final order, with the header laid out
 * as a grid. Templates only place it on the page.
 *
 * @param header  the column headers as a tree: a group's label over the headers of its columns; how the tree
 *                is drawn as header rows is the renderer's business
 * @param columns the value columns, left to right
 * @param total   the total row, or null
 * @param notes   the lines under the table, placeholders filled in
 */
public record TableView(
        String id,
        String title,
        String subtitle,
        List<Header> header,
        List<ColumnView> columns,
        List<RowView> rows,
        RowView total,
        List<String> notes) {

    public TableView {
        header = List.copyOf(header);
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
        notes = List.copyOf(notes);
    }

    /**
     * The header of a column, or of a group of columns with the headers of its columns below it.
     *
     * @param kind     for a column, its kind ({@code name}, {@code text}, {@code number}); {@code group} for a group
     * @param children the headers below a group's; none for a column
     */
    public record Header(String label, String kind, List<Header> children) {
        public Header {
            children = List.copyOf(children);
        }

        public boolean isGroup() {
            return !children.isEmpty();
        }

        /** How many columns it stands over. */
        public int width() {
            return isGroup() ? children.stream().mapToInt(Header::width).sum() : 1;
        }

        /** How many header rows it needs, its own and those below it. */
        public int depth() {
            return 1 + children.stream().mapToInt(Header::depth).max().orElse(0);
        }
    }

    /**
     * A value column.
     *
     * @param kind {@code name}, {@code text} or {@code number}: decides alignment
     * @param type the column type in lower case ({@code count}, {@code rate}, {@code rank} ...), for style hooks
     */
    public record ColumnView(String path, String label, String kind, String type) {
        /**
         * The label as words, without the marks of where a header breaks ({@code |} where it may, a line break
         * where it must): what a chart's key and a total line name the column by.
         */
        public String words() {
            return label.replace("\n", "").replace("|", "");
        }
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
     * @param figure  the cell's figure as a number, for what takes it as one (the spreadsheets of an export);
     *                null for words, a value that does not exist, and a fraction, which is words ({@code 5/11})
     */
    public record CellView(String text, String kind, boolean missing, int colspan, Figure figure) {
        /** A cell of words, or one without a figure. */
        public CellView(String text, String kind, boolean missing, int colspan) {
            this(text, kind, missing, colspan, null);
        }
    }

    /**
     * A figure as printed: the value rounded as the cell shows it, with that many decimals; a percentage's value
     * is the printed number (98.30 for 98.30%).
     */
    public record Figure(BigDecimal value, int decimals, boolean percent) {}
}
