package org.nj12320.bulletin.load;

import java.util.regex.Pattern;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.sheet.GridCell;

/**
 * A spreadsheet's cell as the YAML scalar it stands for in its column, so that a sheet's rows are read and
 * checked by the same readers as rows typed into a table file.
 */
final class SheetCells {
    /** A number written with thousands separators, as a spreadsheet exports it: 12,380 or 1,234.5. */
    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?%?");

    /** A fraction as the bulletin prints it: 5/11. */
    private static final Pattern FRACTION = Pattern.compile("(\\d+)\\s*/\\s*(\\d+)");

    private SheetCells() {}

    /** A cell as the YAML scalar it stands for in its column. */
    static YNode scalar(GridCell cell, Column.Leaf leaf, SourceRef ref) {
        return switch (cell.kind()) {
            case EMPTY -> new YNode.YScalar("", YNode.YScalar.Kind.EMPTY, ref);
            case NUMBER -> new YNode.YScalar(cell.text(), YNode.YScalar.Kind.NUMBER, ref);
            case BOOLEAN -> new YNode.YScalar(cell.text(), YNode.YScalar.Kind.BOOLEAN, ref);
            // the readers of values say what an error value, a formula without its result or a date is
            case ERROR, NO_RESULT, DATE -> new YNode.YScalar(cell.text(), YNode.YScalar.Kind.STRING, ref);
            case TEXT -> text(cell.text().strip(), leaf, ref);
        };
    }

    private static YNode text(String t, Column.Leaf leaf, SourceRef ref) {
        if (t.isEmpty()) {
            return new YNode.YScalar("", YNode.YScalar.Kind.EMPTY, ref);
        }
        if (t.equals("/") || t.equals("／")) {
            // a value that does not exist, as the bulletin prints it
            return new YNode.YScalar(t, YNode.YScalar.Kind.NULL, ref);
        }
        if (leaf.whole() > 0) {
            var m = FRACTION.matcher(t);
            if (m.matches() && Long.parseLong(m.group(2)) == leaf.whole()) {
                return new YNode.YScalar(m.group(1), YNode.YScalar.Kind.STRING, ref);
            }
        }
        if (leaf.type().numeric() && GROUPED.matcher(t).matches()) {
            return new YNode.YScalar(t.replace(",", ""), YNode.YScalar.Kind.STRING, ref);
        }
        return new YNode.YScalar(t, YNode.YScalar.Kind.STRING, ref);
    }
}
