package org.nj12320.bulletin.model;

import java.util.Objects;

/**
 * Where a value was read: file (as the user would type it, relative to the project), line and column
 * (1-based; 0 when unknown) and the field path inside the file, such as {@code rows[12].电话预约}. A value read
 * from a spreadsheet has its sheet ({@code ""} for a CSV file, which has none) and the cell's row and column.
 *
 * @param sheet null for a text file
 */
public record SourceRef(String file, int line, int column, String path, String sheet) {

    public SourceRef(String file, int line, int column, String path) {
        this(file, line, column, path, null);
    }

    // equals and hashCode spelt out: a record's own are bootstrapped at their first call, which costs a fresh
    // process milliseconds, and places are compared in every build (problems said once)
    @Override
    public boolean equals(Object o) {
        return o instanceof SourceRef r
                && line == r.line
                && column == r.column
                && Objects.equals(file, r.file)
                && Objects.equals(path, r.path)
                && Objects.equals(sheet, r.sheet);
    }

    @Override
    public int hashCode() {
        return Objects.hash(file, line, column, path, sheet);
    }

    public static SourceRef file(String file) {
        return new SourceRef(file, 0, 0, "");
    }

    /**
     * A cell of a spreadsheet, as the spreadsheet names it: {@code data/2023-04/appointments.xlsx!Sheet1!C14}.
     *
     * @param sheet the sheet's name; {@code ""} for a CSV file
     * @param row   1-based
     * @param col   1-based
     */
    public static SourceRef cell(String file, String sheet, int row, int col, String path) {
        return new SourceRef(file, row, col, path, sheet);
    }

    /** Whether the place is a cell of a spreadsheet rather than a line of a text file. */
    public boolean inSheet() {
        return sheet != null;
    }

    /** The same place, naming a field below it. */
    public SourceRef child(String field) {
        return new SourceRef(file, line, column, path.isEmpty() ? field : path + "." + field, sheet);
    }

    /** The same place, naming another field. */
    public SourceRef withPath(String other) {
        return new SourceRef(file, line, column, other, sheet);
    }

    /**
     * {@code data/2023-03/appointments.yaml:14:5}, or {@code data/2023-04/appointments.xlsx!Sheet1!C14}, as far as
     * it is known.
     */
    public String location() {
        StringBuilder sb = new StringBuilder(file);
        if (sheet != null) {
            if (!sheet.isEmpty()) {
                sb.append('!').append(sheet);
            }
            if (line > 0) {
                sb.append('!').append(cellName());
            }
            return sb.toString();
        }
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    /**
     * The field as an editor names it: 第 17 行（南京市中西医结合医院）的“电话预约”, 原表所印合计的“小计”; a cell of a
     * spreadsheet is named in words already.
     */
    public String field() {
        return sheet != null ? path : FieldWords.of(path);
    }

    /** The place within its file in words, for a message that names a second place: 第 14 行, or the cell C14. */
    public String within() {
        return sheet != null ? cellName() : "第 " + line + " 行";
    }

    /** The cell's name as spreadsheets write it: C14. */
    private String cellName() {
        return columnName(column) + line;
    }

    /** A column's name as spreadsheets write it, 1-based: 3 is C, 28 is AB. */
    public static String columnName(int column) {
        StringBuilder letters = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            letters.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return letters.toString();
    }

    @Override
    public String toString() {
        return location() + (path.isEmpty() ? "" : " (" + path + ")");
    }
}
