package org.nj12320.bulletin.sheet;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a sheet of an {@code .xlsx} workbook as its cells hold it: numbers as numbers (a percentage as its
 * percent), formulas by the results the workbook saved with them, text as text, and which rows and columns the
 * spreadsheet program hides. The workbook is unpacked by {@link ZipGuard} and its parts read by
 * {@link PartXml}: the package's relations lead to the workbook, the workbook's to its sheets, shared strings
 * and styles (ECMA-376, part 1, §18), so a workbook whose parts are not where Excel puts them is read too.
 *
 * <p>The project reads workbooks itself rather than through a library: a workbook reader built on the JDK's
 * XML parsers took 130–200 ms of a fresh process to read the March issue's one sheet, this one 15–30 ms. The
 * tests check it, cell for cell, against such a library on every workbook they make.
 */
final class WorkbookReader {
    /**
     * The digits a number of a spreadsheet carries: it is a binary double, whose sums show as 45.230000000000004;
     * rounded to fifteen digits they show as typed.
     */
    private static final MathContext DOUBLE = new MathContext(15);

    /** The error values of spreadsheets, which a formula's saved result may be. */
    static final Pattern ERROR_VALUE =
            Pattern.compile("#(DIV/0!|N/A|NAME\\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)");

    /**
     * The number formats a workbook does not write out because every spreadsheet program knows them by their
     * numbers (ECMA-376, part 1, §18.8.30); the dates among them are told by {@link #builtInDate}.
     */
    private static final Map<Integer, String> BUILT_IN_FORMATS = Map.ofEntries(
            Map.entry(1, "0"),
            Map.entry(2, "0.00"),
            Map.entry(3, "#,##0"),
            Map.entry(4, "#,##0.00"),
            Map.entry(9, "0%"),
            Map.entry(10, "0.00%"),
            Map.entry(11, "0.00E+00"),
            Map.entry(12, "# ?/?"),
            Map.entry(13, "# ??/??"),
            Map.entry(37, "#,##0 ;(#,##0)"),
            Map.entry(38, "#,##0 ;[Red](#,##0)"),
            Map.entry(39, "#,##0.00;(#,##0.00)"),
            Map.entry(40, "#,##0.00;[Red](#,##0.00)"),
            Map.entry(48, "##0.0E+0"),
            Map.entry(49, "@"));

    /** A cell's reference in a formula: column letters and row digits, either fixed by a $. */
    private static final Pattern REFERENCE =
            Pattern.compile("(?<![A-Za-z0-9_.$])(\\$?)([A-Z]{1,3})(\\$?)([0-9]+)(?![A-Za-z0-9_(])");

    private WorkbookReader() {}

    /** A sheet as the workbook part lists it: its name, whether it is shown, and the part of its cells. */
    private record SheetEntry(String name, boolean shown, String part) {}

    /**
     * What every sheet's cells refer to: the shared strings, the number format of each cell style, the format
     * codes by number, and whether day numbers count from 1904.
     */
    private record Book(
            List<SheetEntry> sheets,
            List<String> strings,
            List<Integer> formats,
            Map<Integer, String> codes,
            boolean date1904) {}

    /** A relation of one part to another: its type, and the part it leads to, named from the package's root. */
    private record Relation(String type, String target) {}

    /** A shared formula of a sheet met so far: its text and the cell it is written in. */
    private record Shared(String formula, int row, int column) {}

    static Grid read(byte[] bytes, String sheetName) throws SheetException {
        Map<String, byte[]> parts = ZipGuard.unpack(bytes, WorkbookReader::isXml);
        try {
            Book book = book(parts);
            SheetEntry sheet = pick(book.sheets(), sheetName);
            return cells(part(parts, sheet.part()), sheet.name(), book);
        } catch (RuntimeException e) {
            throw new SheetException("工作簿已损坏，读不出来", "在 Excel 或 WPS 中打开它，另存为一个新的 .xlsx 文件后再试", e);
        }
    }

    private static boolean isXml(String part) {
        String p = part.toLowerCase(Locale.ROOT);
        return p.endsWith(".xml") || p.endsWith(".rels");
    }

    // ---- the workbook's parts

