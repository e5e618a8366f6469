package org.nj12320.bulletin.sheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Spreadsheet files as editors save them, read cell by cell; what cannot be read, said so. */
class SheetsTest {

    // ---- workbooks

    @Test
    void numbersFormulasPercentagesAndTextAsTheCellsHoldThem() throws Exception {
        byte[] xlsx = workbook(book -> {
            Sheet s = book.createSheet("预约");
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            Row r = s.createRow(0);
            r.createCell(0).setCellValue("南京市儿童医院");
            r.createCell(1).setCellValue(3307);
            r.createCell(2).setCellValue("737");
            r.createCell(3).setCellFormula("B1+C1*0+1");
            r.createCell(4).setCellValue(0.983);
            r.getCell(4).setCellStyle(percent);
            r.createCell(5).setCellValue(0.1 + 0.2);
            r.createCell(7).setCellFormula("1/0");
            book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            r.createCell(8).setCellFormula("B1*2"); // left without its result
        });
        Grid g = Sheets.read(xlsx, "t.xlsx", null);
        assertThat(g.sheet()).isEqualTo("预约");
        assertThat(g.cell(1, 1).text()).isEqualTo("南京市儿童医院");
        assertThat(g.cell(1, 2).number()).isEqualByComparingTo("3307");
        assertThat(g.cell(1, 3).kind()).isEqualTo(GridCell.Kind.TEXT);
        assertThat(g.cell(1, 3).text()).isEqualTo("737");
        assertThat(g.cell(1, 4).formula()).isTrue();
        assertThat(g.cell(1, 4).number()).isEqualByComparingTo("3308");
        assertThat(g.cell(1, 5).percent()).isTrue();
        assertThat(g.cell(1, 5).text()).isEqualTo("98.3");
        // a binary double's sum shows as typed
        assertThat(g.cell(1, 6).text()).isEqualTo("0.3");
        assertThat(g.cell(1, 7).kind()).isEqualTo(GridCell.Kind.EMPTY);
        assertThat(g.cell(1, 8).kind()).isEqualTo(GridCell.Kind.ERROR);
        assertThat(g.cell(1, 8).text()).isEqualTo("#DIV/0!");
        assertThat(g.cell(1, 9).kind()).isEqualTo(GridCell.Kind.NO_RESULT);
        assertThat(g.cell(1, 9).text()).isEqualTo("=B1*2");
    }

    @Test
    void theSheetIsTheFirstShownOrTheOneNamed() throws Exception {
        byte[] xlsx = workbook(book -> {
            book.createSheet("说明").createRow(0).createCell(0).setCellValue("hidden");
            book.createSheet("本月").createRow(0).createCell(0).setCellValue("first shown");
            book.createSheet("上月").createRow(2).createCell(1).setCellValue("named");
            book.setSheetHidden(0, true);
            book.setActiveSheet(1);
        });
        assertThat(Sheets.read(xlsx, "t.xlsx", null).cell(1, 1).text()).isEqualTo("first shown");
        Grid named = Sheets.read(xlsx, "t.xlsx", "上月");
        assertThat(named.cell(3, 2).text()).isEqualTo("named");
        assertThat(named.rows()).hasSize(3);
        assertThatThrownBy(() -> Sheets.read(xlsx, "t.xlsx", "四月"))
                .isInstanceOf(SheetException.class)
                .hasMessage("工作簿中没有名为“四月”的工作表")
                .extracting(e -> ((SheetException) e).hint())
                .asString()
                .contains("说明、本月、上月");
    }

