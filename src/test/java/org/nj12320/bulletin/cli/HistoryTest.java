package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.Pdfs;

/**
 * Three months of a small issue ({@code src/test/resources/history}): January is the base, February is in
 * line with it, March has each slip the checks against the month before are there for.
 */
class HistoryTest {
    static final Path HISTORY = Path.of("src/test/resources/history");
    static final String MARCH = "src/test/resources/history/2023-03/";

    @TempDir
    Path tmp;

    @Test
    void monthsInLineWithTheOneBeforePassWithoutAWord() {
        for (String month : List.of("2023-01", "2023-02")) {
            Cli run = check(HISTORY, month);
            assertThat(run.code).as(run.toString()).isZero();
            // January, the earliest, says only that its cumulative figure is taken as given
            assertThat(run.err.lines().filter(l -> !l.startsWith("提示：")))
                    .as(month)
                    .allMatch(l -> month.equals("2023-01") && l.startsWith("说明：") && l.contains("data 中没有上一期"));
        }
    }

    @Test
    void cumulativeFiguresAddUpOverTheMonths() throws IOException {
        // January's written figures are the base; February's are worked out, one written and agreeing
        assertThat(built("2023-02"))
                .containsSubsequence(
                        "1 南京市第一医院 1300 31 31300",
                        "2 南京市儿童医院 900 19 12900",
                        "5 南京市口腔医院 50 4 6050",
                        "合计 2980 69 52980",
                        "注：截止 2023 年 2 月底，累计服务 52980 人次。",
                        "3 电话预约 69");
        // March goes on from February's, whatever March's source wrote; a new unit starts from its own
        assertThat(built("2023-03"))
                .containsSubsequence(
                        "1 南京市第一医院 13000 30 44300",
                        "2 江苏省人民医院 500 10 500",
                        "注：截止 2023 年 3 月底，累计服务 67005 人次。",
                        "3 电话预约 71",
                        "合计 771");
    }

    @Test
    void eachSlipOfMarchIsAWarningAtItsLine() throws IOException {
        Cli run = check(HISTORY, "2023-03");
        assertThat(run.code).as(run.toString()).isZero();
        String err = run.err;
        reported(
                err,
                "warning",
                "services.yaml",
                "南京市第一医院, 门诊: 13000",
                "第 1 行（南京市第一医院）的“门诊”：《2023 年 3 月各医院服务量》南京市第一医院的“门诊”为 13000，上期（2023 年 2 月）为 1300，相差超过 3 倍");
        reported(
                err,
                "warning",
                "services.yaml",
                "南京市儿童医院, 门诊: 200",
                "第 2 行（南京市儿童医院）的“门诊”：《2023 年 3 月各医院服务量》南京市儿童医院的“门诊”为 200，上期（2023 年 2 月）为 900");
        reported(err, "warning", "channels.yaml", "title:", "title：《2023 年 3 月预约渠道》的数字与上期（2023 年 2 月）完全相同");
        reported(err, "note", "services.yaml", "title:", "《2023 年 3 月各医院服务量》本期新有的单位：南京胸科医院、江苏省人民医院");
        reported(err, "note", "services.yaml", "title:", "上期（2023 年 2 月）有而本期没有的单位：南京市胸科医院、南京市第二医院");
        reported(
                err,
                "warning",
                "services.yaml",
                "南京胸科医院",
                "第 4 行（南京胸科医院）的“单位”：《2023 年 3 月各医院服务量》“南京胸科医院”是本期新有的，上期有“南京市胸科医院”");
        reported(
                err,
                "warning",
                "services.yaml",
                "given: 70000",
                "原表所印的“累计服务量”：《2023 年 3 月各医院服务量》中原表为 70000，上期（2023 年 2 月）的 52980 加本期“门诊”的合计 14025 为 67005");
        reported(
                err,
                "warning",
                "channels.yaml",
                "电话预约, 预约数量: 69",
                "第 3 行（电话预约）的“预约数量”：《2023 年 3 月预约渠道》电话预约的“预约数量”写的是 69，而它与《2023 年 3 月各医院服务量》“电话预约”的合计是同一个数字，为 71");
        reported(err, "warning", "services.yaml", "2 月底", "第 2 条注释：“2 月底”是别的期次；本期是 2023 年 3 月");
        reported(err, "warning", "issue.yaml", "printed:", "printed：印发日期 2023-03-25 在本期（2023 年 3 月）结束之前");
        // a unit new, gone or renamed is not compared; figures below the floor (口腔医院: 50, then 5) are not either
        assertThat(run.err).doesNotContain("南京市口腔医院的“门诊”").doesNotContain("江苏省人民医院的“门诊”");
        assertThat(run.err.lines().filter(l -> l.startsWith("警告：")).count()).isEqualTo(8);
        assertThat(run.out).contains("2023-03：没有错误，但有 8 个警告：请逐条看过上面的说明，确认无误再付印").doesNotContain("检查通过");
    }

