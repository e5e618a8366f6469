package org.nj12320.bulletin.sheet;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads one sheet of a spreadsheet file, whatever an editor saved: an {@code .xlsx} workbook (by
 * {@link WorkbookReader}) or a CSV file (by {@link CsvReader}); what it cannot read (an old {@code .xls}, a
 * workbook with a password, anything else) is a {@link SheetException} saying how to save it instead. What the
 * file is, is told by its first bytes, not by its name.
 */
public final class Sheets {
    /** The most a spreadsheet file may hold: hundreds of times a bulletin's largest table. */
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    /** The most rows a sheet may have that hold something; a bulletin's largest table has fewer than fifty. */
    static final int MAX_ROWS = 20_000;

    /** The rightmost column a cell may hold something in. */
    static final int MAX_COLUMNS = 500;

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {
        (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
    };

    private Sheets() {}

    /** Whether a file's name says it is a spreadsheet rather than YAML. */
    public static boolean isSpreadsheetName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".xlsx")
                || n.endsWith(".xlsm")
                || n.endsWith(".xls")
                || n.endsWith(".csv")
                || n.endsWith(".txt");
    }

    /**
     * What a file is when its name says it is a spreadsheet of a kind the tool cannot read (WPS's own format,
     * OpenDocument, Numbers, Excel's binary workbook), in the editors' words, spaced from the Chinese before it
     * where it starts with a Latin letter; empty for any other name.
     */
    public static Optional<String> unreadableKind(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        String ext = n.contains(".") ? n.substring(n.lastIndexOf('.') + 1) : "";
        return Optional.ofNullable(
                switch (ext) {
                    case "et", "ett" -> " WPS 表格自己的格式（." + ext + "）";
                    case "ods", "fods" -> " OpenDocument 表格（." + ext + "，LibreOffice 等的格式）";
                    case "numbers" -> "苹果 Numbers 的格式（.numbers）";
                    case "xlsb" -> " Excel 二进制工作簿（.xlsb）";
                    default -> null;
                });
    }

    /** What to do with such a file: save it again as a workbook the tool reads, under the name given. */
    public static String saveAsWorkbook(String unreadable, String as) {
        return "在 Excel 或 WPS 中打开 " + unreadable + "，“另存为”“Excel 工作簿（*.xlsx）”，存为 " + as;
    }

    /**
     * The cells of a sheet.
     *
     * @param name  the file's name, for what the messages say
     * @param sheet the sheet of a workbook to read, by its name; null for the first one shown. A CSV file has
     *              one only.
     */
    public static Grid read(byte[] bytes, String name, String sheet) throws SheetException {
        if (startsWith(bytes, OLE2)) {
            throw oldOrLocked(bytes, name);
        }
        if (startsWith(bytes, ZIP)) {
            return WorkbookReader.read(bytes, sheet);
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm") || lower.endsWith(".xls")) {
            throw new SheetException(
                    "这不是 Excel 工作簿：文件的内容不是 .xlsx 格式",
                    "在 Excel 或 WPS 中打开原表，另存为“Excel 工作簿（*.xlsx）”；若它其实是 CSV 文本，文件名应以 .csv 结尾");
        }
        if (sheet != null) {
            throw new SheetException("CSV 文件没有工作表，不用写 sheet:", "删去 sheet:；要读工作簿中的某一张表，用 .xlsx 文件");
        }
        return CsvReader.read(bytes);
    }

    /** An OLE2 file: a workbook of Excel 97–2003, or an .xlsx workbook locked with a password, which OLE2 wraps. */
    private static SheetException oldOrLocked(byte[] bytes, String name) {
        // the encrypted package of a locked workbook is a stream of that name in the OLE2 directory (UTF-16LE)
        byte[] marker = "EncryptedPackage".getBytes(StandardCharsets.UTF_16LE);
        if (indexOf(bytes, marker) >= 0) {
            return new SheetException(
                    "工作簿设了打开密码，程序读不了它", "在 Excel 中打开它，“文件 → 信息 → 保护工作簿 → 用密码进行加密”，清空密码后保存；或另存一份不设密码的 .xlsx");
        }
        return new SheetException(
                "这是旧的 Excel 97–2003 工作簿（.xls），程序只读 .xlsx 和 CSV",
                "在 Excel 或 WPS 中打开它，另存为“Excel 工作簿（*.xlsx）”，并把 rows: 改成新文件的名字"
                        + (name.toLowerCase(Locale.ROOT).endsWith(".xls") ? "" : "（这个文件的名字与内容不符）"));
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (bytes[i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    static int indexOf(byte[] bytes, byte[] what) {
        outer:
        for (int i = 0; i + what.length <= bytes.length; i++) {
            for (int j = 0; j < what.length; j++) {
                if (bytes[i + j] != what[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
