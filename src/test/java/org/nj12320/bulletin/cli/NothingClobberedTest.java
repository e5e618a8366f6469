package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.filespecification.PDComplexFileSpecification;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the tool writes never costs anything already there: {@code export} refuses a file of another kind and
 * writes a set of files whole or not at all; {@code site} keeps the files of its folder it did not make and
 * leaves them readable by all; no CSV file it writes holds a live formula. Through the command line, with the
 * files before and after.
 */
class NothingClobberedTest {
    @TempDir
    Path tmp;

    Path data;
    Path may;

    /** Units named as a hostile file would name them, to make a spreadsheet run something. */
    static final List<String> FORMULAS =
            List.of("=HYPERLINK(\"http://x\",\"y\")", "+cmd|' /C calc'!A0", "@SUM(1)+1", "-2+3");

    static final String TABLE = """
            title: "{期}数据采集情况"
            columns:
              - {name: 序号, type: rank}
              - {name: 接入单位, type: name}
              - 数据上传量
            order: 数据上传量
            total: 合计
            rows:
            """;

    @BeforeEach
    void issue() throws IOException {
        data = tmp.resolve("data");
        may = month("2023-05", "2023-06-20", "uploads", List.of("甲医院", "乙医院"));
    }

    private Path month(String period, String printed, String table, List<String> units) throws IOException {
        Path dir = Files.createDirectories(data.resolve(period));
        Files.writeString(
                dir.resolve("issue.yaml"),
                SpreadsheetRowsTest.manifest(period, printed).replace("uploads.yaml", table + ".yaml"));
        StringBuilder rows = new StringBuilder(TABLE);
        int n = 10 * units.size();
        for (String unit : units) {
            rows.append("  - {接入单位: \"")
                    .append(unit.replace("\\", "\\\\").replace("\"", "\\\""))
                    .append("\", 数据上传量: ")
                    .append(n--)
                    .append("}\n");
        }
        Files.writeString(dir.resolve(table + ".yaml"), rows);
        return dir;
    }

    private static Map<String, String> contents(Path folder) throws IOException {
        Map<String, String> out = new TreeMap<>();
        if (!Files.exists(folder)) {
            return out;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                out.put(
                        folder.relativize(p).toString(),
                        new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
            }
        }
        return out;
    }

    @Test
    void exportRefusesAFileOfAnotherKindAndWritesNothing() throws IOException {
        Path out = tmp.resolve("out");
        Path folder = Files.createDirectories(out.resolve("2023-05"));
        Path note = Files.writeString(folder.resolve("2023-05.xlsx"), "给排版的说明：表格下周再发。", StandardCharsets.UTF_8);
        Cli run = Cli.run("export", "--month", "2023-05", "--data", data.toString(), "--out-dir", out.toString());
        assertThat(run.code).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("错误：输出路径 " + note + " 已有一个文件，它不是 Excel 工作簿：为免把它覆盖，不写");
        assertThat(Files.readString(note)).isEqualTo("给排版的说明：表格下周再发。");
        assertThat(contents(folder)).containsOnlyKeys("2023-05.xlsx");

        // a text file where a CSV file goes is refused the same way; a CSV file of another program is not
        Files.delete(note);
        Path csvNote = Files.writeString(folder.resolve("uploads.csv"), "记得核对合计\n", StandardCharsets.UTF_8);
        run = Cli.run("export", "--month", "2023-05", "--data", data.toString(), "--out-dir", out.toString());
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("已有一个文件，它不是 CSV 文件");
        Files.writeString(csvNote, "单位,数量\r\n甲,1\r\n", StandardCharsets.UTF_8);
        run = Cli.run("export", "--month", "2023-05", "--data", data.toString(), "--out-dir", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(Files.readString(csvNote)).contains("甲医院");
    }

    @Test
    void aSetOfExportsIsWrittenWholeOrNotAtAll() throws IOException {
        Path out = tmp.resolve("out");
        assertThat(Cli.run("export", "--month", "2023-05", "--data", data.toString(), "--out-dir", out.toString()).code)
                .isZero();
        Map<String, String> before = contents(out);
        assertThat(before).containsKeys("2023-05/uploads.csv", "2023-05/2023-05.xlsx");
        // May's figures change; June's table has a name no temporary file beside it can have (the system's
        // limit is 255 bytes), so writing June's files fails after May's were made
        Files.writeString(
                may.resolve("uploads.yaml"),
                Files.readString(may.resolve("uploads.yaml")).replace("20}", "25}"));
        String longName = "t".repeat(246);
        month("2023-06", "2023-07-20", longName, List.of("甲医院", "乙医院"));
        Cli run = exportMayAndJune(out);
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.err).contains("无法写入").contains("没有改动任何文件");
        assertThat(contents(out))
                .as("May's files as they were, and nothing left beside them")
                .isEqualTo(before);

        // an error in one issue: nothing is written for any
        Files.delete(data.resolve("2023-06/" + longName + ".yaml"));
        month("2023-06", "2023-07-20", "uploads", List.of("甲医院", "乙医院"));
        Files.writeString(
                data.resolve("2023-06/uploads.yaml"),
                Files.readString(data.resolve("2023-06/uploads.yaml")).replace("数据上传量: 20", "数据上传量: 二十"));
        run = exportMayAndJune(out);
        assertThat(run.code).isEqualTo(1);
        assertThat(run.out).contains("未导出：改正以上错误后重新运行；没有写入或改动任何文件");
        assertThat(contents(out)).isEqualTo(before);
    }