    @Test
    void anOldXlsWorkbookIsRefusedWithHowToSaveIt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (HSSFWorkbook book = new HSSFWorkbook()) {
            book.createSheet("s").createRow(0).createCell(0).setCellValue(1);
            book.write(out);
        }
        assertThatThrownBy(() -> Sheets.read(out.toByteArray(), "appointments.xls", null))
                .isInstanceOf(SheetException.class)
                .hasMessageContaining("旧的 Excel 97–2003 工作簿（.xls）")
                .extracting(e -> ((SheetException) e).hint())
                .asString()
                .contains("另存为“Excel 工作簿（*.xlsx）”");
    }

    @Test
    void aWorkbookWithAPasswordIsRefused() throws Exception {
        byte[] plain = workbook(
                book -> book.createSheet("s").createRow(0).createCell(0).setCellValue(1));
        EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
        Encryptor enc = info.getEncryptor();
        enc.confirmPassword("secret");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            try (OutputStream os = enc.getDataStream(fs)) {
                os.write(plain);
            }
            fs.writeFilesystem(out);
        }
        assertThatThrownBy(() -> Sheets.read(out.toByteArray(), "appointments.xlsx", null))
                .isInstanceOf(SheetException.class)
                .hasMessage("工作簿设了打开密码，程序读不了它");
    }

    @Test
    void aZipBombIsRefusedBeforeItIsRead() throws Exception {
        // 80 MB of one character packs into some 80 KB
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("xl/sharedStrings.xml"));
            byte[] block = new byte[1 << 20];
            java.util.Arrays.fill(block, (byte) ' ');
            for (int i = 0; i < 80; i++) {
                zip.write(block);
            }
            zip.closeEntry();
        }
        assertThat(out.size()).isLessThan(1 << 20);
        assertThatThrownBy(() -> Sheets.read(out.toByteArray(), "bomb.xlsx", null))
                .isInstanceOf(SheetException.class)
                .hasMessageContaining("工作簿太大")
                .hasMessageContaining("解压后超过 64 MB");
    }

    @Test
    void aFileThatIsNoWorkbookIsSaidToBeNone() {
        byte[] text = "单位,电话预约\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Sheets.read(text, "appointments.xlsx", null))
                .isInstanceOf(SheetException.class)
                .hasMessage("这不是 Excel 工作簿：文件的内容不是 .xlsx 格式");
        byte[] broken = {'P', 'K', 3, 4, 1, 2, 3, 4, 5, 6, 7, 8};
        assertThatThrownBy(() -> Sheets.read(broken, "appointments.xlsx", null))
                .isInstanceOf(SheetException.class)
                // said for the editor; what the library said is kept as the cause, for --verbose
                .hasMessage("工作簿已损坏，读不出来")
                .hasCauseInstanceOf(java.io.IOException.class);
    }

    // ---- CSV files

    static final String TABLE = "单位,电话预约\n南京市儿童医院,737\n";

    @Test
    void csvInEveryEncodingExcelSavesIt() throws Exception {
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, TABLE.getBytes(StandardCharsets.UTF_8));
        for (byte[] bytes :
                List.of(TABLE.getBytes(StandardCharsets.UTF_8), bom, TABLE.getBytes(Charset.forName("GBK")))) {
            Grid g = Sheets.read(bytes, "t.csv", null);
            assertThat(g.sheet()).isEmpty();
            assertThat(g.cell(1, 1).text()).isEqualTo("单位");
            assertThat(g.cell(2, 1).text()).isEqualTo("南京市儿童医院");
            assertThat(g.cell(2, 2).text()).isEqualTo("737");
        }
    }

    @Test
    void csvInAnEncodingItCannotHaveIsRefused() {
        byte[] utf16 = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, TABLE.getBytes(StandardCharsets.UTF_16LE));
        assertThatThrownBy(() -> Sheets.read(utf16, "t.csv", null))
                .isInstanceOf(SheetException.class)
                .hasMessageContaining("Unicode 文本");
        byte[] neither = {'a', ',', (byte) 0xFF, (byte) 0xFF, '\n'};
        assertThatThrownBy(() -> Sheets.read(neither, "t.csv", null))
                .isInstanceOf(SheetException.class)
                .hasMessage("CSV 文件的编码既不是 UTF-8，也不是 GBK，其中的汉字读不出来")
                .extracting(e -> ((SheetException) e).hint())
                .asString()
                .contains("CSV UTF-8");
        byte[] binary = {'a', 0, 'b'};
        assertThatThrownBy(() -> Sheets.read(binary, "t.csv", null))
                .isInstanceOf(SheetException.class)
                .hasMessageContaining("二进制");
    }

    @Test
    void csvRowsAreNumberedAsASpreadsheetNumbersThem() throws Exception {
        String text = "标题\n\n单位\t电话预约\n\"南京\n儿童医院\"\t737\n南京鼓楼医院\t\t\n";
        Grid g = Sheets.read(text.getBytes(StandardCharsets.UTF_8), "t.csv", null);
        assertThat(g.cell(2, 1).isEmpty()).isTrue();
        assertThat(g.cell(3, 2).text()).isEqualTo("电话预约");
        assertThat(g.cell(4, 1).text()).isEqualTo("南京\n儿童医院");
        assertThat(g.cell(5, 1).text()).isEqualTo("南京鼓楼医院");
        assertThat(g.rows().get(4))
                .as("empty cells at the end of a row are left off")
                .hasSize(1);
        assertThat(Sheets.read("a;b\n1;2\n".getBytes(StandardCharsets.UTF_8), "t.csv", null)
                        .cell(2, 2)
                        .text())
                .isEqualTo("2");
    }

    @Test
    void aSheetFarLongerThanATableIsRefused() {
        String rows = "1\n".repeat(Sheets.MAX_ROWS + 1);
        assertThatThrownBy(() -> Sheets.read(rows.getBytes(StandardCharsets.UTF_8), "t.csv", null))
                .isInstanceOf(SheetException.class)
                .hasMessageContaining("不像一张表格")
                .satisfies(e -> assertThat(((SheetException) e).row()).isEqualTo(Sheets.MAX_ROWS + 1));
    }

    @Test
    void anUnpairedQuoteIsSaidToBeOne() {
        byte[] text = "单位,电话预约\n\"南京\"市,737\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Sheets.read(text, "t.csv", null))
                .isInstanceOf(SheetException.class)
                .hasMessage("CSV 文件第 2 行读不下去：一格的英文双引号 \" 之后、逗号之前还有别的字符")
                .satisfies(e -> assertThat(((SheetException) e).row()).isEqualTo(2));
    }

    @Test
    void aPercentFormatIsOneWithAPercentSignOutsideQuotes() {
        assertThat(WorkbookReader.isPercent("0.00%")).isTrue();
        assertThat(WorkbookReader.isPercent("0%;[Red]-0%")).isTrue();
        assertThat(WorkbookReader.isPercent("0.00\"%\"")).isFalse();
        assertThat(WorkbookReader.isPercent("0\\%")).isFalse();
        assertThat(WorkbookReader.isPercent("#,##0")).isFalse();
    }

    // ---- writing

    @Test
    void tablesWrittenAsCsvAndWorkbookReadBackCellForCell() throws Exception {
        SheetTable t = smallTable("2023 年 3 月：预约/挂号[统计]", List.of());
        byte[] csv = SheetWriter.csv(t);
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("\uFEFF2023 年 3 月预约挂号服务统计\r\n单位,符合率\r\n");
        assertThat(Sheets.read(csv, "t.csv", null).cell(3, 2).text()).isEqualTo("98.30%");
        Grid g = Sheets.read(SheetWriter.xlsx(List.of(t, t), "bulletin", java.time.Instant.EPOCH), "t.xlsx", null);
        assertThat(g.sheet()).as("a name a workbook takes").isEqualTo("2023 年 3 月：预约 挂号 统计");
        assertThat(g.cell(3, 2).percent()).isTrue();
        assertThat(g.cell(3, 2).number()).isEqualByComparingTo("98.3");
    }

    // ---- helpers

    /** A title, a header row and a row with a percentage: a table as the tool writes it, named and merged as given. */
    static SheetTable smallTable(String name, List<SheetTable.Merge> merges) {
        return new SheetTable(
                name,
                List.of(
                        List.of(SheetTable.Out.text("2023 年 3 月预约挂号服务统计")),
                        List.of(SheetTable.Out.header("单位"), SheetTable.Out.header("符合率")),
                        List.of(
                                SheetTable.Out.text("南京市儿童医院"),
                                SheetTable.Out.number("98.30%", new BigDecimal("0.983"), "0.00%"))),
                merges);
    }

    interface Filler {
        void fill(XSSFWorkbook book) throws Exception;
    }

    static byte[] workbook(Filler filler) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            filler.fill(book);
            book.write(out);
        }
        return out.toByteArray();
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void dateFormatsAreToldFromNumberFormats() {
        for (String date : List.of(
                "yyyy/m/d",
                "m/d/yy",
                "yyyy\"年\"m\"月\"d\"日\"",
                "[$-804]m\"月\"d\"日\"",
                "[DBNum1]yyyy\"年\"m\"月\"",
                "h:mm:ss",
                "yyyy-mm-dd hh:mm AM/PM",
                "[h]:mm",
                "mm:ss.0",
                "d-mmm-yy")) {
            assertThat(WorkbookReader.isDate(164, date)).as(date).isTrue();
        }
        for (String number : List.of(
                "General",
                "0",
                "0.00",
                "#,##0",
                "0.00%",
                "0.00E+00",
                "\"第\"0\"名\"",
                "[Red]#,##0;[Blue]-#,##0",
                "#,##0\"元\"",
                "@",
                "0.0_);(0.0)")) {
            assertThat(WorkbookReader.isDate(164, number)).as(number).isFalse();
        }
        assertThat(WorkbookReader.isDate(14, null))
                .as("the built-in short date")
                .isTrue();
        assertThat(WorkbookReader.isDate(3, null)).as("the built-in #,##0").isFalse();
    }
}
