package org.nj12320.bulletin.sheet;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file as Excel and WPS save it: in UTF-8 (“CSV UTF-8”, with or without its byte-order mark) or, as
 * Excel on Chinese Windows saves plain “CSV”, in GBK (read as GB18030, of which it is a part); values separated
 * by commas, or by tabs or semicolons when the first line says so. Every cell is text: what a value means is its
 * column's business. A row is a record, numbered as a spreadsheet numbers it, empty lines included.
 */
final class CsvReader {
    private static final Charset GB18030 = Charset.forName("GB18030");

    private CsvReader() {}

    static Grid read(byte[] bytes) throws SheetException {
        String text = decode(bytes);
        char delimiter = delimiter(text);
        List<List<GridCell>> rows = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.builder()
                .setReader(new StringReader(text))
                .setFormat(format)
                .get()) {
            for (CSVRecord record : parser) {
                int row = rows.size() + 1;
                if (row > Sheets.MAX_ROWS) {
                    throw new SheetException(
                            "文件在第 " + Sheets.MAX_ROWS + " 行之后还有内容，不像一张表格", "只留本期这张表：删去下面多余的行后再试", row, 1);
                }
                List<GridCell> cells = new ArrayList<>();
                for (int i = 0; i < record.size(); i++) {
                    String v = record.get(i);
                    if (v.isBlank()) {
                        cells.add(GridCell.empty(row, i + 1));
                    } else {
                        if (i + 1 > Sheets.MAX_COLUMNS) {
                            throw new SheetException(
                                    "第 " + row + " 行在很远的右边（第 " + (i + 1) + " 列）还有内容，不像一张表格", "删去多余的内容后再试", row, i + 1);
                        }
                        cells.add(GridCell.text(row, i + 1, unmarked(v)));
                    }
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            throw unreadable(e);
        }
        return new Grid("", rows);
    }

    /** A text as it was before the CSV writer marked it as no formula ({@code '=HYPERLINK…}). */
    static String unmarked(String v) {
        return v.length() > 1 && v.charAt(0) == '\'' && SheetWriter.FORMULA_START.indexOf(v.charAt(1)) >= 0
                ? v.substring(1)
                : v;
    }

    /** The parser's complaint, said for the editor: it is always about a double quote. */
    private static SheetException unreadable(Exception e) {
        String why = String.valueOf(e.getMessage());
        java.util.regex.Matcher line =
                java.util.regex.Pattern.compile("line:? (\\d+)").matcher(why);
        int row = line.find() ? Integer.parseInt(line.group(1)) : 0;
        String what = why.contains("EOF") ? "有一个英文双引号 \" 没有配对，后面的内容一直到文件末尾都算在一格里" : "一格的英文双引号 \" 之后、逗号之前还有别的字符";
        return new SheetException(
                "CSV 文件" + (row > 0 ? "第 " + row + " 行" : "") + "读不下去：" + what,
                "在 Excel 中打开、改正这一格后另存为 CSV；或把格中的 \" 写作 \"\"",
                row,
                row > 0 ? 1 : 0);
    }

    /** The text of the file, in the encoding it was saved in; an encoding it cannot have is an error. */
    static String decode(byte[] bytes) throws SheetException {
        if (Sheets.startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})
                || Sheets.startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
            throw new SheetException(
                    "文件存成了“Unicode 文本”（UTF-16），程序读的是 CSV", "在 Excel 中“另存为”，保存类型选“CSV UTF-8（逗号分隔）(*.csv)”");
        }
        for (byte b : bytes) {
            if (b == 0) {
                throw new SheetException("这不是 CSV 文本文件（其中有二进制内容）", "在 Excel 或 WPS 中打开原表，另存为“CSV UTF-8（逗号分隔）(*.csv)”");
            }
        }
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        if (Sheets.startsWith(bytes, bom)) {
            return strict(bytes, 3, StandardCharsets.UTF_8);
        }
        String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
        if (utf8 != null) {
            return utf8;
        }
        String gbk = strict(bytes, 0, GB18030);
        if (gbk != null) {
            return gbk;
        }
        throw new SheetException(
                "CSV 文件的编码既不是 UTF-8，也不是 GBK，其中的汉字读不出来", "在 Excel 中打开它，“另存为”，保存类型选“CSV UTF-8（逗号分隔）(*.csv)”");
    }

    /** The bytes decoded, or null when they are not text in that encoding. */
    private static String strict(byte[] bytes, int from, Charset charset) throws SheetException {
        try {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                    .toString();
        } catch (CharacterCodingException e) {
            if (from > 0) {
                throw new SheetException("文件开头标明是 UTF-8，其中却有不是 UTF-8 的内容", "在 Excel 中打开它，另存为“CSV UTF-8（逗号分隔）(*.csv)”");
            }
            return null;
        }
    }

    /** The separator the first lines use most: a comma, unless tabs or semicolons. */
    private static char delimiter(String text) {
        String first = String.join("\n", text.lines().limit(20).toList());
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
