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
                        cells.add(GridCell.text(row, i + 1, v));
                    }
                }
                while (!cells.isEmpty() && cells.get(cells.size() - 1).isEmpty()) {
                    cells.remove(cells.size() - 1);
                }
                rows.add(cells);
            }
        } catch (IOException | RuntimeException e) {
            // an unclosed quote runs to the end of the file
            throw new SheetException(
                    "CSV 文件读不下去：" + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()),
                    "多半是某一格里有一个没有配对的英文双引号 \"；在 Excel 中打开、检查后另存为 CSV");
        }
        return new Grid("", rows);
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

    /** The separator the first line that holds anything uses most: a comma, unless tabs or semicolons. */
    private static char delimiter(String text) {
        String first = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
        long semicolons = first.chars().filter(c -> c == ';').count();
        if (tabs > commas && tabs >= semicolons) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