    private static Book book(Map<String, byte[]> parts) {
        String workbook = relations(parts, "").values().stream()
                .filter(r -> r.type().endsWith("/officeDocument"))
                .map(Relation::target)
                .findFirst()
                .orElse("xl/workbook.xml");
        Map<String, Relation> relations = relations(parts, workbook);
        List<SheetEntry> sheets = new ArrayList<>();
        boolean date1904 = false;
        PartXml x = part(parts, workbook);
        for (PartXml.Event e = x.next(); e != PartXml.Event.EOF; e = x.next()) {
            if (x.isStart(e, "workbookPr")) {
                date1904 = isTrue(x.attribute("date1904"));
            } else if (x.isStart(e, "sheet")) {
                String name = x.attribute("name") == null ? "" : x.attribute("name");
                Relation r = relations.get(x.attribute("id"));
                if (r == null) {
                    throw new IllegalArgumentException("the sheet " + name + " leads to no part");
                }
                String state = x.attribute("state");
                sheets.add(new SheetEntry(name, state == null || state.equals("visible"), r.target()));
            }
        }
        List<String> strings = List.of();
        List<Integer> formats = new ArrayList<>();
        Map<Integer, String> codes = new HashMap<>(BUILT_IN_FORMATS);
        for (Relation r : relations.values()) {
            if (r.type().endsWith("/sharedStrings")) {
                strings = strings(part(parts, r.target()));
            } else if (r.type().endsWith("/styles")) {
                styles(part(parts, r.target()), formats, codes);
            }
        }
        return new Book(sheets, strings, formats, codes, date1904);
    }

    /** The relations of a part ({@code ""} for the package's own), by their ids. */
    private static Map<String, Relation> relations(Map<String, byte[]> parts, String source) {
        int slash = source.lastIndexOf('/');
        String folder = source.substring(0, slash + 1);
        byte[] bytes = parts.get(folder + "_rels/" + source.substring(slash + 1) + ".rels");
        Map<String, Relation> out = new HashMap<>();
        if (bytes == null) {
            return out;
        }
        PartXml x = PartXml.of(bytes);
        for (PartXml.Event e = x.next(); e != PartXml.Event.EOF; e = x.next()) {
            if (x.isStart(e, "Relationship")
                    && x.attribute("Target") != null
                    && !"External".equals(x.attribute("TargetMode"))) {
                String type = x.attribute("Type") == null ? "" : x.attribute("Type");
                out.put(x.attribute("Id"), new Relation(type, resolve(folder, x.attribute("Target"))));
            }
        }
        return out;
    }

    /** A target relative to a folder of the package, or to its root when it starts with /, as a part's name. */
    private static String resolve(String folder, String target) {
        List<String> path = new ArrayList<>();
        String whole = target.startsWith("/") ? target.substring(1) : folder + target;
        for (String step : whole.split("/")) {
            if (step.equals("..")) {
                if (!path.isEmpty()) {
                    path.remove(path.size() - 1);
                }
            } else if (!step.isEmpty() && !step.equals(".")) {
                path.add(step);
            }
        }
        return String.join("/", path);
    }

    private static PartXml part(Map<String, byte[]> parts, String name) {
        byte[] bytes = parts.get(name);
        if (bytes == null) {
            throw new IllegalArgumentException("the workbook has no part " + name);
        }
        return PartXml.of(bytes);
    }

    /** The shared strings, each as a sheet shows it: its runs of text, without their phonetic readings. */
    private static List<String> strings(PartXml x) {
        List<String> out = new ArrayList<>();
        for (PartXml.Event e = x.next(); e != PartXml.Event.EOF; e = x.next()) {
            if (x.isStart(e, "si")) {
                out.add(unescape(x.textToEnd("rPh")));
            }
        }
        return out;
    }

    /** The number format of each cell style, in their order, and the format codes the workbook defines. */
    private static void styles(PartXml x, List<Integer> formats, Map<Integer, String> codes) {
        boolean cellStyles = false;
        for (PartXml.Event e = x.next(); e != PartXml.Event.EOF; e = x.next()) {
            if (x.isStart(e, "numFmt")) {
                codes.put(Integer.parseInt(x.attribute("numFmtId").strip()), x.attribute("formatCode"));
            } else if (x.isStart(e, "cellXfs")) {
                cellStyles = true;
            } else if (x.isEnd(e, "cellXfs")) {
                cellStyles = false;
            } else if (cellStyles && x.isStart(e, "xf")) {
                String id = x.attribute("numFmtId");
                formats.add(id == null ? 0 : Integer.parseInt(id.strip()));
            }
        }
    }

