package org.nj12320.bulletin.model;

import java.util.List;

/** A column of a table, or a group of columns under a shared header cell. */
public sealed interface Column permits Column.Leaf, Column.Group {

    String name();

    /** The header text; defaults to the name. */
    String label();

    SourceRef ref();

    /**
     * A column that holds values.
     *
     * @param path     the name, prefixed by its groups' names ({@code 门急诊信息.人次}); rows use it as their field
     * @param decimals digits after the point for DECIMAL and RATE
     * @param whole    for FRACTION, the whole the count is out of (the 11 of {@code 5/11})
     * @param sumOf    for SUM, the paths of the columns added up
     * @param atMost   a path of a column this one may not exceed in any row (a 2024 figure and its cumulative), or null
     * @param sharedRanks for RANK, whether equal values share a rank (1, 2, 2, 4) instead of being numbered on
     */
    record Leaf(String name, String path, String label, ColumnType type, int decimals, Integer whole,
                List<String> sumOf, String atMost, boolean sharedRanks, SourceRef ref) implements Column {
        public Leaf {
            sumOf = List.copyOf(sumOf);
        }
    }

    record Group(String name, String label, List<Column> children, SourceRef ref) implements Column {
        public Group {
            children = List.copyOf(children);
        }
    }
}
