package org.nj12320.bulletin.export;

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

    /** The files by name: {@code appointments.csv} … and {@code 2023-03.xlsx}, in the order of the issue. */
    public static Map<String, byte[]> files(ComputedIssue issue) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        List<SheetTable> sheets = new ArrayList<>();
        for (ComputedIssue.SectionView s : issue.sections()) {
            if (s instanceof ComputedIssue.Table t) {
                SheetTable sheet = TableSheets.of(t.table(), t.table().title());
                sheets.add(sheet);
                out.put(t.table().id() + ".csv", SheetWriter.csv(sheet));
            }
        }
        out.put(issue.meta().period().id() + ".xlsx", SheetWriter.xlsx(sheets, "bulletin"));
        return out;
    }
}
