package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.Pdfs;

/**
 * A table whose rows come from a spreadsheet, through the command line: the header found under a title and
 * matched whatever its spaces, widths and line breaks, a grouped header over two rows, values as spreadsheets
 * hold them, a 合计 row checked, and every mistake reported at its cell.
 */
class SpreadsheetRowsTest {
    @TempDir
    Path tmp;

    Path data;
    Path may;

    static final String TABLE = """
            title: "{期}数据采集情况"
            columns:
              - {name: 序号, type: rank}
              - {name: 接入单位, type: name}
              - 数据上传量
              - {name: 实时数据表单上传情况, type: fraction, of: 11}
              - group: 门急诊信息
                columns: [人次, {name: 实时数据符合率, type: rate}]
              - {name: 收入（千元）, type: decimal, decimals: 2}
            order: 数据上传量
            total: 合计
            rows: %s
            """;

    @BeforeEach
    void issue() throws IOException {
        data = tmp.resolve("data");
        may = data.resolve("2023-05");
        Files.createDirectories(may);
        Files.writeString(may.resolve("issue.yaml"), manifest("2023-05", "2023-06-20"));
    }

    static String manifest(String period, String printed) {
        return """
                bulletin: 南京卫生信息
                publisher: 南京市卫生信息中心
                period: %s
                printed: %s
                sections:
                  - heading: 统计数据
                  - table: uploads.yaml
                colophon:
                  organisation: 南京市卫生信息中心
                  address: 南京市紫竹林 3号
                  postcode: "210003"
                  phone: 025-83626620
                """.formatted(period, printed);
    }

    /** The workbook an editor makes: a title, a header over two rows, values of every kind, a total, a note. */
    static byte[] workbook(String uploadOfC) throws IOException {
        return workbook(uploadOfC, true);
    }

