package org.nj12320.bulletin.sheet;

import java.math.BigDecimal;

/**
 * A cell as the spreadsheet holds it.
 *
 * @param row     1-based, as the spreadsheet numbers its rows
 * @param column  1-based (A is 1)
 * @param text    the text of a text cell, the cached result of a formula that gives text, the name of an error
 *                value ({@code #DIV/0!}); for a number, how it was written; for a date, as 2023/3/15
 * @param number  the value of a number cell or of a formula's cached result, a percentage as a percent (0.983
 *                formatted as 98.30% is 98.3); null otherwise
 * @param percent whether the number was formatted as a percentage
 * @param formula whether the value is a formula's cached result
 */
public record GridCell(
        int row, int column, Kind kind, String text, BigDecimal number, boolean percent, boolean formula) {

    /** What a cell holds. */
    public enum Kind {
        EMPTY,
        TEXT,
        NUMBER,
        BOOLEAN,
        /** An error value such as {@code #DIV/0!} or {@code #REF!}. */
        ERROR,
        /**
         * A number the spreadsheet shows as a date: its day number under a date format, as a spreadsheet program
         * saves 2023/3/15 typed into a cell, or 5/11 taken for the 11th of May.
         */
        DATE,
        /** A formula whose result the workbook does not hold (saved by a program that does not calculate). */
        NO_RESULT
    }

    public static GridCell empty(int row, int column) {
        return new GridCell(row, column, Kind.EMPTY, "", null, false, false);
    }

    public static GridCell text(int row, int column, String text) {
        return new GridCell(row, column, Kind.TEXT, text, null, false, false);
    }

    public boolean isEmpty() {
        return kind == Kind.EMPTY || (kind == Kind.TEXT && text.isBlank());
    }
}
