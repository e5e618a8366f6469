package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.Pdfs;

/**
 * A sheet is read as it is, or said to be otherwise: a figure held as a date, units under the 合计 row, hidden
 * rows and columns, a name broken over two lines, names in two Unicode forms, a sheet that is a folder or a
 * named pipe. Each through the command line, with its exit code, its message at the cell and what was printed.
 */
class SheetsReadExactlyTest {
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
              - 人次
            order: 数据上传量
            total: 合计
            rows: %s
            """;

    @BeforeEach
    void issue() throws IOException {
        data = tmp.resolve("data");
        may = data.resolve("2023-05");
        Files.createDirectories(may);
        Files.writeString(may.resolve("issue.yaml"), SpreadsheetRowsTest.manifest("2023-05", "2023-06-20"));
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.xlsx"));
    }

    /** Three hospitals and their total, as an editor types them; {@code change} alters the sheet before saving. */
    static byte[] workbook(Consumer<Sheet> change) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            Sheet s = book.createSheet("五月");
            text(s, 0, "2023年5月数据采集情况");
            text(s, 1, "序号", "接入单位", "数据上传量", "人次");
            numbers(s, 2, "甲医院", 12380, 500);
            numbers(s, 3, "乙医院", 3307, 200);
            numbers(s, 4, "丙医院", 100, 100);
            numbers(s, 5, "合计", 15787, 800);
            change.accept(s);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            book.write(out);
            return out.toByteArray();
        }
    }

    static Row text(Sheet s, int r, String... texts) {
        Row row = s.getRow(r) != null ? s.getRow(r) : s.createRow(r);
        for (int c = 0; c < texts.length; c++) {
            if (texts[c] != null) {
                row.createCell(c).setCellValue(texts[c]);
            }
        }
        return row;
    }

    static Row numbers(Sheet s, int r, String unit, double uploads, double visits) {
        Row row = text(s, r, null, unit);
        row.createCell(2).setCellValue(uploads);
        row.createCell(3).setCellValue(visits);
        return row;
    }

    private Cli check() {
        return Cli.run("check", "--month", "2023-05", "--data", data.toString());
    }

    private Cli build(Path out) {
        return Cli.run("build", "--month", "2023-05", "--data", data.toString(), "--out", out.toString());
    }

    private String cell(String name) {
        return may.resolve("uploads.xlsx") + "!五月!" + name;
    }

    @Test
    void aFigureHeldAsADateIsAnErrorAtItsCell() throws IOException {
        // 2023/3/15 typed into a cell formatted as a date: the workbook holds the day number 45000
        Files.write(may.resolve("uploads.xlsx"), workbook(s -> {
            CellStyle date = s.getWorkbook().createCellStyle();
            date.setDataFormat(s.getWorkbook().createDataFormat().getFormat("yyyy/m/d"));
            s.getRow(3).getCell(2).setCellValue(45000);
            s.getRow(3).getCell(2).setCellStyle(date);
            // and the same with the built-in date format a spreadsheet program picks by itself (14)
            CellStyle builtIn = s.getWorkbook().createCellStyle();
            builtIn.setDataFormat((short) 14);
            s.getRow(4).getCell(3).setCellValue(45001);
            s.getRow(4).getCell(3).setCellStyle(builtIn);
        }));
        Path out = tmp.resolve("may.pdf");
        Cli run = build(out);
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.err)
                .contains("错误：" + cell("C4") + ": 乙医院的“数据上传量”：“2023/3/15”是个日期，不是非负整数")
                .contains("错误：" + cell("D5") + ": 丙医院的“人次”：“2023/3/16”是个日期，不是非负整数")
                .contains("提示：写上数字；在表格程序中，先把这一格设为“常规”或“数值”格式，再重新填写")
                .doesNotContain("45000");
        assertThat(out).doesNotExist();

        // a CSV file holds the date as the text it showed
        Files.delete(may.resolve("uploads.xlsx"));
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("uploads.csv"));
        Files.writeString(
                may.resolve("uploads.csv"),
                "接入单位,数据上传量,人次\r\n甲医院,12380,500\r\n乙医院,2023/3/15,200\r\n",
                StandardCharsets.UTF_8);
        run = check();
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("错误：" + may.resolve("uploads.csv") + "!B3: 乙医院的“数据上传量”：“2023/3/15”是个日期");
    }

    @Test
    void unitsUnderTheTotalRowAreAnErrorNotDropped() throws IOException {
        Files.write(may.resolve("uploads.xlsx"), workbook(s -> {
            numbers(s, 7, "丁医院", 50, 5);
            numbers(s, 8, "戊医院", 60, 6);
            text(s, 9, "注：测试用表。");
        }));
        Path out = tmp.resolve("may.pdf");
        Cli run = build(out);
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.err)
                .contains("错误：" + cell("B8") + ": 合计行（第 6 行）下面还有 2 行单位的数字（第 8 行，丁医院 起）：它们不在合计之内，也不会印出")
                .contains("提示：合计行应是表格的最后一行");
        assertThat(out).doesNotExist();

        // notes under the total, however many, are notes
        Files.write(may.resolve("uploads.xlsx"), workbook(s -> {
            text(s, 7, "注：测试用表。");
            text(s, 8, "制表：张三", null, "审核：李四");
        }));
        run = build(out);
        assertThat(run.code).as(run.toString()).isZero();
    }

    @Test
    void aSheetsTotalRowIsCheckedWhetherOrNotTheBulletinPrintsATotal() throws IOException {
        Files.writeString(
                may.resolve("uploads.yaml"), TABLE.formatted("uploads.xlsx").replace("total: 合计\n", ""));
        Files.write(
                may.resolve("uploads.xlsx"),
                workbook(s -> s.getRow(5).getCell(2).setCellValue(15780)));
        Path out = tmp.resolve("may.pdf");
        Cli run = build(out);
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err)
                .contains("警告：" + cell("C6") + ": ")
                .contains("》中原表的合计为 15780，各行之和为 15787（本表不印合计，各行照原表印出）")
                .doesNotContain("合计行没有读");
        assertThat(printed(out)).noneMatch(l -> l.startsWith("合计"));

        // a total that agrees says nothing
        Files.write(may.resolve("uploads.xlsx"), workbook(s -> {}));
        assertThat(check().err).doesNotContain("原表为");
    }

    @Test
    void aSheetsTitleNamingAnotherPeriodIsQuestioned() throws IOException {
        // April's sheet saved under May's name, one cell changed
        Files.write(may.resolve("uploads.xlsx"), workbook(s -> {
            s.getRow(0).getCell(0).setCellValue("2023年4月数据采集情况");
            s.getRow(2).getCell(2).setCellValue(12381);
        }));
        Cli run = check();
        assertThat(run.err)
                .contains("警告：" + cell("A1") + ": 表格的标题“2023年4月数据采集情况”写的是2023年4月，本期是 2023 年 5 月：是不是存成了别的期次的表？");
        for (String own : List.of("2023年5月数据采集情况", "2023年五月数据采集情况", "数据采集情况")) {
            Files.write(
                    may.resolve("uploads.xlsx"),
                    workbook(s -> s.getRow(0).getCell(0).setCellValue(own)));
            assertThat(check().err).as(own).doesNotContain("表格的标题");
        }
    }

    @Test
    void hiddenRowsAndColumnsOfFiguresAreWarnedOf() throws IOException {
        Files.write(may.resolve("uploads.xlsx"), workbook(s -> {
            s.getRow(3).setZeroHeight(true);
            s.setColumnHidden(3, true);
        }));
        Path out = tmp.resolve("may.pdf");
        Cli run = build(out);
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err)
                .contains("警告：" + cell("B4") + ": 第 4 行（乙医院）在表格中是隐藏的，它的数字仍会读入并印出")
                .contains("警告：" + cell("D2") + ": “人次”一列（D 列）在表格中是隐藏的，其中的内容仍会读入并印出")
                .doesNotContain("第 3 行（甲医院）")
                // the cell's field is not said twice, once in front of a message that names it
                .doesNotContain("乙医院：第 4 行", "人次：“人次”");
        assertThat(printed(out)).contains("2 乙医院 3307 200");

        // nothing hidden, nothing said
        Files.write(may.resolve("uploads.xlsx"), workbook(s -> {}));
        assertThat(check().err).doesNotContain("隐藏");
    }

    @Test
    void aNameBrokenOverTwoLinesIsOneNameEverywhere() throws IOException {
        Files.write(may.resolve("uploads.xlsx"), workbook(s -> {
            s.getRow(2).getCell(1).setCellValue("南京市\n口腔医院");
            s.getRow(3).getCell(1).setCellValue("Nanjing  Eye\nHospital");
        }));
        Path out = tmp.resolve("may.pdf");
        Cli run = Cli.run(
                "build",
                "--month",
                "2023-05",
                "--data",
                data.toString(),
                "--out-dir",
                tmp.toString(),
                "--format",
                "pdf,html");
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err)
                .contains("说明：" + cell("B3") + ": 南京市口腔医院的“接入单位”：名称中有换行或连续的空格，已整理为“南京市口腔医院”")
                .contains("说明：" + cell("B4") + ": Nanjing Eye Hospital的“接入单位”：名称中有换行或连续的空格，已整理为“Nanjing Eye Hospital”");
        assertThat(printed(tmp.resolve("2023-05.pdf")))
                .contains("1 南京市口腔医院 12380 500")
                .anyMatch(l -> l.contains("Nanjing Eye Hospital 3307"));
        // a name's text, without the places to break that mark the ends of its parts
        String html = Files.readString(tmp.resolve("2023-05.html")).replace("<wbr>", "");
        assertThat(html).contains("南京市口腔医院").contains("Nanjing Eye Hospital").doesNotContain("南京市\n口腔医院");

        // the same name typed in YAML rows on two lines (a folded scalar keeps the break) is the same name
        Files.writeString(may.resolve("uploads.yaml"), TABLE.formatted("""

