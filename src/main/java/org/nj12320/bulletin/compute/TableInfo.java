package org.nj12320.bulletin.compute;

import java.util.ArrayList;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Value;

/**
 * A table with its name column found, and the words messages use for it and its rows.
 *
 * @param nameColumn the column that names the rows, or null when the table has none
 * @param title      the title as printed, the period's words in it
 * @param words      the words of the period, which a row's name may hold as placeholders
 */
record TableInfo(TableData table, Column.Leaf nameColumn, String title, PeriodWords words) {

    static TableInfo of(TableData table, PeriodWords words) {
        return new TableInfo(
                table,
                Column.Leaf.nameOf(table.leaves()).orElse(null),
                words.expand(table.title(), table.ref(), new ArrayList<>()),
                words);
    }

    /** 《title》, which begins every message about the table. */
    String titled() {
        return "《" + title + "》";
    }

    /** The row as an editor knows it: by its name, or by its place in the file when it has none. */
    String rowName(TableData.Row row) {
        Value v = nameColumn == null ? null : row.values().get(nameColumn.path());
        return v == null || v.isMissing() ? "第 " + (row.index() + 1) + " 行" : printed(v.text());
    }

    /** The row's name as written (its period placeholders not yet replaced), or null. */
    String rawName(TableData.Row row) {
        Value v = nameColumn == null ? null : row.values().get(nameColumn.path());
        return v == null || v.isMissing() ? null : v.text();
    }

    /** A name as printed: its placeholders replaced by the period's words. */
    private String printed(String name) {
        return words.expand(name, table.ref(), new ArrayList<>());
    }

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private String comparable(String name) {
        return SPACES.matcher(printed(name)).replaceAll("");
    }

    /** The index of the row with this name, or -1. */
    int rowIndex(String name) {
        if (nameColumn == null) {
            return -1;
        }
        for (int i = 0; i < table.rows().size(); i++) {
            Value v = table.rows().get(i).values().get(nameColumn.path());
            // a name written as a placeholder ({年}) is the same row as the words it stands for (2024 年)
            if (v != null && v.text() != null && comparable(name).equals(comparable(v.text()))) {
                return i;
            }
        }
        return -1;
    }
}
