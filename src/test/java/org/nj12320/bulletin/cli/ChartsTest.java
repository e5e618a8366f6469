package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nj12320.bulletin.testing.Chromium;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.Pdfs;
import org.nj12320.bulletin.testing.VeraPdf;

/**
 * The charts of the small issue (the shares of its hotline's calls by kind, a stacked bar chart of its two
 * largest units, the shares of its channels),
 * built through the command line: their figures are the tables', read back from the PDF's text, from the
 * PDF's Figures' alternative text and from the web edition's SVG; and a chart's file that names what is not
 * there is an error at its line, with the nearest name.
 */
// among the longest: started first, so that the others fill the second thread around it
@org.junit.jupiter.api.Order(4)
class ChartsTest {
    @TempDir
    static Path tmp;

    private static Path pdf;
    private static Path html;

    @BeforeAll
    static void build() throws Exception {
        Folders.copy(Path.of("src/test/resources/golden/data"), tmp.resolve("data"));
        pdf = tmp.resolve("out/2023-11.pdf");
        Cli run = Cli.run(
                "build",
                "--month",
                "2023-11",
                "--data",
                tmp.resolve("data").toString(),
                "--format",
                "pdf,html",
                "--out",
                pdf.toString());
        assertThat(run.code).as(run.toString()).isZero();
        html = tmp.resolve("out/2023-11.html");
    }