    /**
     * @param computed whether its formulas' results are kept in it, as a spreadsheet program keeps them; a
     *                 program that writes workbooks without computing them keeps none
     */
    static byte[] workbook(String uploadOfC, boolean computed) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet s = book.createSheet("五月");
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0.00%"));
            row(s, 0, "2023年5月数据采集情况");
            row(s, 1, "序号", "接入 单位", "数据上传量", "实时数据表单\n上传情况", "门急诊信息", null, "收入(千元)", "备注");
            row(s, 2, null, null, null, null, "人次", "实时数据符合率");
            s.addMergedRegion(new CellRangeAddress(1, 1, 4, 5));
            Row a = row(s, 3, "1", "甲医院", null, "11/11", null, null, "1,234.50", "新接入");
            a.createCell(2).setCellValue(12380);
            a.createCell(4).setCellValue(500);
            a.createCell(5).setCellValue(0.983);
            a.getCell(5).setCellStyle(percent);
            Row b = row(s, 4, "2", "乙医院", "3307", null, null, "98.3%");
            b.createCell(3).setCellValue(5);
            b.createCell(4).setCellValue(200);
            b.createCell(6).setCellFormula("1000+0.5");
            Row c = row(s, 5, "3", "丙医院", uploadOfC, "/", null, "/");
            c.createCell(4).setCellValue(100);
            c.createCell(6).setCellValue(10);
            // a blank row, then the total the source gives, then a note
            Row total = row(s, 7, "合计");
            total.createCell(2).setCellFormula("SUM(C4:C6)");
            total.createCell(4).setCellValue(799);
            row(s, 8, "注：测试用表。");
            if (computed) {
                book.getCreationHelper().createFormulaEvaluator().evaluateAll();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    private static Row row(Sheet s, int r, String... texts) {
        Row row = s.createRow(r);
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                row.createCell(c).setCellValue(texts[c]);
            }
        }
        return row;
    }

    private Cli check() {
        return Cli.run("check", "--month", "2023-05", "--data", data.toString());
    }

    private List<String> build() throws IOException {
        Path out = tmp.resolve("may.pdf");
        Cli run = Cli.run("build", "--month", "2023-05", "--data", data.toString(), "--out", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            return Pdfs.lines(pdf);
        }
    }

    @Test
    void aWorkbookAsAnEditorMakesIt() throws IOException {
        Files.write(may.resolve("uploads.xlsx"), workbook("100"));
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.xlsx"));
        Cli run = check();
        assertThat(run.code).as(run.toString()).isZero();
        String sheet = may.resolve("uploads.xlsx") + "!五月!";
        // the source's total of 门急诊信息.人次 (799) is not the rows' (800); nor is its sum of 数据上传量, which
        // leaves out 3307 and 100: a spreadsheet's SUM passes over numbers stored as text
        assertThat(run.err)
                .contains("警告：" + sheet + "E8: 原表合计行的“门急诊信息”下的“人次”：")
                .contains("》中原表的合计为 799，各行之和为 800，印出的是 800")
                .contains("警告：" + sheet + "C8: 原表合计行的“数据上传量”：")
                .contains("》中原表的合计为 12380，各行之和为 15787，印出的是 15787")
                .contains("说明：" + sheet + "A2: 表格中这些列没有用到：备注");
        assertThat(build())
                .containsSubsequence(
                        "2023 年 5 月数据采集情况",
                        "1 甲医院 12380 11/11 500 98.30% 1234.50",
                        "2 乙医院 3307 5/11 200 98.30% 1000.50",
                        "3 丙医院 100 / 100 / 10.00",
                        "合计 15787 800 2245.00");
    }

    @Test
    void aSheetSavedUnderAnotherNameIsNamedInTheHint() throws IOException {
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.xlsx"));
        Cli none = check();
        assertThat(none.err).contains("表格文件“uploads.xlsx”不存在").contains("提示：把本期的表格存为这个文件");
        // as a browser saves a download the second time, beside a lock file of the spreadsheet program
        Files.write(may.resolve("uploads (1).xlsx"), workbook("100"));
        Files.writeString(may.resolve("~$uploads (1).xlsx"), "a lock file");
        Cli run = check();
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err)
                .contains("错误：" + may.resolve("uploads.yaml") + ":")
                .contains("提示：文件夹中有表格文件 uploads (1).xlsx：是本期的这张表，就把它改名为 uploads.xlsx，或把 rows: 改成它的名字");
    }

    @Test
    void aSheetSavedInWpssOwnFormatIsNamedWithHowToSaveItAgain() throws IOException {
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.xlsx"));
        Files.write(may.resolve("uploads.et"), new byte[] {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0});
        Cli missing = check();
        assertThat(missing.code).isEqualTo(1);
        assertThat(missing.err)
                .contains("表格文件“uploads.xlsx”不存在")
                .contains("提示：文件夹中有 uploads.et：这是 WPS 表格自己的格式（.et），程序读不了；"
                        + "是本期的这张表，就在 Excel 或 WPS 中打开 uploads.et，“另存为”“Excel 工作簿（*.xlsx）”，存为 uploads.xlsx");
        // named as the rows themselves
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.et"));
        Cli named = check();
        assertThat(named.code).isEqualTo(1);
        assertThat(named.err)
                .contains("表格文件“uploads.et”是 WPS 表格自己的格式（.et），程序只读 .xlsx 和 CSV")
                .contains("并把 rows: 改成 uploads.xlsx");
    }

    @Test
    void formulasWithoutTheirResultsAreOneErrorForTheSheet() throws IOException {
        Files.write(may.resolve("uploads.xlsx"), workbook("100", false));
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.xlsx"));
        Cli run = check();
        assertThat(run.code).isEqualTo(1);
        String sheet = may.resolve("uploads.xlsx") + "!五月!";
        // one error, at the first, naming the others: one save of the workbook mends them all
        assertThat(run.err)
                .contains("错误：" + sheet + "G5: 乙医院的“收入（千元）”：这一格是公式 =1000+0.5，工作簿中没有存它算出的结果；" + "这张表中另有 1 格也是这样：C8")
                .contains("提示：在 Excel 或 WPS 中打开工作簿，保存一次（保存时会存下公式的结果）");
        assertThat(run.err.lines().filter(l -> l.contains("没有存它算出的结果"))).hasSize(1);
        assertThat(run.err).doesNotContain("错误：" + sheet + "C8");
    }

    @Test
    void eachMistakeIsReportedAtItsCell() throws IOException {
        Files.write(may.resolve("uploads.xlsx"), workbook("三百"));
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.xlsx"));
        Cli run = check();
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("错误：" + may.resolve("uploads.xlsx") + "!五月!C6: 丙医院的“数据上传量”：应为非负整数，实为“三百”");

        Files.write(may.resolve("uploads.xlsx"), workbook(""));
        run = check();
        assertThat(run.err)
                .contains("错误：" + may.resolve("uploads.xlsx") + "!五月!C6: 丙医院的“数据上传量”：“数据上传量”一格是空的")
                .contains("提示：填入本期的数字；该项不存在时填 /（印作 /）");

        Files.writeString(
                may.resolve("uploads.yaml"), TABLE.formatted("uploads.xlsx").replace("  - 数据上传量", "  - 数据上传总量"));
        run = check();
        assertThat(run.err)
                .contains("错误：" + may.resolve("uploads.xlsx") + "!五月!A2: 表头中没有“数据上传总量”一列")
                .contains("提示：表头中有“数据上传量”：是它吗？");

        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("{file: uploads.xlsx, sheet: 六月}"));
        run = check();
        assertThat(run.err)
                .contains("错误：" + may.resolve("uploads.xlsx") + ": 工作簿中没有名为“六月”的工作表")
                .contains("这个工作簿有：五月");

        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.xls"));
        Files.write(may.resolve("uploads.xls"), new byte[] {
            (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0
        });
        run = check();
        assertThat(run.err).contains("错误：" + may.resolve("uploads.xls") + ": 这是旧的 Excel 97–2003 工作簿（.xls）");

        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("june.xlsx"));
        run = check();
        assertThat(run.err)
                .contains("错误：" + may.resolve("uploads.yaml") + ":12:")
                .contains("表格文件“june.xlsx”不存在");
    }

    /** The same table as a CSV file saved by Excel on Chinese Windows: GBK, thousands separators, percentages as text. */
    static byte[] csv(String uploadOfA) {
        String text = String.join(
                "\r\n",
                "2023年5月数据采集情况,,,,,,",
                "接入单位,数据上传量,实时数据表单上传情况,门急诊信息,,收入（千元）,备注",
                ",,,人次,实时数据符合率,,",
                "甲医院,\"" + uploadOfA + "\",11,500,98.30%,\"1,234.50\",",
                "乙医院,3307,5,200,98.30%,1000.50,",
                "丙医院,100,/,100,/,10,",
                "合计,\"15,787\",,800,,2245.00,",
                "");
        return text.getBytes(Charset.forName("GBK"));
    }

    @Test
    void aCsvFileSavedByExcelOnChineseWindows() throws IOException {
        Files.write(may.resolve("uploads.csv"), csv("12,380"));
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.csv"));
        Cli run = check();
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err).as("the 合计 row agrees").doesNotContain("中原表的合计为");
        assertThat(build())
                .containsSubsequence(
                        "1 甲医院 12380 11/11 500 98.30% 1234.50", "3 丙医院 100 / 100 / 10.00", "合计 15787 800 2245.00");
    }

    @Test
    void ratesWrittenAsProportionsAreQuestioned() throws IOException {
        String text = new String(csv("12380"), Charset.forName("GBK"))
                .replace("98.30%", "0.983")
                .replace("/,10,", "0,10,");
        Files.write(may.resolve("uploads.csv"), text.getBytes(Charset.forName("GBK")));
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.csv"));
        Cli run = check();
        assertThat(run.err)
                .contains("警告：" + may.resolve("uploads.csv")
                        + "!E3: “门急诊信息.实时数据符合率”一列的数字都不大于 1（如 0.983），像是小数，而这一列印的是百分数，0.983 会印作 0.983%");
        Files.write(may.resolve("uploads.csv"), csv("12380"));
        assertThat(check().err).doesNotContain("像是小数");
    }

    @Test
    void figuresFromSheetsAreComparedWithTheMonthBefore() throws IOException {
        Files.write(may.resolve("uploads.csv"), csv("12,380"));
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.csv"));
        Path june = data.resolve("2023-06");
        Files.createDirectories(june);
        Files.writeString(june.resolve("issue.yaml"), manifest("2023-06", "2023-07-20"));
        Files.writeString(june.resolve("uploads.yaml"), TABLE.formatted("uploads.csv"));
        // a digit typed twice, so the source's total is the rows' again
        Files.write(june.resolve("uploads.csv"), csv("123,800").clone());
        String text = new String(Files.readAllBytes(june.resolve("uploads.csv")), Charset.forName("GBK"))
                .replace("\"15,787\"", "127207");
        Files.write(june.resolve("uploads.csv"), text.getBytes(Charset.forName("GBK")));
        Cli run = Cli.run("check", "--month", "2023-06", "--data", data.toString());
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err)
                .contains("警告：" + june.resolve("uploads.csv")
                        + "!B4: 《2023 年 6 月数据采集情况》甲医院的“数据上传量”为 123800，上期（2023 年 5 月）为 12380，相差超过 3 倍")
                .doesNotContain("乙医院的“数据上传量”");
    }
}
