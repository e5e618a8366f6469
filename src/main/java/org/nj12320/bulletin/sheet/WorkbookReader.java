package org.nj12320.bulletin.sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamException;

import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.dhatim.fastexcel.reader.SheetVisibility;

/**
 * Reads a sheet of an {@code .xlsx} workbook as its cells hold it: numbers as numbers (a percentage as its
 * percent), formulas by the results the workbook saved with them, text as text. The workbook is checked by
 * {@link ZipGuard} first and read as a stream, row by row.
 */
final class WorkbookReader {
    /**
     * The digits a number of a spreadsheet carries: it is a binary double, whose sums show as 45.230000000000004;
     * rounded to fifteen digits they show as typed.
     */
    private static final MathContext DOUBLE = new MathContext(15);

    /** The error values of spreadsheets, which a formula's saved result may be. */
    private static final Pattern ERROR_VALUE =
            Pattern.compile("#(DIV/0!|N/A|NAME\\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)");

    private WorkbookReader() {}

    static Grid read(byte[] bytes, String sheetName) throws SheetException {
        Map<String, byte[]> parts = ZipGuard.check(bytes, HiddenCells::wanted);
        try (ReadableWorkbook book =
                new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, true))) {
            Sheet sheet = pick(book, sheetName);
            List<List<GridCell>> rows = new ArrayList<>();
            try (Stream<Row> stream = sheet.openStream()) {
                for (Row row : (Iterable<Row>) stream::iterator) {
                    add(row, rows);
                }
            }
            return new Grid(sheet.getName(), rows, HiddenCells.of(parts, sheet.getId()));
        } catch (IOException | RuntimeException | XMLStreamException e) {
            throw new SheetException("工作簿已损坏，读不出来", "在 Excel 或 WPS 中打开它，另存为一个新的 .xlsx 文件后再试", e);
        }
    }

    private static Sheet pick(ReadableWorkbook book, String name) throws SheetException {
        List<Sheet> sheets = book.getSheets().toList();
        if (name == null) {
            Optional<Sheet> shown = sheets.stream()
                    .filter(s -> s.getVisibility() == SheetVisibility.VISIBLE)
                    .findFirst();
            if (shown.isEmpty()) {
                throw new SheetException("工作簿中没有可见的工作表", "在 Excel 中取消隐藏要读的那张表后保存");
            }
            return shown.get();
        }
        return sheets.stream()
                .filter(s -> s.getName().strip().equals(name.strip()))
                .findFirst()
                .orElseThrow(() -> new SheetException(
                        "工作簿中没有名为“" + name + "”的工作表",
                        "sheet: 写工作表标签上的名字；这个工作簿有："
                                + String.join(
                                        "、", sheets.stream().map(Sheet::getName).toList())));
    }

    /** A row of the sheet put in its place; rows the sheet skips (they hold nothing) come in empty. */
    private static void add(Row row, List<List<GridCell>> rows) throws SheetException {
        int number = row.getRowNum();
        if (number > Sheets.MAX_ROWS) {
            throw new SheetException(
                    "工作表在第 " + Sheets.MAX_ROWS + " 行之后还有内容，不像一张表格", "只留本期这张表：删去下面多余的行，另存后再试", number, 1);
        }
        while (rows.size() < number - 1) {
            rows.add(List.of());
        }
        List<GridCell> cells = new ArrayList<>();
        for (int i = 0; i < row.getCellCount(); i++) {
            Cell c = row.getCell(i);
            if (c == null) {
                continue;
            }
            int column = c.getAddress().getColumn() + 1;
            GridCell cell = cell(c, number, column);
            if (cell.isEmpty()) {
                continue;
            }
            if (column > Sheets.MAX_COLUMNS) {
                throw new SheetException(
                        "第 " + number + " 行在很远的右边（第 " + column + " 列）还有内容，不像一张表格", "删去表格右边多余的内容，另存后再试", number, column);
            }
            while (cells.size() < column - 1) {
                cells.add(GridCell.empty(number, cells.size() + 1));
            }
            cells.add(cell);
        }
        rows.add(cells);
    }

    private static GridCell cell(Cell c, int row, int column) {
        boolean formula = c.getFormula() != null && !c.getFormula().isEmpty();
        Object value = c.getValue();
        return switch (c.getType()) {
            case EMPTY -> GridCell.empty(row, column);
            case STRING -> GridCell.text(row, column, value == null ? "" : value.toString());
            case BOOLEAN ->
                new GridCell(row, column, GridCell.Kind.BOOLEAN, String.valueOf(value), null, false, formula);
            case ERROR -> new GridCell(row, column, GridCell.Kind.ERROR, c.getRawValue(), null, false, formula);
            case NUMBER, FORMULA -> {
                if (value instanceof BigDecimal n && isDate(c.getDataFormatId(), c.getDataFormatString())) {
                    yield new GridCell(row, column, GridCell.Kind.DATE, date(c, n), null, false, formula);
                }
                if (value instanceof BigDecimal n) {
                    yield number(n, c.getDataFormatString(), row, column, formula);
                }
                if (value instanceof Boolean b) {
                    yield new GridCell(row, column, GridCell.Kind.BOOLEAN, b.toString(), null, false, formula);
                }
                if (value instanceof String s) {
                    GridCell.Kind kind = ERROR_VALUE.matcher(s).matches() ? GridCell.Kind.ERROR : GridCell.Kind.TEXT;
                    yield new GridCell(row, column, kind, s, null, false, formula);
                }
                yield new GridCell(row, column, GridCell.Kind.NO_RESULT, "=" + c.getFormula(), null, false, true);
            }
        };
    }

    private static GridCell number(BigDecimal n, String format, int row, int column, boolean formula) {
        BigDecimal v = n.round(DOUBLE);
        boolean percent = format != null && isPercent(format);
        if (percent) {
            v = v.movePointRight(2);
        }
        v = v.stripTrailingZeros();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        return new GridCell(row, column, GridCell.Kind.NUMBER, v.toPlainString(), v, percent, formula);
    }

    /** A date as the cell shows it, 2023/3/15; its day number when it is none a calendar has. */
    private static String date(Cell c, BigDecimal serial) {
        try {
            LocalDateTime d = c.asDate();
            return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
        } catch (RuntimeException e) {
            return serial.toPlainString();
        }
    }

    /** The built-in formats of dates and times: 14–22, 27–36 and 50–58 (Chinese and Japanese dates), 45–47. */
    private static boolean builtInDate(int id) {
        return (id >= 14 && id <= 22) || (id >= 27 && id <= 36) || (id >= 45 && id <= 47) || (id >= 50 && id <= 58);
    }

    /**
     * Whether a number format shows a date or a time: a built-in one, or one whose codes, outside quoted text,
     * escapes and brackets, are those of years, months, days, hours, minutes and seconds ({@code yyyy/m/d},
     * {@code yyyy"年"m"月"d"日"}, {@code [$-804]m月d日}), not those of numbers.
     */
    static boolean isDate(Integer id, String format) {
        if (id != null && builtInDate(id)) {
            return true;
        }
        if (format == null || format.isEmpty()) {
            return false;
        }
        // the first section is the one for positive numbers
        StringBuilder codes = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (quoted) {
                continue;
            } else if (ch == '\\' || ch == '_' || ch == '*') {
                i++;
            } else if (ch == '[') {
                int end = format.indexOf(']', i);
                String inside = end < 0 ? "" : format.substring(i + 1, end).toLowerCase(Locale.ROOT);
                if (inside.matches("h+|m+|s+")) {
                    codes.append(inside); // elapsed time: [h]:mm
                }
                i = end < 0 ? format.length() : end;
            } else if (ch == ';') {
                break;
            } else {
                codes.append(ch);
            }
        }
        String c =
                codes.toString().toLowerCase(Locale.ROOT).replace("am/pm", "").replace("a/p", "");
        return c.matches(".*[ydhs].*|.*m.*") && c.matches("[ymdhseb年月日时分秒 ,./:\\-]+(\\.0+)?");
    }

    /** Whether a number format shows a percentage: a {@code %} outside quoted text. */
    static boolean isPercent(String format) {
        boolean quoted = false;
        for (int i = 0; i < format.length(); i++) {
            char ch = format.charAt(i);
            if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '\\') {
                i++;
            } else if (ch == '%' && !quoted) {
                return true;
            }
        }
        return false;
    }
}