                          - 接入单位: "南京市\\n口腔医院"
                            数据上传量: 12380
                            人次: 500
                          - {接入单位: 南京市口腔医院, 数据上传量: 1, 人次: 1}
                        """));
        run = check();
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("“南京市口腔医院”出现了两次");
    }

    @Test
    void namesInTwoUnicodeFormsAreOneName() throws IOException {
        String composed = "Caf\u00e9 医院";
        String decomposed = "Cafe\u0301 医院";
        assertThat(composed).isNotEqualTo(decomposed);
        Files.write(may.resolve("uploads.xlsx"), workbook(s -> {
            s.getRow(2).getCell(1).setCellValue(composed);
            s.getRow(3).getCell(1).setCellValue(decomposed);
        }));
        Cli run = check();
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.err).contains("“" + composed + "”出现了两次（第一次在 B3）");
    }

    @Test
    void aSheetThatIsAFolderOrANamedPipeIsSaidToBeOne() throws Exception {
        Files.createDirectories(may.resolve("uploads.xlsx"));
        Cli run = check();
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("“uploads.xlsx”是一个文件夹，不是文件").doesNotContain("不存在");
        Files.delete(may.resolve("uploads.xlsx"));

        assumeTrue(!System.getProperty("os.name").startsWith("Windows"), "named pipes as mkfifo makes them");
        Process mk = new ProcessBuilder("mkfifo", may.resolve("uploads.xlsx").toString()).start();
        assertThat(mk.waitFor()).as("mkfifo").isZero();
        Cli piped = assertTimeoutPreemptively(Duration.ofSeconds(30), this::check);
        assertThat(piped.code).isEqualTo(1);
        assertThat(piped.err).contains("“uploads.xlsx”是一个命名管道，不是文件").doesNotContain("不存在");
    }

    private static List<String> printed(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return Pdfs.lines(doc);
        }
    }
}
