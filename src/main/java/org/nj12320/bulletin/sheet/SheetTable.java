package org.nj12320.bulletin.sheet;

import java.math.BigDecimal;
import java.util.List;

/**
 * A table to be written as a sheet: its rows of cells from the top, and the ranges of cells merged into one
 * (a group's header over its columns, the label of a total row over 序号 and 单位).
 *
 * @param name the sheet's name in a workbook, and the CSV file's name without its ending
 */
public record SheetTable(String name, List<List<Out>> rows, List<Merge> merges) {
    public SheetTable {
        rows = rows.stream().map(List::copyOf).toList();
        merges = List.copyOf(merges);
    }

    /**
     * A cell to write: its text as printed, which a CSV file holds, and for a figure its value and number format,
     * which a workbook holds so that the cell counts as a number.
     *
     * @param number null for text
     * @param format a spreadsheet number format ({@code 0}, {@code 0.00}, {@code 0.00%}); null for text
     * @param header whether the cell is part of the header (set bold and centred in a workbook)
     */
    public record Out(String text, BigDecimal number, String format, boolean header) {
        public static Out text(String text) {
            return new Out(text, null, null, false);
        }

        public static Out header(String text) {
            return new Out(text, null, null, true);
        }

        public static Out number(String text, BigDecimal number, String format) {
            return new Out(text, number, format, false);
        }
    }

    /** Cells from a row and column to another, 1-based and inclusive, merged into one. */
    public record Merge(int top, int left, int bottom, int right) {}
}
