package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.Pdfs;

/**
 * {@code export} writes the computed tables so that the tool reads them back: every table of a shipped issue,
 * its rows replaced by the exported CSV file or by its sheet of the exported workbook, gives the same PDF text.
 */
class ExportRoundTripTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} from {1}")
    @CsvSource({"2023-03, csv", "2023-03, xlsx", "2024, csv", "2024, xlsx"})
    void exportedTablesReadBackToTheSamePdf(String period, String format) throws IOException {
        Path data = tmp.resolve("data");
        Folders.copy(Path.of("data"), data);
        String kind = period.contains("-") ? "--month" : "--year";
        Path out = tmp.resolve("out");
        Cli exported = Cli.run("export", kind, period, "--data", data.toString(), "--out-dir", out.toString());
        assertThat(exported.code).as(exported.toString()).isZero();
        Path folder = out.resolve(period);
        Path issue = data.resolve(period);
        Path workbook = folder.resolve(period + ".xlsx");
        List<String> sheets = sheetNames(workbook);
        Files.copy(workbook, issue.resolve("exported.xlsx"));

        List<String> tables = new ArrayList<>();
        try (Stream<Path> s = Files.list(folder)) {
            s.filter(p -> p.toString().endsWith(".csv"))
                    .forEach(p -> tables.add(p.getFileName().toString()));
        }
        assertThat(tables).as("a CSV file per table").hasSize(sheets.size());
        List<String> order = tablesInOrder(issue.resolve("issue.yaml"));
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            String rows;
            if (format.equals("csv")) {
                Files.copy(folder.resolve(id + ".csv"), issue.resolve(id + ".exported.csv"));
                rows = "rows: " + id + ".exported.csv";
            } else {
                rows = "rows: {file: exported.xlsx, sheet: \"" + sheets.get(i) + "\"}";
            }
            Path yaml = issue.resolve(id + ".yaml");
            Files.writeString(yaml, withRows(Files.readString(yaml), rows));
        }
        Files.deleteIfExists(issue.resolve("appointments.xlsx"));
        Files.deleteIfExists(issue.resolve("platform-hospitals.csv"));

        Path again = tmp.resolve("again.pdf");
        Cli built = Cli.run("build", kind, period, "--data", data.toString(), "--out", again.toString());
        assertThat(built.code).as(built.toString()).isZero();
        assertThat(built.err)
                .as("no table's figures disagree with their own totals")
                .doesNotContain("各行之和");
        try (PDDocument before = Loader.loadPDF(BuiltIssues.of(period).pdf().toFile());
                PDDocument after = Loader.loadPDF(again.toFile())) {
            assertThat(Pdfs.lines(after)).isEqualTo(Pdfs.lines(before));
        }
    }

    /**
     * The same issue exported at two times of the world's clock, an hour apart (handed in, not waited for):
     * every file the same bytes, the workbook too; and by the command line, the same again.
     */
    @org.junit.jupiter.api.Test
    void anExportIsTheSameBytesEveryTime() throws Exception {
        java.time.Instant at = java.time.Instant.parse("2024-06-01T08:00:00Z");
        java.util.Map<String, byte[]> early = exported(at);
        java.util.Map<String, byte[]> late = exported(at.plusSeconds(3600));
        assertThat(late.keySet()).isEqualTo(early.keySet());
        early.forEach((name, bytes) -> assertThat(late.get(name)).as(name).isEqualTo(bytes));

        Path first = tmp.resolve("first");
        assertThat(Cli.run("export", "--month", "2023-03", "--out-dir", first.toString()).code)
                .isZero();
        for (var e : early.entrySet()) {
            assertThat(first.resolve("2023-03").resolve(e.getKey()))
                    .as(e.getKey())
                    .hasBinaryContent(e.getValue());
        }
        // dated by the issue's print date, 2023-04-27 in Nanjing
        try (var zip =
                new java.util.zip.ZipFile(first.resolve("2023-03/2023-03.xlsx").toFile())) {
            String core = new String(
                    zip.getInputStream(zip.getEntry("docProps/core.xml")).readAllBytes(), "UTF-8");
            assertThat(core).contains("2023-04-26T16:00:00Z");
        }
    }

    @org.junit.jupiter.api.Test
    void anExportIntoTheDataIsRefusedAndWritesNothing() throws IOException {
        Path data = tmp.resolve("data");
        Folders.copy(Path.of("data"), data);
        byte[] csv = Files.readAllBytes(data.resolve("2024/platform-hospitals.csv"));
        Cli run = Cli.run("export", "--year", "2024", "--data", data.toString(), "--out-dir", data.toString());
        assertThat(run.code).isEqualTo(2);
        assertThat(run.err).contains("之内：那里是生成本刊所用的文件，不能被输出覆盖");
        assertThat(data.resolve("2024/platform-hospitals.csv")).hasBinaryContent(csv);
        assertThat(data.resolve("2024/2024.xlsx")).doesNotExist();
    }

    /** The ids of the issue's tables, in the order of its manifest. */
    private static List<String> tablesInOrder(Path manifest) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : Files.readAllLines(manifest)) {
            String l = line.strip();
            if (l.startsWith("- table: ")) {
                String file = l.substring("- table: ".length()).strip();
                out.add(file.substring(0, file.lastIndexOf('.')));
            }
        }
        return out;
    }

    /**
     * The table file with its rows taken from the sheet, and its total row without the source's totals (the
     * sheet's 合计 row gives them).
     */
    static String withRows(String yaml, String rows) {
        List<String> out = new ArrayList<>();
        String skipping = null;
        for (String line : yaml.split("\n", -1)) {
            boolean top = !line.isEmpty() && !line.startsWith(" ") && !line.startsWith("#");
            if (top) {
                skipping = null;
            }
            if (skipping != null) {
                if (skipping.equals("total") && line.strip().startsWith("label:")) {
                    out.add("total: "
                            + line.strip().substring("label:".length()).strip());
                }
                continue;
            }
            if (line.startsWith("rows:")) {
                out.add(rows);
                skipping = "rows";
            } else if (line.equals("total:")) {
                skipping = "total";
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }

    private static List<String> sheetNames(Path workbook) throws IOException {
        List<String> out = new ArrayList<>();
        try (InputStream in = Files.newInputStream(workbook);
                Workbook book = WorkbookFactory.create(in)) {
            book.forEach(s -> out.add(s.getSheetName()));
        }
        return out;
    }

    /** The March issue's export files as the command makes them, in a world whose clock reads {@code now}. */
    private static java.util.Map<String, byte[]> exported(java.time.Instant now) throws Exception {
        var world = org.nj12320.bulletin.world.DiskWorld.at(Path.of("."))
                .withClock(java.time.Clock.fixed(now, java.time.ZoneOffset.UTC));
        try (var pipeline = new org.nj12320.bulletin.pipeline.Pipeline(world, false, "test", false)) {
            var checked = pipeline.check(
                    org.nj12320.bulletin.model.Period.parse("2023-03").orElseThrow());
            return org.nj12320.bulletin.export.IssueSheets.files(
                    checked.issue(),
                    org.nj12320.bulletin.pipeline.Pipeline.documentDate(
                                    checked.issue().meta().printed(), world)
                            .toInstant());
        }
    }
}
