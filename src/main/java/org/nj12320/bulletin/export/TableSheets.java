package org.nj12320.bulletin.export;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.compute.TableView;
import org.nj12320.bulletin.sheet.SheetTable;

/**
 * A computed table laid out as a sheet, as an editor would lay it out: the title, the header over as many rows
 * as it has levels (a group's label merged over its columns), a row per unit, the total row, the notes under
 * it. A figure is a number in the format it is printed in (a rate as a percentage); {@code /} and the text
 * columns are text.
 */
public final class TableSheets {
    private TableSheets() {}

    public static SheetTable of(TableView t, String name) {
        List<List<SheetTable.Out>> rows = new ArrayList<>();
        List<SheetTable.Merge> merges = new ArrayList<>();
        int width = t.columns().size();
        rows.add(List.of(SheetTable.Out.text(t.title())));
        if (t.subtitle() != null && !t.subtitle().isBlank()) {
            rows.add(List.of(SheetTable.Out.text(t.subtitle())));
        }
        int depth = t.header().stream().mapToInt(TableView.Header::depth).max().orElse(1);
        int top = rows.size() + 1;
        List<List<SheetTable.Out>> header = new ArrayList<>();
        for (int i = 0; i < depth; i++) {
            List<SheetTable.Out> row = new ArrayList<>();
            for (int c = 0; c < width; c++) {
                row.add(SheetTable.Out.header(""));
            }
            header.add(row);
        }
        int col = 1;
        for (TableView.Header h : t.header()) {
            col = header(h, 0, col, depth, top, header, merges);
        }
        rows.addAll(header);
        for (TableView.RowView r : t.rows()) {
            rows.add(cells(r));
        }
        if (t.total() != null) {
            int at = rows.size() + 1;
            rows.add(totalRow(t.total(), at, merges));
        }
        for (String note : t.notes()) {
            rows.add(List.of(SheetTable.Out.text(note)));
        }
        return new SheetTable(name, rows, merges);
    }

    /** Puts a header and those below it in place; returns the column after it. */
    private static int header(
            TableView.Header h,
            int level,
            int col,
            int depth,
            int top,
            List<List<SheetTable.Out>> rows,
            List<SheetTable.Merge> merges) {
        rows.get(level).set(col - 1, SheetTable.Out.header(h.label().replace("|", "")));
        if (!h.isGroup()) {
            if (level < depth - 1) {
                merges.add(new SheetTable.Merge(top + level, col, top + depth - 1, col));
            }
            return col + 1;
        }
        if (h.width() > 1) {
            merges.add(new SheetTable.Merge(top + level, col, top + level, col + h.width() - 1));
        }
        int next = col;
        for (TableView.Header child : h.children()) {
            next = header(child, level + 1, next, depth, top, rows, merges);
        }
        return next;
    }

    private static List<SheetTable.Out> cells(TableView.RowView r) {
        List<SheetTable.Out> out = new ArrayList<>();
        for (TableView.CellView cell : r.cells()) {
            out.add(cell(cell));
            for (int k = 1; k < cell.colspan(); k++) {
                out.add(SheetTable.Out.text(""));
            }
        }
        return out;
    }

    private static List<SheetTable.Out> totalRow(TableView.RowView r, int at, List<SheetTable.Merge> merges) {
        int span = r.cells().get(0).colspan();
        if (span > 1) {
            merges.add(new SheetTable.Merge(at, 1, at, span));
        }
        return cells(r);
    }

    /** A cell as its column prints it: a figure as a number with the format of its printed form. */
    static SheetTable.Out cell(TableView.CellView cell) {
        TableView.Figure f = cell.figure();
        if (f == null) {
            return SheetTable.Out.text(cell.text());
        }
        return f.percent()
                ? SheetTable.Out.number(cell.text(), f.value().movePointLeft(2), format(f.decimals()) + "%")
                : SheetTable.Out.number(cell.text(), f.value(), format(f.decimals()));
    }

    private static String format(int decimals) {
        return decimals <= 0 ? "0" : "0." + "0".repeat(decimals);
    }
}
