package org.nj12320.bulletin.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.compute.ComputedIssue;
import org.nj12320.bulletin.sheet.SheetTable;
import org.nj12320.bulletin.sheet.SheetWriter;

/** The files an issue's tables are exported as: a CSV file per table, named after its data file, and one workbook. */
public final class IssueSheets {
    private IssueSheets() {}

    /**
     * A table as a CSV file.
     *
     * @param fileName named after the table's data file: {@code appointments.csv}
     * @param title    the table's title, as printed
     */
    public record TableFile(String fileName, String title, byte[] csv, SheetTable sheet) {}

    /** Each table of the issue as a CSV file, in the order of the issue. */
    public static List<TableFile> tables(ComputedIssue issue) {
        List<TableFile> out = new ArrayList<>();
        for (ComputedIssue.Table t : issue.tables()) {
            SheetTable sheet = TableSheets.of(t.table(), t.table().title());
            out.add(new TableFile(t.table().id() + ".csv", t.table().title(), SheetWriter.csv(sheet), sheet));
        }
        return out;
    }

    /**
     * The files by name: {@code appointments.csv} … and {@code 2023-03.xlsx}, in the order of the issue; the
     * workbook dated as given (the date its PDF carries), so that the same issue gives the same bytes.
     */
    public static Map<String, byte[]> files(ComputedIssue issue, Instant created) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<TableFile> tables = tables(issue);
        tables.forEach(t -> out.put(t.fileName(), t.csv()));
        out.put(issue.meta().period().id() + ".xlsx", workbook(tables, created));
        return out;
    }

    /** The tables as one workbook, a sheet each, dated as given. */
    public static byte[] workbook(List<TableFile> tables, Instant created) {
        return SheetWriter.xlsx(tables.stream().map(TableFile::sheet).toList(), "bulletin", created);
    }
}