    @Test
    void theBarsAreTheTablesFiguresLargestFirstInPrint() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            String text = Pdfs.text(doc).replaceAll("[\\s\\p{Z}]+", " ");
            // the two units with the most appointments, by 小计 (乙 20, 丙 10; 甲's 3 is left out), named left
            // of their bars and their figures at the bars' ends, under a key of the channels they are split into
            Matcher m = Pattern.compile("预约量最多的两家医院 在线 电话 乙医院 20 丙医院 10 0 5 10 15 20")
                    .matcher(text);
            assertThat(m.find()).as(text).isTrue();
            // the shares of the channels: 5, 9 and 1 of 15
            // set as the table sets it, a quarter em between Chinese and Latin
            assertThat(text).contains("微信 60.0% 健康南京 APP 33.3% 电话 6.7%");
            List<String> alts = Pdfs.figureAlts(doc);
            assertThat(alts.stream().map(a -> a.replaceAll("\\p{Z}+", " ")).toList())
                    .containsExactly(
                            "2023 年 11 月热线各类电话所占比例：咨询类 60.0%，电话预约 40.0%",
                            "2023 年 11 月预约量最多的两家医院：乙医院 20，丙医院 10",
                            "2023 年 11 月各渠道预约量所占比例：微信 60.0%，健康南京 APP 33.3%，电话 6.7%");
        }
    }

    @Test
    void theWebEditionDrawsTheSameFiguresWithWordsForScreenReaders() throws Exception {
        String page = Files.readString(html).replaceAll("\\p{Z}+", " ");
        List<String> svgs = new ArrayList<>();
        Matcher m = Pattern.compile("(?s)<svg.*?</svg>").matcher(page);
        while (m.find()) {
            svgs.add(m.group());
        }
        assertThat(svgs).hasSize(3);
        assertThat(svgs.get(0)).contains(">咨询类 60.0%</text>", ">电话预约 40.0%</text>");
        assertThat(svgs.get(1)).contains("role=\"img\"", "<desc", "乙医院 20，丙医院 10</desc>", ">乙医院</text>", ">20</text>");
        assertThat(svgs.get(2)).contains(">微信 60.0%</text>");
    }

    @Test
    void aChartNamingWhatIsNotThereIsAnErrorAtItsLineWithTheNearestName() throws Exception {
        Path data = tmp.resolve("wrong");
        Folders.copy(Path.of("src/test/resources/golden/data"), data);
        Files.writeString(data.resolve("2023-11/top.yaml"), "title: 前两位\nbars:\n  table: appointment\n  by: 小记\n");
        Files.writeString(
                data.resolve("2023-11/shares.yaml"), "title: 比例\nshares: {table: channels, by: 渠道}\nbars: {}\n");
        Cli run = Cli.run("check", "--month", "2023-11", "--data", data.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err)
                .contains("2023-11/top.yaml:3:3: ", "图表所画的表格“appointment”不在本期中", "是否应为 appointments？")
                .contains("2023-11/shares.yaml:1:1: ", "一个图表只能画一种图，这里写了 bars、shares")
                .doesNotContain("Exception");
        Files.writeString(data.resolve("2023-11/top.yaml"), "title: 前两位\nbars:\n  table: appointments\n  by: 小记\n");
        Files.writeString(data.resolve("2023-11/shares.yaml"), "title: 比例\nshares: {table: channels, by: 预约量}\n");
        run = Cli.run("check", "--month", "2023-11", "--data", data.toString());
        assertThat(run.err).contains("2023-11/top.yaml:4:3: ", "表格 appointments 中没有“小记”一列", "是否应为 小计？");
        Files.writeString(
                data.resolve("2023-11/top.yaml"),
                "title: 前两位\nbars: {table: appointments, by: 渠道.在线, stacked: true}\n");
        run = Cli.run("check", "--month", "2023-11", "--data", data.toString());
        assertThat(run.err).contains("top.yaml:2:", "“渠道.在线”不是几列之和，条形无从分段");
        // a prose section's parts: the section and its list by name
        Files.writeString(data.resolve("2023-11/calls.yaml"), "title: 比例\nshares: {text: hotlin, parts: breakdown}\n");
        run = Cli.run("check", "--month", "2023-11", "--data", data.toString());
        assertThat(run.err).contains("calls.yaml:2:", "图表所画的段落“hotlin”不在本期中", "是否应为 hotline？");
        Files.writeString(data.resolve("2023-11/calls.yaml"), "title: 比例\nshares: {text: hotline, parts: breakdwn}\n");
        run = Cli.run("check", "--month", "2023-11", "--data", data.toString());
        assertThat(run.err).contains("calls.yaml:2:", "段落 hotline 的数字中没有列表“breakdwn”", "是否应为 breakdown？");
        Files.writeString(data.resolve("2023-11/calls.yaml"), "title: 比例\nshares: {text: hotline, parts: breakdown}\n");
        // a table that cannot be read has its own errors: its charts say nothing more
        Files.writeString(data.resolve("2023-11/top.yaml"), "title: 前两位\nbars: {table: appointments, by: 小计}\n");
        Files.writeString(data.resolve("2023-11/appointments.yaml"), "title: [\n");
        run = Cli.run("check", "--month", "2023-11", "--data", data.toString());
        assertThat(run.err).contains("appointments.yaml").doesNotContain("图表", "Exception");
    }

    /**
     * The marks of where a header label breaks ({@code |}, a line break) are the table's: a chart's key and the
     * figures' words name the columns without them.
     */
    @Test
    void aKeyNamesTheColumnsWithoutTheirHeadersBreakMarks() throws Exception {
        Path data = tmp.resolve("marked");
        Folders.copy(Path.of("src/test/resources/golden/data"), data);
        Path table = data.resolve("2023-11/appointments.yaml");
        Files.writeString(
                table,
                Files.readString(table)
                        .replace(
                                "columns: [在线, 电话]",
                                "columns: [{name: 在线, label: \"在|线\"}, {name: 电话, label: \"电\\n话\"}]"));
        Path out = tmp.resolve("marked-out/2023-11.pdf");
        Cli run = Cli.run(
                "build",
                "--month",
                "2023-11",
                "--data",
                data.toString(),
                "--format",
                "pdf,html",
                "--out",
                out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            String text = Pdfs.text(doc).replaceAll("[\\s\\p{Z}]+", " ");
            assertThat(text).contains("预约量最多的两家医院 在线 电话 乙医院").doesNotContain("|");
        }
        String page = Files.readString(tmp.resolve("marked-out/2023-11.html"));
        assertThat(page).contains(">在线</text>", ">电话</text>").doesNotContain("在|线");
    }

    /**
     * A trend draws a table's total over the periods {@code data/} holds, from the same history the checks
     * load: three months of a small issue give three columns; with two, it is an error that says so.
     */
    @Test
    void aTrendDrawsTheTotalsOfThePeriodsBeforeAndNeedsThree() throws Exception {
        Path data = tmp.resolve("history");
        Folders.copy(Path.of("src/test/resources/history"), data);
        trend(data, "2023-03");
        Path out = tmp.resolve("trend/2023-03.pdf");
        Cli run = Cli.run("build", "--month", "2023-03", "--data", data.toString(), "--out", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<String> alts = Pdfs.figureAlts(doc);
            // the channels' totals of January, February and March, as each month's table prints them
            assertThat(alts.stream().map(a -> a.replaceAll("\\p{Z}+", " ")).toList())
                    .containsExactly("各月预约量：1 月 770，2 月 769，3 月 771");
            assertThat(Pdfs.text(doc).replaceAll("[\\s\\p{Z}]+", " "))
                    .contains("各月预约量 800 770 769 771 600 400 200 0 1 月 2 月 3 月");
        }
        // February has January before it, and no more
        trend(data, "2023-02");
        Cli february = Cli.run("check", "--month", "2023-02", "--data", data.toString());
        assertThat(february.err)
                .contains("2023-02/trend.yaml:2:", "趋势图至少要三期的数字", "只有 2 期（1 月、2 月）")
                .doesNotContain("Exception");
    }

    /**
     * In a browser, at a phone's width and a desktop's, the charts fit the screen, are read out by their words
     * and have no fault axe-core finds; with {@code -Dweb.shots=true} their screenshots are left in
     * {@code target/web/} to be looked at.
     */
    @Test
    void theChartsFitAPhoneAndADesktopAndAreReadOut() throws Exception {
        try (Chromium browser = Chromium.start(Files.createDirectories(tmp.resolve("profile")))) {
            for (int width : new int[] {390, 1280}) {
                browser.viewport(width, 844, width < 500);
                browser.navigate(html.toUri().toString());
                browser.await("the page", "document.readyState === 'complete' && document.querySelector('svg')");
                String over = browser.eval("JSON.stringify([...document.querySelectorAll('svg')]"
                        + ".filter(s => s.getBoundingClientRect().right > innerWidth + 0.5).length)");
                assertThat(over)
                        .as("charts past the screen's edge at " + width + " px")
                        .isEqualTo("0");
                String named = browser.eval("JSON.stringify([...document.querySelectorAll('svg')]"
                        + ".map(s => s.getAttribute('aria-labelledby').split(' ')"
                        + ".map(i => document.getElementById(i).textContent).join('').length > 10))");
                assertThat(named).isEqualTo("[true,true,true]");
                String faults = browser.eval(WebEditionTest.axe()
                        + ";axe.run(document, {resultTypes: ['violations']}).then(r =>"
                        + " JSON.stringify(r.violations.map(v => v.impact + ' ' + v.id + ': ' + v.help)))");
                assertThat(faults).as("axe-core at " + width + " px").isEqualTo("[]");
                browser.keepWholePage("charts-" + width + ".png");
                if (width < 500) {
                    // pasted into the WeChat editor, a page loses its stylesheet, classes and ids: a chart's
                    // drawing is in its attributes, so it keeps its size and its words
                    String stripped =
                            browser.eval("(() => { document.querySelectorAll('style').forEach(e => e.remove());"
                                    + " document.querySelectorAll('[class],[id]').forEach(e => { e.removeAttribute('class');"
                                    + " e.removeAttribute('id'); });"
                                    + " return JSON.stringify([...document.querySelectorAll('svg')].map(s => {"
                                    + " const r = s.getBoundingClientRect(); return r.height > 40 && r.right <= innerWidth + 0.5"
                                    + " && s.querySelectorAll('text').length >= 2; })); })()");
                    assertThat(stripped).as("the charts without the stylesheet").isEqualTo("[true,true,true]");
                }
            }
        }
    }

    /** A trend of a prose section's figure: the hotline's calls of three months. */
    @Test
    void aTrendOfAProseSectionsFigure() throws Exception {
        Path data = tmp.resolve("calls");
        String[][] months = {{"2023-09", "120"}, {"2023-10", "110"}, {"2023-11", "100"}};
        for (String[] m : months) {
            Path dir = data.resolve(m[0]);
            Folders.copy(Path.of("src/test/resources/golden/data/2023-11"), dir);
            Path issue = dir.resolve("issue.yaml");
            Files.writeString(issue, Files.readString(issue).replace("period: 2023-11", "period: " + m[0]));
            Path hotline = dir.resolve("hotline.yaml");
            Files.writeString(
                    hotline,
                    Files.readString(hotline)
                            .replace("calls: 100", "calls: " + m[1])
                            .replace(", exact: true", ""));
        }
        Path issue = data.resolve("2023-11/issue.yaml");
        Files.writeString(
                issue,
                Files.readString(issue)
                        .replace("  - chart: calls.yaml\n", "  - chart: calls.yaml\n  - chart: calls-trend.yaml\n"));
        Files.writeString(
                data.resolve("2023-11/calls-trend.yaml"), "title: 各月热线来电\ntrend: {text: hotline, figure: calls}\n");
        Path out = tmp.resolve("calls-out/2023-11.pdf");
        Cli run = Cli.run("build", "--month", "2023-11", "--data", data.toString(), "--out", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(out.toFile())) {
            List<String> alts = Pdfs.figureAlts(doc);
            assertThat(alts.stream().map(a -> a.replaceAll("\\p{Z}+", " ")).toList())
                    .contains("各月热线来电：9 月 120，10 月 110，11 月 100");
        }
        Files.writeString(
                data.resolve("2023-11/calls-trend.yaml"), "title: 各月热线来电\ntrend: {text: hotline, figure: cals}\n");
        run = Cli.run("check", "--month", "2023-11", "--data", data.toString());
        assertThat(run.err).contains("calls-trend.yaml:2:", "段落 hotline 中没有数字“cals”", "是否应为 calls？");
    }

    private static void trend(Path data, String month) throws Exception {
        Path issue = data.resolve(month + "/issue.yaml");
        Files.writeString(
                issue,
                Files.readString(issue)
                        .replace("  - table: channels.yaml\n", "  - table: channels.yaml\n  - chart: trend.yaml\n"));
        Files.writeString(data.resolve(month + "/trend.yaml"), "title: 各月预约量\ntrend: {table: channels, by: 预约数量}\n");
    }

    @Test
    void twoBuildsOfAnIssueWithChartsAreByteIdentical() throws Exception {
        Path again = tmp.resolve("again/2023-11.pdf");
        Cli run = Cli.run(
                "build", "--month", "2023-11", "--data", tmp.resolve("data").toString(), "--out", again.toString());
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(Files.readAllBytes(again)).isEqualTo(Files.readAllBytes(pdf));
    }

    /** An issue with charts keeps every property of the PDF: PDF/A-3a and PDF/UA-1 clean by veraPDF. */
    @ParameterizedTest
    @ValueSource(strings = {"3a", "ua1"})
    void anIssueWithChartsStaysPdfAAndPdfUa(String flavour) throws Exception {
        try (InputStream in = Files.newInputStream(pdf)) {
            assertThat(VeraPdf.validate(in, flavour).failures())
                    .as("against " + flavour)
                    .isEmpty();
        }
    }
}