    @Test
    void withStrictTheWarningsAreErrorsButTheNotesAreNot() {
        Cli run = Cli.run("check", "--strict", "--month", "2023-03", "--data", HISTORY.toString());
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.err).contains("错误：" + MARCH + "channels.yaml:").contains("说明：" + MARCH + "services.yaml:");
        assertThat(run.err.lines().filter(l -> l.startsWith("错误：")).count()).isEqualTo(8);
    }

    @Test
    void howMuchAFigureMayChangeIsSetPerColumnOrTable() throws IOException {
        Path data = copy();
        DataFiles.edit(data.resolve("2023-03"), "services.yaml", "  - 门诊\n", "  - {name: 门诊, history: {factor: 20}}\n");
        Cli run = check(data, "2023-03");
        // ×10 and ÷4.5 are within 20 times
        assertThat(run.err).doesNotContain("相差超过");

        DataFiles.edit(data.resolve("2023-03"), "services.yaml", "{factor: 20}", "{floor: 1000}");
        run = check(data, "2023-03");
        // 13000 against 1300 is above the floor of 1000; 200 against 900 is not
        assertThat(run.err).contains("南京市第一医院的“门诊”为 13000").doesNotContain("南京市儿童医院的“门诊”");

        DataFiles.edit(
                data.resolve("2023-03"), "services.yaml", "  - {name: 门诊, history: {floor: 1000}}\n", "  - 门诊\n");
        DataFiles.edit(data.resolve("2023-03"), "services.yaml", "order: 门诊\n", "order: 门诊\nhistory: off\n");
        run = check(data, "2023-03");
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err).doesNotContain("相差超过");
    }

    @Test
    void theFirstMonthMustGiveItsCumulativeFigures() throws IOException {
        Path data = copy();
        DataFiles.edit(
                data.resolve("2023-01"), "services.yaml", "{accumulates: 门诊, given: 50000}", "{accumulates: 门诊}");
        DataFiles.edit(data.resolve("2023-01"), "services.yaml", ", 累计门诊: 6000}", "}");
        Cli run = check(data, "2023-01");
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        String jan = data.resolve("2023-01").resolve("services.yaml").toString();
        assertThat(run.err)
                .contains("错误：" + jan + ":" + DataFiles.lineOf(data.resolve("2023-01"), "services.yaml", "累计服务量:"))
                .contains("的“累计服务量”：没有上期的累计数可依，须写 given:")
                .contains("错误：" + jan + ":" + DataFiles.lineOf(data.resolve("2023-01"), "services.yaml", "南京市口腔医院"))
                .contains("南京市口腔医院的“累计门诊”：没有上期的累计数可依，须填写")
                .contains("data 中没有上一期");
    }

    @Test
    void cumulativeFiguresDoNotAddToAMonthInError() throws IOException {
        Path data = copy();
        DataFiles.edit(data.resolve("2023-02"), "services.yaml", "门诊: 1300", "门诊: [1300]");
        Cli run = check(data, "2023-03");
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.err)
                .contains("错误：" + data.resolve("2023-03/services.yaml") + ":2:")
                .contains("《2023 年 3 月各医院服务量》有累计数，要在上期（2023 年 2 月）的累计数上加，而上期的数据有 1 处错误")
                .contains("先改正上期：bulletin check --month 2023-02");
        // one error for the table, not one for each of its figures
        assertThat(run.err.lines().filter(l -> l.startsWith("错误：")).count()).isOne();

        // a month whose data does not load at all is no base either
        DataFiles.edit(data.resolve("2023-02"), "channels.yaml", "rows:", "rows: [");
        run = check(data, "2023-03");
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.err).contains("有累计数，要在上期（2023 年 2 月）的累计数上加");
    }

    @Test
    void aBrokenMonthTwoBackReachesThisOneThroughTheMonthBetween() throws IOException {
        Path data = copy();
        DataFiles.edit(data.resolve("2023-01"), "services.yaml", "门诊: 800", "门诊: 八百");
        Cli run = check(data, "2023-03");
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.err).contains("而上期的数据有").contains("bulletin check --month 2023-02");
        assertThat(check(data, "2023-02").err).contains("bulletin check --month 2023-01");
    }

    @Test
    void anArticleLeftFromTheMonthBeforeIsAWarning() throws IOException {
        Path data = copy();
        for (String month : List.of("2023-02", "2023-03")) {
            DataFiles.edit(data.resolve(month), "issue.yaml", "sections:\n", "sections:\n  - article: news.md\n");
            Files.writeString(data.resolve(month).resolve("news.md"), "---\ntitle: 一则消息\n---\n\n消息的正文。\n");
        }
        Cli run = check(data, "2023-03");
        assertThat(run.err)
                .contains("警告：" + data.resolve("2023-03/news.md") + ":2:")
                .contains("《一则消息》与上期（2023 年 2 月）的一模一样");

        Files.writeString(data.resolve("2023-03").resolve("news.md"), "---\ntitle: 一则消息\n---\n\n本月消息的正文。\n");
        assertThat(check(data, "2023-03").err).doesNotContain("一模一样");
    }

    @Test
    void aListOfNamesLeftAsLastYearsIsAWarning() throws IOException {
        Path data = tmp.resolve("data");
        Folders.copy(Path.of("data/2024"), data.resolve("2024"));
        Path year = data.resolve("2025");
        Folders.copy(Path.of("data/2024"), year);
        DataFiles.edit(year, "issue.yaml", "period: 2024", "period: 2025");
        DataFiles.edit(year, "issue.yaml", "printed: 2025-01-24", "printed: 2026-01-20");
        Cli run = Cli.run("check", "--year", "2025", "--data", data.toString());
        assertThat(run.err)
                .contains("警告：" + year.resolve("evaluations.yaml") + ":"
                        + DataFiles.lineOf(year, "evaluations.yaml", "title:") + ":")
                .contains("《南京市医疗机构国家三项测评成绩》的名单与上期（2024 年）完全相同");

        // one unit more that passed this year, and the list is this year's
        DataFiles.edit(year, "evaluations.yaml", "units: [南京鼓楼医院, 江苏省人民医院]", "units: [南京鼓楼医院, 江苏省人民医院, 南京市儿童医院]");
        assertThat(Cli.run("check", "--year", "2025", "--data", data.toString()).err)
                .doesNotContain("的名单与上期");
    }

    @Test
    void aCumulativeFigureThatAddsTwoTablesNamesEachWithItsTotal() throws IOException {
        // March's platform figures taken for April's: 累计校验入库数据 adds the totals of both platform tables
        Path data = tmp.resolve("data");
        Folders.copy(Path.of("data/2023-03"), data.resolve("2023-03"));
        Path april = data.resolve("2023-04");
        Folders.copy(Path.of("data/2023-03"), april);
        Cli run = check(data, "2023-04");
        assertThat(run.err)
                .contains("警告：" + april.resolve("platform-hospitals.yaml") + ":"
                        + DataFiles.lineOf(april, "platform-hospitals.yaml", "  累计校验入库数据: {") + ":")
                .contains("上期（2023 年 3 月）的 19362000000 加本期“数据上传量”的合计 176559441 + "
                        + "《2023 年 4 月南京市卫生信息平台数据采集情况（区）》“数据上传量”的合计 65108889（共 241668330）为 19603668330")
                .contains("再对照本期原表的累计数和“数据上传量”的合计 + 《2023 年 4 月南京市卫生信息平台数据采集情况（区）》“数据上传量”的合计；");
    }

    private Path copy() throws IOException {
        Path data = tmp.resolve("data");
        Folders.copy(HISTORY, data);
        return data;
    }

    private static Cli check(Path data, String month) {
        return Cli.run("check", "--month", month, "--data", data.toString());
    }

    /**
     * Asserts that a line of the output is a problem of the kind at the line of the March file holding the
     * text (any column), with the message.
     */
    private static void reported(String err, String kind, String file, String text, String message) throws IOException {
        String label = switch (kind) {
            case "error" -> "错误：";
            case "warning" -> "警告：";
            default -> "说明：";
        };
        String at = label + MARCH + file + ":" + DataFiles.lineOf(HISTORY.resolve("2023-03"), file, text) + ":";
        assertThat(err.lines())
                .as(at + " " + message)
                .anyMatch(l -> l.startsWith(at) && l.matches(".*:\\d+: .*") && l.contains(message));
    }

    private List<String> built(String month) throws IOException {
        Path out = tmp.resolve(month + ".pdf");
        Cli run = Cli.run("build", "--month", month, "--data", HISTORY.toString(), "--out", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            return Pdfs.lines(pdf);
        }
    }
}
