package org.nj12320.bulletin.sheet;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables as spreadsheets: a CSV file in UTF-8 with a byte-order mark and Windows line ends, which Excel
 * on Chinese Windows opens with its characters right (without the mark it takes them for GBK), and an
 * {@code .xlsx} workbook with a sheet per table, figures as numbers in the format they are printed in. A text
 * is never a formula in either: the workbook holds it as a text cell, the CSV file with a mark in front.
 */
public final class SheetWriter {
    /** The longest name a sheet of a workbook may have. */
    static final int SHEET_NAME = 31;

    private SheetWriter() {}

    /**
     * A table as a CSV file, quoted as Excel quotes (RFC 4180): a field in quotes when it holds a comma, a quote
     * or a line break, when it begins with a blank, a quote, {@code !} or {@code #}, ends in a blank, or is an
     * empty first field; a quote inside doubled. Written here, as commons-csv's printer with its Excel format
     * writes it (the tests hold the two to the same bytes), because that printer's set-up took a fresh process
     * longer than writing every table of an issue.
     */
    public static byte[] csv(SheetTable table) {
        StringBuilder out = new StringBuilder("\uFEFF");
        for (List<SheetTable.Out> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                field(csvText(row.get(i)), i == 0, out);
            }
            out.append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void field(String t, boolean first, StringBuilder out) {
        boolean quote = t.isEmpty()
                ? first
                : t.charAt(0) <= '#'
                        || t.charAt(t.length() - 1) <= ' '
                        || t.indexOf(',') >= 0
                        || t.indexOf('"') >= 0
                        || t.indexOf('\n') >= 0
                        || t.indexOf('\r') >= 0;
        if (!quote) {
            out.append(t);
            return;
        }
        out.append('"').append(t.replace("\"", "\"\"")).append('"');
    }

    /** What a spreadsheet program takes for the start of a formula in a cell of a CSV file. */
    static final String FORMULA_START = "=+-@\t\r";

    /**
     * A cell as a CSV file holds it. A text that a spreadsheet program would take for a formula (a unit named
     * {@code =HYPERLINK(…)} or {@code @SUM(1)+1}) gets a {@code '} in front, as OWASP advises against CSV
     * injection: the program then shows it as text and runs nothing. A figure is written as it is, negative
     * ones too. {@link CsvReader} takes the mark off again.
     */
    static String csvText(SheetTable.Out cell) {
        String t = cell.text();
        if (cell.number() == null && !t.isEmpty() && FORMULA_START.indexOf(t.charAt(0)) >= 0) {
            return "'" + t;
        }
        return t;
    }

    /**
     * A workbook with a sheet per table, in order, made by the application named at the time given: the same
     * tables and time give the same bytes.
     */
    public static byte[] xlsx(List<SheetTable> tables, String application, java.time.Instant created) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            // the version a workbook records is of the form 1.0000, whatever the application's own
            Workbook book = new Workbook(bytes, application, "1.0");
            Set<String> names = new HashSet<>();
            for (SheetTable t : tables) {
                Worksheet ws = book.newWorksheet(sheetName(t.name(), names));
                write(ws, t);
            }
            book.finish();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // written to memory
        }
        return SteadyZip.steady(bytes.toByteArray(), created);
    }

    private static void write(Worksheet ws, SheetTable t) {
        int widest = 0;
        for (int r = 0; r < t.rows().size(); r++) {
            List<SheetTable.Out> row = t.rows().get(r);
            widest = Math.max(widest, row.size());
            for (int c = 0; c < row.size(); c++) {
                SheetTable.Out cell = row.get(c);
                if (cell.number() != null) {
                    ws.value(r, c, cell.number());
                    ws.style(r, c)
                            .format(cell.format())
                            .horizontalAlignment("right")
                            .set();
                } else if (!cell.text().isEmpty()) {
                    ws.value(r, c, cell.text());
                    if (cell.header()) {
                        ws.style(r, c)
                                .bold()
                                .horizontalAlignment("center")
                                .verticalAlignment("center")
                                .wrapText(true)
                                .set();
                    }
                }
            }
        }
        for (SheetTable.Merge m : t.merges()) {
            ws.range(m.top() - 1, m.left() - 1, m.bottom() - 1, m.right() - 1).merge();
        }
        for (int c = 0; c < widest; c++) {
            ws.width(c, width(t, c));
        }
    }

    /**
     * A column as wide as its longest cell, a Chinese character counting two (a title or a note, alone on its
     * row, may run over the columns beside it).
     */
    static int width(SheetTable t, int column) {
        int most = 0;
        for (List<SheetTable.Out> row : t.rows()) {
            if (row.size() > 1 && column < row.size()) {
                for (String line : row.get(column).text().split("\n")) {
                    most = Math.max(
                            most,
                            line.codePoints().map(cp -> cp > 0x2E80 ? 2 : 1).sum());
                }
            }
        }
        return Math.max(6, Math.min(40, most + 2));
    }

    /** A name a workbook takes for a sheet: without the characters it refuses, short enough, not used before. */
    static String sheetName(String wanted, Set<String> used) {
        String base = wanted.replaceAll("[\\[\\]:*?/\\\\']", " ").strip();
        if (base.isEmpty()) {
            base = "表";
        }
        if (base.length() > SHEET_NAME) {
            base = base.substring(0, SHEET_NAME);
        }
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(java.util.Locale.ROOT)); n++) {
            String suffix = "（" + n + "）";
            name = base.substring(0, Math.min(base.length(), SHEET_NAME - suffix.length())) + suffix;
        }
        return name;
    }
}
