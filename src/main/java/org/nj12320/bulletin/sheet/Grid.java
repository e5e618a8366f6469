package org.nj12320.bulletin.sheet;

import java.util.List;

/**
 * The cells of one sheet, row by row, as far as they hold anything.
 *
 * @param sheet  the sheet's name; {@code ""} for a CSV file, which has no sheets
 * @param rows   the rows from the first, each as long as its last cell that holds something; a row that holds
 *               nothing is empty
 * @param hidden the rows and columns the spreadsheet program hides
 */
public record Grid(String sheet, List<List<GridCell>> rows, Hidden hidden) {
    public Grid {
        rows = rows.stream().map(List::copyOf).toList();
    }

    public Grid(String sheet, List<List<GridCell>> rows) {
        this(sheet, rows, Hidden.NONE);
    }

    /** The cell at a 1-based row and column; an empty one beyond what the sheet holds. */
    public GridCell cell(int row, int column) {
        if (row < 1 || row > rows.size()) {
            return GridCell.empty(row, column);
        }
        List<GridCell> r = rows.get(row - 1);
        return column >= 1 && column <= r.size() ? r.get(column - 1) : GridCell.empty(row, column);
    }

    /** How many columns the widest row has. */
    public int width() {
        return rows.stream().mapToInt(List::size).max().orElse(0);
    }
}
