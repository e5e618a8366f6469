package org.nj12320.bulletin.model;

import java.util.List;
import java.util.Map;

/**
 * A table as an editor writes it: its columns, raw figures by row, and what is to be computed.
 *
 * @param id        a name for anchors and style hooks, from the file name
 * @param orderBy   the path of the column the rows are sorted by (largest first), or null to keep the file's order
 * @param ascending sort smallest first instead
 * @param total     the total row, or null when the table has none
 * @param notes     lines printed under the table; {@code {name}} places a figure there
 * @param places    where the title ({@code title}), subtitle ({@code subtitle}) and each note
 *                  ({@code notes[0]} ...) were written
 * @param checks    what the file says beside the rows: named figures, bounds, tolerances, links to other figures
 */
public record TableData(
        String id,
        String title,
        String subtitle,
        List<Column> columns,
        String orderBy,
        boolean ascending,
        TotalSpec total,
        List<String> notes,
        List<Row> rows,
        SourceRef ref,
        Map<String, SourceRef> places,
        Checks checks) {

    public TableData {
        columns = List.copyOf(columns);
        notes = List.copyOf(notes);
        rows = List.copyOf(rows);
        places = Map.copyOf(places);
    }

    /**
     * What a table file says beside its rows, by which its figures are completed and checked; a new kind of it
     * is a field here and in the reader, not a change to every place that makes a table.
     *
     * @param figures    named figures used by the notes
     * @param rowBounds  rows whose figures may not exceed those of another row (2024 against 累计)
     * @param tolerances how much the figures of a column may change from the previous period, by column path;
     *                   under {@code ""} for the table's other columns
     * @param links      what the table's figures are of other figures
     */
    public record Checks(
            Map<String, Value> figures, List<RowBound> rowBounds, Map<String, Tolerance> tolerances, Links links) {
        public static final Checks NONE = new Checks(Map.of(), List.of(), Map.of(), Links.NONE);

        public Checks {
            figures = Map.copyOf(figures);
            rowBounds = List.copyOf(rowBounds);
            tolerances = Map.copyOf(tolerances);
        }
    }

    public record RowBound(String row, String atMost, SourceRef ref) {}

    /**
     * Figures of the table that are made of others rather than typed.
     *
     * @param cumulative the named figures that add up figures over the periods (总预约挂号量), each with the
     *                   references of what it adds ({@code 小计}: the total of a column)
     * @param same       cells that are the same figure as one elsewhere
     */
    public record Links(Map<String, List<Reference>> cumulative, List<Same> same) {
        public static final Links NONE = new Links(Map.of(), List.of());

        public Links {
            cumulative = Map.copyOf(cumulative);
            same = List.copyOf(same);
        }
    }

    /**
     * A cell that is the same figure as one elsewhere ({@code as}): the 12320 快速预约 of the online table is the
     * total of the appointment table's 电话预约. It need not be typed; a typed value is checked against it.
     *
     * @param row    the name of the row
     * @param column the path of the column
     */
    public record Same(String row, String column, Reference as, SourceRef ref) {}

    /** A table without the places of its texts, for tables made in code. */
    public TableData withRows(List<Row> other) {
        return new TableData(
                id, title, subtitle, columns, orderBy, ascending, total, notes, other, ref, places, checks);
    }

    /** The named figures used by the notes. */
    public Map<String, Value> figures() {
        return checks.figures();
    }

    /** What the table's figures are of other figures. */
    public Links links() {
        return checks.links();
    }

    public SourceRef place(String text) {
        return places.getOrDefault(text, ref.child(text));
    }

    /** How much a column's figures may change from the previous period. */
    public Tolerance tolerance(String path) {
        return checks.tolerances().getOrDefault(path, checks.tolerances().getOrDefault("", Tolerance.DEFAULT));
    }

    /** The columns that hold values, left to right. */
    public List<Column.Leaf> leaves() {
        return Column.leavesOf(columns);
    }

    /**
     * One row: its values by column path. Values of computed columns, when present, are the source's own
     * figures, kept to be checked.
     */
    public record Row(int index, Map<String, Value> values, SourceRef ref) {}

    /**
     * The total row: its label, the totals the source gives of its own (checked against the computed ones), and
     * whether the bulletin prints it. A table without {@code total:} whose spreadsheet has a 合计 row has one
     * that is not printed: the source's totals are checked all the same.
     */
    public record TotalSpec(String label, Map<String, Value> given, SourceRef ref, boolean printed) {
        public TotalSpec(String label, Map<String, Value> given, SourceRef ref) {
            this(label, given, ref, true);
        }
    }
}
