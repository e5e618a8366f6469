package org.nj12320.bulletin.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;

import org.dhatim.fastexcel.reader.Cell;

/**
 * A cell as a library's workbook reader gives it, made into a {@link GridCell} by the rules the project's
 * reader states (a number rounded to fifteen digits, a percentage as its percent, a date as 2023/3/15): the
 * oracle {@link WorkbookReaderTest} holds the project's reader to.
 */
final class LibraryCells {
    private LibraryCells() {}

    static GridCell of(Cell c, int row, int column) {
        boolean formula = c.getFormula() != null && !c.getFormula().isEmpty();
        Object value = c.getValue();
        return switch (c.getType()) {
            case EMPTY -> GridCell.empty(row, column);
            case STRING -> GridCell.text(row, column, value == null ? "" : value.toString());
            case BOOLEAN ->
                new GridCell(row, column, GridCell.Kind.BOOLEAN, String.valueOf(value), null, false, formula);
            case ERROR -> new GridCell(row, column, GridCell.Kind.ERROR, c.getRawValue(), null, false, formula);
            case NUMBER, FORMULA -> {
                if (value instanceof BigDecimal n
                        && WorkbookReader.isDate(c.getDataFormatId(), c.getDataFormatString())) {
                    LocalDateTime d = c.asDate();
                    String shown = d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
                    yield new GridCell(row, column, GridCell.Kind.DATE, shown, null, false, formula);
                }
                if (value instanceof BigDecimal n) {
                    BigDecimal v = n.round(new MathContext(15));
                    String format = c.getDataFormatString();
                    boolean percent = format != null && WorkbookReader.isPercent(format);
                    if (percent) {
                        v = v.movePointRight(2);
                    }
                    v = v.stripTrailingZeros();
                    if (v.scale() < 0) {
                        v = v.setScale(0);
                    }
                    yield new GridCell(row, column, GridCell.Kind.NUMBER, v.toPlainString(), v, percent, formula);
                }
                if (value instanceof Boolean b) {
                    yield new GridCell(row, column, GridCell.Kind.BOOLEAN, b.toString(), null, false, formula);
                }
                if (value instanceof String s) {
                    GridCell.Kind kind =
                            WorkbookReader.ERROR_VALUE.matcher(s).matches() ? GridCell.Kind.ERROR : GridCell.Kind.TEXT;
                    yield new GridCell(row, column, kind, s, null, false, formula);
                }
                yield new GridCell(row, column, GridCell.Kind.NO_RESULT, "=" + c.getFormula(), null, false, true);
            }
        };
    }
}