    /**
     * A string with the escapes of characters XML cannot hold replaced: Excel writes a carriage return typed
     * into a cell as {@code _x000D_}.
     */
    static String unescape(String s) {
        if (!s.contains("_x")) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            if (s.startsWith("_x", i) && i + 7 <= s.length() && s.charAt(i + 6) == '_' && isHex(s, i + 2, i + 6)) {
                out.append((char) Integer.parseInt(s.substring(i + 2, i + 6), 16));
                i += 7;
            } else {
                out.append(s.charAt(i++));
            }
        }
        return out.toString();
    }

    private static boolean isHex(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (Character.digit(s.charAt(i), 16) < 0) {
                return false;
            }
        }
        return true;
    }

    private static SheetEntry pick(List<SheetEntry> sheets, String name) throws SheetException {
        if (name == null) {
            return sheets.stream()
                    .filter(SheetEntry::shown)
                    .findFirst()
                    .orElseThrow(() -> new SheetException("工作簿中没有可见的工作表", "在 Excel 中取消隐藏要读的那张表后保存"));
        }
        return sheets.stream()
                .filter(s -> s.name().strip().equals(name.strip()))
                .findFirst()
                .orElseThrow(() -> new SheetException(
                        "工作簿中没有名为“" + name + "”的工作表",
                        "sheet: 写工作表标签上的名字；这个工作簿有："
                                + String.join(
                                        "、",
                                        sheets.stream().map(SheetEntry::name).toList())));
    }

    // ---- a sheet's cells

    private static Grid cells(PartXml x, String name, Book book) throws SheetException {
        List<List<GridCell>> rows = new ArrayList<>();
        Set<Integer> hiddenRows = new TreeSet<>();
        Set<Integer> hiddenColumns = new TreeSet<>();
        Map<String, Shared> shared = new HashMap<>();
        for (PartXml.Event e = x.next(); e != PartXml.Event.EOF; e = x.next()) {
            if (x.isStart(e, "col") && isTrue(x.attribute("hidden"))) {
                int min = Integer.parseInt(x.attribute("min").strip());
                int max = Integer.parseInt(x.attribute("max").strip());
                for (int c = min; c <= Math.min(max, Sheets.MAX_COLUMNS); c++) {
                    hiddenColumns.add(c);
                }
            } else if (x.isStart(e, "row")) {
                // a row without its number follows the one before
                String at = x.attribute("r");
                int number = at == null ? rows.size() + 1 : Integer.parseInt(at.strip());
                if (isTrue(x.attribute("hidden"))) {
                    hiddenRows.add(number);
                }
                row(x, number, rows, book, shared);
            }
        }
        Hidden hidden =
                hiddenRows.isEmpty() && hiddenColumns.isEmpty() ? Hidden.NONE : new Hidden(hiddenRows, hiddenColumns);
        return new Grid(name, rows, hidden);
    }

    /** A row of the sheet put in its place; rows the sheet skips (they hold nothing) come in empty. */
    private static void row(PartXml x, int number, List<List<GridCell>> rows, Book book, Map<String, Shared> shared)
            throws SheetException {
        if (number > Sheets.MAX_ROWS) {
            throw new SheetException(
                    "工作表在第 " + Sheets.MAX_ROWS + " 行之后还有内容，不像一张表格", "只留本期这张表：删去下面多余的行，另存后再试", number, 1);
        }
        if (number <= rows.size()) {
            // spreadsheet programs write rows in order; one out of order would land in another's place
            throw new IllegalArgumentException("row " + number + " comes after row " + rows.size());
        }
        while (rows.size() < number - 1) {
            rows.add(List.of());
        }
        List<GridCell> cells = new ArrayList<>();
        int column = 0;
        for (PartXml.Event e = x.next(); !x.isEnd(e, "row"); e = x.next()) {
            if (e == PartXml.Event.EOF) {
                throw new IllegalArgumentException("the sheet ends inside row " + number);
            }
            if (!x.isStart(e, "c")) {
                continue;
            }
            String at = x.attribute("r");
            column = at == null ? column + 1 : column(at);
            GridCell cell = cell(x, number, column, book, shared);
            if (cell.isEmpty()) {
                continue;
            }
            if (column > Sheets.MAX_COLUMNS) {
                throw new SheetException(
                        "第 " + number + " 行在很远的右边（第 " + column + " 列）还有内容，不像一张表格", "删去表格右边多余的内容，另存后再试", number, column);
            }
            if (column <= cells.size()) {
                throw new IllegalArgumentException("cell " + at + " comes after column " + cells.size());
            }
            while (cells.size() < column - 1) {
                cells.add(GridCell.empty(number, cells.size() + 1));
            }
            cells.add(cell);
        }
        rows.add(cells);
    }

    /** The column of a cell's reference, B3 → 2. */
    private static int column(String reference) {
        int column = 0;
        int i = 0;
        while (i < reference.length() && Character.isLetter(reference.charAt(i))) {
            column = column * 26 + (Character.toUpperCase(reference.charAt(i)) - 'A' + 1);
            i++;
        }
        if (i == 0 || column > 16_384) {
            throw new IllegalArgumentException("the cell reference " + reference);
        }
        return column;
    }

    /** A cell, read from its start to its end. */
    private static GridCell cell(PartXml x, int row, int column, Book book, Map<String, Shared> shared) {
        String type = x.attribute("t") == null ? "n" : x.attribute("t");
        String style = x.attribute("s");
        String value = null;
        String inline = null;
        String formula = null;
        for (PartXml.Event e = x.next(); !x.isEnd(e, "c"); e = x.next()) {
            if (e == PartXml.Event.EOF) {
                throw new IllegalArgumentException("the sheet ends inside a cell");
            }
            if (x.isStart(e, "v")) {
                value = x.textToEnd(null);
            } else if (x.isStart(e, "is")) {
                inline = unescape(x.textToEnd("rPh"));
            } else if (x.isStart(e, "f")) {
                formula = formula(x, row, column, shared);
            }
        }
        boolean f = formula != null;
        boolean text = type.equals("str") || type.equals("inlineStr");
        if (type.equals("inlineStr")) {
            value = inline;
        }
        if (value == null || (value.isEmpty() && !text)) {
            return f
                    ? new GridCell(row, column, GridCell.Kind.NO_RESULT, "=" + formula, null, false, true)
                    : GridCell.empty(row, column);
        }
        return switch (type) {
            case "s" -> GridCell.text(row, column, book.strings().get(Integer.parseInt(value.strip())));
            // a formula's text result may name an error value; so may a cell of the formula-text type
            case "str" -> text(value, row, column, f, true);
            case "inlineStr" -> text(value, row, column, f, f);
            case "b" ->
                value.equals("0") || value.equals("1")
                        ? new GridCell(
                                row, column, GridCell.Kind.BOOLEAN, String.valueOf(value.equals("1")), null, false, f)
                        : new GridCell(row, column, GridCell.Kind.ERROR, value, null, false, f);
            case "e" -> new GridCell(row, column, GridCell.Kind.ERROR, value, null, false, f);
            case "d" -> isoDate(value, row, column, f);
            case "n" -> number(value, style, book, row, column, f);
            default -> throw new IllegalArgumentException("a cell of the unknown type " + type);
        };
    }

    /** A cell of the number type: a number, a percentage or a date, as its style's number format shows it. */
    private static GridCell number(String value, String style, Book book, int row, int column, boolean formula) {
        BigDecimal n;
        try {
            n = new BigDecimal(value.strip());
        } catch (NumberFormatException notANumber) {
            return new GridCell(row, column, GridCell.Kind.ERROR, value, null, false, formula);
        }
        Integer id = null;
        if (style != null) {
            int s = Integer.parseInt(style.strip());
            id = s < book.formats().size() ? book.formats().get(s) : null;
        }
        String code = id == null ? null : book.codes().get(id);
        if (isDate(id, code)) {
            return new GridCell(row, column, GridCell.Kind.DATE, date(n, book.date1904()), null, false, formula);
        }
        return number(n, code, row, column, formula);
    }

    /** A formula's text; a shared formula's moved from the cell it is written in to this one. */
    private static String formula(PartXml x, int row, int column, Map<String, Shared> shared) {
        String t = x.attribute("t");
        String index = x.attribute("si");
        String text = x.textToEnd(null);
        if ("shared".equals(t) && index != null) {
            if (!text.isEmpty()) {
                shared.put(index, new Shared(text, row, column));
            } else {
                Shared base = shared.get(index);
                text = base == null ? "" : moved(base.formula(), row - base.row(), column - base.column());
            }
        }
        return text.isEmpty() && !"array".equals(t) && !"shared".equals(t) ? null : text;
    }

    /** A formula with its relative references moved by rows and columns, outside its quoted text. */
    static String moved(String formula, int rows, int columns) {
        StringBuilder out = new StringBuilder();
        String[] pieces = formula.split("\"", -1);
        for (int p = 0; p < pieces.length; p++) {
            if (p > 0) {
                out.append('"');
            }
            if (p % 2 == 1) {
                out.append(pieces[p]);
                continue;
            }
            Matcher m = REFERENCE.matcher(pieces[p]);
            StringBuilder piece = new StringBuilder();
            while (m.find()) {
                int c = column(m.group(2)) + (m.group(1).isEmpty() ? columns : 0);
                int r = Integer.parseInt(m.group(4)) + (m.group(3).isEmpty() ? rows : 0);
                m.appendReplacement(piece, Matcher.quoteReplacement(m.group(1) + letters(c) + m.group(3) + r));
            }
            m.appendTail(piece);
            out.append(piece);
        }
        return out.toString();
    }

    /** A column's letters, 2 → B, 27 → AA. */
    private static String letters(int column) {
        StringBuilder s = new StringBuilder();
        for (int c = column; c > 0; c = (c - 1) / 26) {
            s.insert(0, (char) ('A' + (c - 1) % 26));
        }
        return s.toString();
    }

    private static GridCell text(String value, int row, int column, boolean formula, boolean mayBeError) {
        GridCell.Kind kind =
                mayBeError && ERROR_VALUE.matcher(value).matches() ? GridCell.Kind.ERROR : GridCell.Kind.TEXT;
        return new GridCell(row, column, kind, value, null, false, formula);
    }

    /** A cell of the date type, which holds its date as ISO 8601 text. */
    private static GridCell isoDate(String value, int row, int column, boolean formula) {
        String v = value.strip();
        try {
            LocalDate d = LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v);
            String shown = d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
            return new GridCell(row, column, GridCell.Kind.DATE, shown, null, false, formula);
        } catch (DateTimeParseException e) {
            return new GridCell(row, column, GridCell.Kind.ERROR, value, null, false, formula);
        }
    }

    /**
     * A day number as a date shows it, 2023/3/15; the number itself when it is none a calendar has. Day 1 is
     * 1900-01-01 and day 60 the 29th of February 1900, which never was (spreadsheets keep the count of Lotus
     * 1-2-3); a workbook of the 1904 system counts from 1904-01-01, day 0.
     */
    static String date(BigDecimal serial, boolean date1904) {
        if (serial.signum() < 0 || serial.compareTo(BigDecimal.valueOf(2_958_465)) > 0) {
            return serial.toPlainString();
        }
        long day = serial.longValue();
        LocalDate d;
        if (date1904) {
            d = LocalDate.of(1904, 1, 1).plusDays(day);
        } else if (day == 0 || day == 60) {
            return serial.toPlainString();
        } else {
            d = LocalDate.of(1899, 12, 31).plusDays(day < 60 ? day : day - 1);
        }
        return d.getYear() + "/" + d.getMonthValue() + "/" + d.getDayOfMonth();
    }

    private static boolean isTrue(String attribute) {
        return attribute != null && (attribute.equals("1") || attribute.equals("true"));
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
                if (ELAPSED.matcher(inside).matches()) {
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
        return DATE_CODE.matcher(c).find() && DATE_ONLY.matcher(c).matches();
    }

    // compiled once: a sheet asks these of each cell's format
    private static final Pattern ELAPSED = Pattern.compile("h+|m+|s+");
    private static final Pattern DATE_CODE = Pattern.compile("[ydhsm]");
    private static final Pattern DATE_ONLY = Pattern.compile("[ymdhseb年月日时分秒 ,./:\\-]+(\\.0+)?");

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
