package org.nj12320.bulletin.layout;

import java.util.List;

/**
 * A table: a caption, header rows and groups of body rows on a grid of columns. Cells may span rows and
 * columns. On every page the table continues on, its header rows are set again; a row is never split; its
 * caption, header and first two rows stay together, and so do its last two rows.
 *
 * @param columns the share of the table's width each column takes; they add up to 1
 * @param caption the table's title and what goes with it, or null
 * @param head    the header rows, repeated on every page the table continues on
 * @param bodies  the groups of body rows
 * @param headTag the structure element of the header rows ({@code THead}), or null
 */
public record Table(
        BoxStyle box,
        float[] columns,
        Block.Flow caption,
        List<Row> head,
        List<Body> bodies,
        Tag tag,
        Tag headTag,
        String anchor)
        implements Block {

    public Table {
        head = List.copyOf(head);
        bodies = List.copyOf(bodies);
    }

    /** A group of body rows ({@code TBody}). */
    public record Body(List<Row> rows, Tag tag) {
        public Body {
            rows = List.copyOf(rows);
        }
    }

    /** A row of cells ({@code TR}). */
    public record Row(List<Cell> cells, Tag tag) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: what it holds, the columns and rows it spans, its padding, borders and background.
     *
     * @param middle whether its content stands in the middle of its height (else at the top)
     * @param tag    its structure element ({@code TH} with its scope, or {@code TD})
     */
    public record Cell(
            List<Block> content,
            int colspan,
            int rowspan,
            Edges padding,
            Border.Sides border,
            Color background,
            boolean middle,
            Tag tag) {
        public Cell {
            content = List.copyOf(content);
            if (colspan < 1 || rowspan < 1) {
                throw new IllegalArgumentException("a cell spans one row and column at least");
            }
        }
    }
}
