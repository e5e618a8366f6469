package org.nj12320.bulletin.sheet;

import java.util.Set;

/**
 * The rows and columns of a sheet that the spreadsheet program hides, 1-based; none for a CSV file.
 */
public record Hidden(Set<Integer> rows, Set<Integer> columns) {
    public static final Hidden NONE = new Hidden(Set.of(), Set.of());

    public Hidden {
        rows = Set.copyOf(rows);
        columns = Set.copyOf(columns);
    }
}