    private Cli exportMayAndJune(Path out) {
        return Cli.run(
                "export",
                "--month",
                "2023-05",
                "--month",
                "2023-06",
                "--data",
                data.toString(),
                "--out-dir",
                out.toString());
    }

    @Test
    void noCsvFileHoldsALiveFormula() throws IOException {
        month("2023-05", "2023-06-20", "uploads", FORMULAS);
        Path out = tmp.resolve("out");
        Cli run = Cli.run("export", "--month", "2023-05", "--data", data.toString(), "--out-dir", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        String exported = Files.readString(out.resolve("2023-05/uploads.csv"));
        assertFormulasNeutralised(exported);

        // the same file attached to the PDF and published in the archive
        Path pdf = tmp.resolve("may.pdf");
        assertThat(Cli.run("build", "--month", "2023-05", "--data", data.toString(), "--out", pdf.toString()).code)
                .isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDComplexFileSpecification spec = doc.getDocumentCatalog()
                    .getNames()
                    .getEmbeddedFiles()
                    .getNames()
                    .get("uploads.csv");
            assertFormulasNeutralised(new String(spec.getEmbeddedFile().toByteArray(), StandardCharsets.UTF_8));
        }
        Path site = tmp.resolve("site");
        Cli published = Cli.run("site", "--data", data.toString(), "--out-dir", site.toString());
        assertThat(published.code).as(published.toString()).isZero();
        assertFormulasNeutralised(Files.readString(site.resolve("2023-05/data/uploads.csv")));

        // the workbook holds them as text cells, as they are; figures stay numbers
        try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out.resolve("2023-05/2023-05.xlsx")))) {
            var sheet = book.getSheetAt(0);
            List<String> names = new java.util.ArrayList<>();
            sheet.forEach(row -> {
                var c = row.getCell(1);
                if (c != null && c.getCellType() == CellType.STRING) {
                    names.add(c.getStringCellValue());
                }
                if (row.getRowNum() >= 3 && row.getCell(2) != null) {
                    assertThat(row.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
                }
            });
            assertThat(names).containsAll(FORMULAS);
        }

        // and the exported CSV read back as rows gives the names as they were
        Path june = Files.createDirectories(data.resolve("2023-06"));
        Files.writeString(june.resolve("issue.yaml"), SpreadsheetRowsTest.manifest("2023-06", "2023-07-20"));
        Files.copy(out.resolve("2023-05/uploads.csv"), june.resolve("june.csv"));
        Files.writeString(june.resolve("uploads.yaml"), TABLE.replace("rows:\n", "rows: june.csv\n"));
        Path junePdf = tmp.resolve("june.pdf");
        run = Cli.run("build", "--month", "2023-06", "--data", data.toString(), "--out", junePdf.toString());
        assertThat(run.code).as(run.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(junePdf.toFile())) {
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
            assertThat(text).contains("@SUM(1)+1").doesNotContain("'@SUM");
        }
    }

    private static void assertFormulasNeutralised(String csv) {
        assertThat(csv)
                .contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"")
                .contains("'+cmd|' /C calc'!A0")
                .contains(",'@SUM(1)+1,")
                .contains(",'-2+3,");
        for (String line : csv.split("\r\n")) {
            for (String cell : line.split(",")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(c)
                        .as(line)
                        .doesNotStartWith("=")
                        .doesNotStartWith("+")
                        .doesNotStartWith("@");
            }
        }
    }

    @Test
    void theArchiveKeepsFilesItDidNotMakeAndIsReadableByAll() throws IOException {
        Path site = tmp.resolve("site");
        assertThat(Cli.run("site", "--data", data.toString(), "--out-dir", site.toString()).code)
                .isZero();
        Path cname = Files.writeString(site.resolve("CNAME"), "bulletin.example.org\n");
        Path extra = Files.createDirectories(site.resolve("2023-05/extra"));
        Files.writeString(extra.resolve("readme.txt"), "附件说明");
        // another command writes into the archive's folder
        Cli build = Cli.run("build", "--month", "2023-05", "--data", data.toString(), "--out-dir", site.toString());
        assertThat(build.code).as(build.toString()).isZero();

        Files.writeString(
                may.resolve("uploads.yaml"),
                Files.readString(may.resolve("uploads.yaml")).replace("20}", "25}"));
        Cli again = Cli.run("site", "--data", data.toString(), "--out-dir", site.toString());
        assertThat(again.code).as(again.toString()).isZero();
        assertThat(Files.readString(cname)).isEqualTo("bulletin.example.org\n");
        assertThat(Files.readString(extra.resolve("readme.txt"))).isEqualTo("附件说明");
        assertThat(site.resolve("2023-05.pdf")).exists();
        assertThat(Files.readString(site.resolve("2023-05/data/uploads.csv"))).contains("25");

        if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            Set<PosixFilePermission> folder = PosixFilePermissions.fromString("rwxr-xr-x");
            Set<PosixFilePermission> file = PosixFilePermissions.fromString("rw-r--r--");
            assertThat(Files.getPosixFilePermissions(site)).isEqualTo(folder);
            assertThat(Files.getPosixFilePermissions(site.resolve("2023-05/data")))
                    .isEqualTo(folder);
            assertThat(Files.getPosixFilePermissions(site.resolve("index.html")))
                    .isEqualTo(file);
            assertThat(Files.getPosixFilePermissions(site.resolve("2023-05/2023-05.pdf")))
                    .isEqualTo(file);
        }

        // a file put by hand where the archive is about to write one is not written over
        month("2023-06", "2023-07-20", "uploads", List.of("甲医院"));
        Path mine = Files.createDirectories(site.resolve("2023-06"));
        Files.writeString(mine.resolve("2023-06.pdf"), "%PDF- mine");
        Cli clash = Cli.run("site", "--data", data.toString(), "--out-dir", site.toString());
        assertThat(clash.code).as(clash.toString()).isEqualTo(2);
        assertThat(clash.err).contains(mine.resolve("2023-06.pdf") + " 不是 bulletin site 生成的，而网站要写同名的文件");
        assertThat(Files.readString(mine.resolve("2023-06.pdf"))).isEqualTo("%PDF- mine");
    }

    @Test
    void anArchiveMarkedBeforeItListedItsFilesKeepsWhatIsNotAnIssue() throws IOException {
        Path site = tmp.resolve("site");
        assertThat(Cli.run("site", "--data", data.toString(), "--out-dir", site.toString()).code)
                .isZero();
        // as the mark read before it listed the archive's files
        Files.writeString(site.resolve(SiteFolder.MARK), "由 bulletin site 生成；再次生成时整个文件夹会被替换。\n");
        Files.writeString(site.resolve("CNAME"), "bulletin.example.org\n");
        Files.writeString(site.resolve("2023-05/old.pdf"), "%PDF- an issue's file of before");
        assertThat(Cli.run("site", "--data", data.toString(), "--out-dir", site.toString()).code)
                .isZero();
        assertThat(site.resolve("CNAME")).exists();
        assertThat(site.resolve("2023-05/old.pdf")).doesNotExist();
    }
}
