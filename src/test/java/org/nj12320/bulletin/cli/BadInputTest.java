package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.MessagePlaces;
import org.nj12320.bulletin.testing.Pdfs;

import picocli.CommandLine;

/**
 * Each kind of mistake an editor can make, made in a copy of the shipped data: the exit code, and a message
 * that names the file, line and column, says what was found and gives a hint.
 */
class BadInputTest {
    @TempDir
    Path tmp;

    Path data;
    Path month;

    @BeforeEach
    void copyData() throws IOException {
        data = tmp.resolve("data");
        Folders.copy(Path.of("data"), data);
        month = data.resolve("2023-03");
        DataFiles.withYamlRows(month);
    }

    private void edit(String file, String from, String to) throws IOException {
        DataFiles.edit(month, file, from, to);
    }

    /** The check of March with one edit made, which must fail cleanly: its output. */
    private String errorAfter(String file, String from, String to) throws IOException {
        edit(file, from, to);
        Cli r = check();
        assertCleanError(r);
        return r.err;
    }

    /** How many messages of the suite quoted a value that was found on the line they name. */
    private static int placed;

    private Cli check(String... more) {
        String[] args = Stream.concat(
                        Stream.of("check", "--month", "2023-03", "--data", data.toString()), Stream.of(more))
                .toArray(String[]::new);
        Cli r = Cli.run(args);
        // every message of the suite lands on the value it is about
        placed += MessagePlaces.assertLandOnTheirValues(r.err);
        return r;
    }

    @org.junit.jupiter.api.AfterAll
    static void theMessagesOfTheSuiteWereLookedAt() {
        assertThat(placed)
                .as("messages quoting a value, checked against their lines")
                .isGreaterThanOrEqualTo(10);
    }

    private int lineOf(String file, String text) throws IOException {
        return DataFiles.lineOf(month, file, text);
    }

    private static void assertCleanError(Cli r) {
        assertThat(r.code).as(r.toString()).isEqualTo(1);
        assertThat(r.err).as(r.toString()).contains("错误：").contains("提示：").doesNotContain("Exception", "\tat ");
    }

    @Test
    void theShippedDataChecksCleanlyWithWarningsOnly() {
        Cli r = check();
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.out).contains("2023-03：检查通过");
        assertThat(r.err).doesNotContain("错误：");
    }

    @Test
    void malformedYaml() throws IOException {
        edit("appointments.yaml", "  - {单位: 南京市儿童医院,", "  - {单位: 南京市儿童医院 [,");
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err)
                .contains("appointments.yaml:" + lineOf("appointments.yaml", "南京市儿童医院 [") + ":18: 这里的“[”没有配对的“]”");
    }

    @Test
    void textWhereACountBelongs() throws IOException {
        edit("appointments.yaml", "电话预约: 737,", "电话预约: 七百,");
        edit("appointments.yaml", "电话预约: 2561,", "电话预约: \"1,02\",");
        edit("appointments.yaml", "电话预约: 175,", "电话预约: 12 万,");
        Cli r = check();
        assertCleanError(r);
        int line = lineOf("appointments.yaml", "七百");
        assertThat(r.err).contains("appointments.yaml:" + line + ":43: 第 1 行（南京市儿童医院）的“电话预约”：应为非负整数，实为“七百”");
        assertThat(r.err)
                .contains("第 2 行（南京鼓楼医院）的“电话预约”：应为非负整数，实为“1,02”")
                .contains("第 3 行（南京鼓楼医院江北国际医院）的“电话预约”：应为非负整数，实为“12 万”（数字带单位）");
        assertThat(r.err.lines().filter(l -> l.startsWith("错误：")).count())
                .as("all problems at once")
                .isEqualTo(3);
    }

    @Test
    void missingRequiredField() throws IOException {
        edit("appointments.yaml", ", 诊间预约: 147095", "");
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err).contains("第 1 行（南京市儿童医院）的“诊间预约”：缺少必填字段“诊间预约”");
    }

    @Test
    void unknownFieldGetsTheNearestName() throws IOException {
        edit("appointments.yaml", "第三方: 1092", "第三放: 1092");
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err).contains("未知字段“第三放”").contains("提示：是否应为“第三方”？");
    }

    @Test
    void unitListedTwice() throws IOException {
        edit("appointments.yaml", "{单位: 南京鼓楼医院,", "{单位: 南京市儿童医院,");
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err)
                .contains("appointments.yaml:" + (lineOf("appointments.yaml", "南京鼓楼医院江北") - 1) + ":")
                .contains("“南京市儿童医院”出现了两次");
    }

    @Test
    void negativeCount() throws IOException {
        edit("platform-districts.yaml", "数据上传天数: 16", "数据上传天数: -16");
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err).contains("第 5 行（雨花台区）的“数据上传天数”：数量不能为负数，实为 -16");
    }

    @Test
    void aNoteNamingAFigureThatIsNotThereIsReportedAtTheNote() throws IOException {
        edit("appointments.yaml", "{累计预约挂号量} 次", "{累计预约挂号} 次");
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err)
                .contains("appointments.yaml:" + lineOf("appointments.yaml", "{累计预约挂号} 次") + ":5: 第 1 条注释：")
                .contains("的注释引用了 {累计预约挂号}，但 figures: 中没有这一项")
                .contains("提示：是否应为 {累计预约挂号量}？");
    }

    @Test
    void aProseTemplateMisspeltIsAnErrorWithTheNearestOne() throws IOException {
        assertThat(errorAfter("issue.yaml", "template: hotline", "template: hotlin"))
                .contains("模板 hotlin 没有说明它用到哪些数字")
                .contains("是否应为 hotline？")
                .contains("现有的文字模板：evaluations、hotline、remote-medicine");
        // an article's template, at its line in issue.yaml, among those an article can take
        edit("issue.yaml", "template: hotlin", "template: hotline");
        assertThat(errorAfter("issue.yaml", "template: briefs", "template: brief"))
                .contains("错误：" + month.resolve("issue.yaml") + ":"
                        + DataFiles.lineOf(month, "issue.yaml", "template: brief") + ":")
                .contains("找不到模板 templates/sections/brief.ftlx")
                .contains("是否应为 briefs？文章可用的模板：article、briefs、numbered");
    }

    @Test
    void aColumnTypeMisspeltIsOneErrorNotOneARow() throws IOException {
        String err = errorAfter("online-appointments.yaml", "{name: 名称, type: name}", "{name: 名称, type: nmae}");
        assertThat(err).contains("未知的列类型“nmae”").contains("是否应为 name？");
        // read on as a name column: its rows are not each told that 名称 is no column of the table
        assertThat(err.lines().filter(l -> l.startsWith("错误："))).hasSize(1);
    }

    @Test
    void aReferenceToATableMisspeltIsAnErrorWithTheReferenceMeant() throws IOException {
        assertThat(errorAfter("online-appointments.yaml", "as: appointments.电话预约", "as: appointment.电话预约"))
                .contains("“appointment.电话预约”指不到任何数字")
                .contains("是否应为“appointments.电话预约”？");
    }

    @Test
    void aFoldOutOfRangeSaysWhatFoldIs() throws IOException {
        assertThat(errorAfter("issue.yaml", "fold: 2", "fold: 5"))
                .contains("“fold”：fold 是表格分几组并排印出，应在 1 到 4 之间，实为 5")
                .contains("写 1（不分组）到 4");
    }

    @Test
    void rateOutsideItsRange() throws IOException {
        edit("platform-districts.yaml", "实时数据符合率: 98.30", "实时数据符合率: 198.30");
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err).contains("第 1 行（江宁区）的“门急诊信息”下的“实时数据符合率”：比率为 198.30%，超出 0–100% 的范围");
    }

    @Test
    void aRateWrittenAsAFractionIsAWarningWithThePercentMeant() throws IOException {
        edit("platform-districts.yaml", "实时数据符合率: 98.30", "实时数据符合率: 0.983");
        // a rate under 1 % written to the decimals printed is one, not a slip
        edit("platform-districts.yaml", "实时数据符合率: 91.00", "实时数据符合率: 0.91");
        Cli r = check();
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err)
                .contains("第 1 行（江宁区）的“门急诊信息”下的“实时数据符合率”：比率为 0.983%，会印作 0.98%：像是把 98.3% 写成了小数 0.983")
                .contains("以百分数填写，写作 98.30")
                .doesNotContain("比率为 0.91%");
    }

    @Test
    void moreDaysThanThePeriodHasWarnsAndFailsWhenStrict() throws IOException {
        edit("platform-districts.yaml", "数据上传天数: 16", "数据上传天数: 36");
        Cli r = check();
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).contains("警告：").contains("雨花台区的“数据上传天数”为 36，而本期（2023 年 3 月）只有 31 天");
        Cli strict = check("--strict");
        assertThat(strict.code).isEqualTo(1);
        assertThat(strict.err).contains("错误：").contains("只有 31 天");
    }

    @Test
    void givenTotalThatDisagreesWarnsAndFailsWhenStrict() throws IOException {
        edit("appointments.yaml", "小计: 221926", "小计: 221925");
        Cli r = check();
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).contains("警告：").contains("原表所印合计的“小计”").contains("原表的合计为 221925，各行之和为 221926");
        Cli strict = check("--strict");
        assertThat(strict.code).isEqualTo(1);
        assertThat(strict.err).contains("错误：").contains("原表的合计为 221925");
    }

    @Test
    void aSumDeclaredBeforeItsPartsPrintsTheRightFigures() throws Exception {
        // 小计 moved before the columns it adds up: the same figures, ranks and total are printed
        edit(
                "appointments.yaml",
                "  - {name: 单位, type: name}\n",
                "  - {name: 单位, type: name}\n" + "  - {name: 小计, type: sum, of: [12320 在线预约, 电话预约, 诊间预约, 第三方]}\n");
        edit(
                "appointments.yaml",
                "  - 第三方\n  - {name: 小计, type: sum, of: [12320 在线预约, 电话预约, 诊间预约, 第三方]}\n",
                "  - 第三方\n");
        Path pdf = tmp.resolve("moved.pdf");
        Cli r = Cli.run("build", "--month", "2023-03", "--data", data.toString(), "--out", pdf.toString());
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).doesNotContain("小计");
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(Pdfs.lines(doc))
                    .contains("1 南京市儿童医院 152231 3307 737 147095 1092", "合计 221926 29137 4446 152993 35350");
        }
    }

    @Test
    void aSumThatAddsItselfStopsTheBuild() throws IOException {
        edit("appointments.yaml", "of: [12320 在线预约, 电话预约,", "of: [小计, 12320 在线预约, 电话预约,");
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err)
                .contains("appointments.yaml:" + lineOf("appointments.yaml", "of: [小计") + ":")
                .contains("求和列“小计”把它自己也加在内");
    }

    @Test
    void periodWithoutData() {
        Cli r = Cli.run("check", "--month", "2031-01", "--data", data.toString());
        assertCleanError(r);
        assertThat(r.err)
                .contains("没有 2031-01 的数据")
                .contains("提示：要开始这一期，运行 bulletin new --month 2031-01（由 2023-03 建立它的文件夹）；现有数据的期次：2023-03、2024");
        // nothing of its kind before it to start from: the periods there are
        Cli earlier = Cli.run("check", "--year", "2020", "--data", data.toString());
        assertThat(earlier.err)
                .contains("没有 2020 的数据")
                .contains("提示：现有数据的期次：2023-03、2024")
                .doesNotContain("bulletin new");
    }

    @Test
    void fileInGbk() throws IOException {
        Path p = month.resolve("online-appointments.yaml");
        Files.writeString(p, Files.readString(p), Charset.forName("GBK"));
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err)
                .contains("online-appointments.yaml:")
                .contains("不是 UTF-8 编码，看来是 GBK")
                .contains("提示：以 UTF-8 编码重新保存");
    }

    @Test
    void byteOrderMarkJustWorks() throws IOException {
        for (String f : new String[] {"issue.yaml", "appointments.yaml", "articles/01-信息化发展指数.md"}) {
            Path p = month.resolve(f);
            Files.writeString(p, "\uFEFF" + Files.readString(p), StandardCharsets.UTF_8);
        }
        Cli r = check();
        assertThat(r.code).as(r.toString()).isZero();
    }

    @Test
    void radicalsAreNormalisedWithAWarning() throws IOException {
        edit("appointments.yaml", "{单位: 南京市儿童医院,", "{单位: 南京市儿童医院\u2F63,");
        edit("online-appointments.yaml", "健康南京客户端", "健康南京客户\u2EDB端");
        Cli r = check();
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).contains("U+2F63").contains("→ 生").contains("U+2EDB");
    }

    @Test
    void characterNoFontCanDraw() throws IOException {
        edit("appointments.yaml", "{单位: 南京市儿童医院,", "{单位: 南京市儿童医院\uD83C\uDFE5,");
        edit("briefs.md", "会讯：", "会讯\uD84D\uDDE5：");
        // a word in a script the fonts do not have: one message for the word, not one per letter
        edit("briefs.md", "在重庆召开", "在重庆（\u0645\u0624\u062A\u0645\u0631）召开");
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err)
                .contains("字体中没有“\u0645\u0624\u062A\u0645\u0631”的 5 个字符（U+0645，ARABIC LETTER MEEM 起）")
                .contains("改用中文译名或拉丁字母转写")
                .doesNotContain("U+0624");
        assertThat(r.err)
                .contains("appointments.yaml:" + lineOf("appointments.yaml", "儿童医院\uD83C\uDFE5")
                        + ":17: 第 1 行（南京市儿童医院\uD83C\uDFE5）的“单位”：字体中没有“\uD83C\uDFE5”（U+1F3E5")
                .contains("briefs.md:1:5: 字体中没有“\uD84D\uDDE5”（U+235E5");
    }

    @Test
    void fileOutsideTheIssueFolder() throws IOException {
        Files.writeString(tmp.resolve("secret.yaml"), "title: x\n");
        edit("issue.yaml", "  - table: appointments.yaml", "  - table: ../../secret.yaml");
        Files.createSymbolicLink(month.resolve("link.yaml"), tmp.resolve("secret.yaml"));
        edit("issue.yaml", "  - table: online-appointments.yaml", "  - table: link.yaml");
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err).contains("“../../secret.yaml”不在 ").contains("“link.yaml”不在 ");
    }

    @Test
    void aliasBombIsRefusedAtOnce() throws IOException {
        StringBuilder bomb =
                new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
            bomb.append(c).append(": &").append(c).append(" [");
            for (int i = 0; i < 9; i++) {
                bomb.append(i > 0 ? "," : "").append('*').append((char) (c - 1));
            }
            bomb.append("]\n");
        }
        Files.writeString(month.resolve("appointments.yaml"), bomb.toString());
        long start = System.nanoTime();
        Cli r = check();
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(10);
        assertCleanError(r);
        assertThat(r.err).contains("不允许使用 YAML 别名");
    }

    @Test
    void oversizedFileIsRefused() throws IOException {
        Files.writeString(month.resolve("briefs.md"), "- 很长的简讯。\n".repeat(300_000));
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err).contains("briefs.md: 文件大小").contains("超过数据文件上限");
    }

    /** Builds the March issue of the copied data with these templates into x.pdf. */
    private Cli buildWith(Path templates) {
        return Cli.run(
                "build",
                "--month",
                "2023-03",
                "--data",
                data.toString(),
                "--templates",
                templates.toString(),
                "--out",
                tmp.resolve("x.pdf").toString());
    }

    @Test
    void templateErrorNamesTemplateLineAndExpression() throws IOException {
        Path templates = tmp.resolve("templates");
        Folders.copy(Path.of("templates"), templates);
        Path hotline = templates.resolve("sections/hotline.ftlx");
        Files.writeString(hotline, Files.readString(hotline).replace("${f.calls}", "${f.cals}"));
        Cli r = buildWith(templates);
        assertCleanError(r);
        int line = 0;
        var lines = Files.readAllLines(hotline);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("f.cals")) {
                line = i + 1;
            }
        }
        assertThat(r.err).contains("sections/hotline.ftlx:" + line + ":").contains("${f.cals}");
        assertThat(Files.exists(tmp.resolve("x.pdf"))).isFalse();
        Cli checked =
                Cli.run("check", "--month", "2023-03", "--data", data.toString(), "--templates", templates.toString());
        assertCleanError(checked);
        assertThat(checked.err).as("check fills the templates too").contains("sections/hotline.ftlx:" + line + ":");
    }

    @Test
    void aTemplateFunctionGivenTheWrongKindOfValueSaysWhatItTakes() throws IOException {
        Path templates = tmp.resolve("templates");
        Folders.copy(Path.of("templates"), templates);
        DataFiles.edit(templates, "lib/table.ftlx", "phrases(c.text)", "phrases(c.colspan)");
        Cli r = buildWith(templates);
        assertCleanError(r);
        assertThat(r.err)
                .contains("lib/table.ftlx:" + DataFiles.lineOf(templates, "lib/table.ftlx", "phrases(c.colspan)") + ":")
                .contains("phrases(…) 要一个单位名称（文字），如 phrases(c.text)");
        // so every function the templates call: a value left out
        DataFiles.edit(templates, "lib/table.ftlx", "phrases(c.colspan)", "phrases(c.text)");
        DataFiles.edit(templates, "lib/table.ftlx", "header(t)", "header()");
        Cli left = buildWith(templates);
        assertCleanError(left);
        assertThat(left.err).contains("header(…) 要一张表，如 header(t)");
    }

    @Test
    void whatThePrintStylesheetAsksThatTheLayoutCannotDoIsAnErrorAtItsLine() throws IOException {
        Path templates = tmp.resolve("templates");
        Folders.copy(Path.of("templates"), templates);
        Path css = templates.resolve("style/print.css");
        Files.writeString(css, Files.readString(css).replace(".masthead {\n", ".masthead {\n  float: left;\n"));
        Path pdf = tmp.resolve("x.pdf");
        Files.writeString(pdf, "%PDF-1.7 a PDF built before");
        Cli r = buildWith(templates);
        assertCleanError(r);
        assertThat(r.err)
                .contains("style/print.css:" + DataFiles.lineOf(templates, "style/print.css", "float: left") + ":3")
                .contains("排版不支持属性“float”");
        assertThat(Files.readString(pdf)).as("the PDF before kept").isEqualTo("%PDF-1.7 a PDF built before");
        Cli checked =
                Cli.run("check", "--month", "2023-03", "--data", data.toString(), "--templates", templates.toString());
        assertCleanError(checked);
        assertThat(checked.err).as("check maps the printed page too").contains("排版不支持属性“float”");
    }

    @Test
    void checkFindsTheMistakesOfTheWebEditionsTemplateAndStylesheetToo() throws IOException {
        Path templates = tmp.resolve("templates");
        Folders.copy(Path.of("templates"), templates);
        Path web = templates.resolve("web.ftlx");
        Files.writeString(web, Files.readString(web).replace("${meta.publisher}\"/>", "${meta.publsher}\"/>"));
        Cli r = Cli.run("check", "--month", "2023-03", "--data", data.toString(), "--templates", templates.toString());
        assertCleanError(r);
        assertThat(r.err).contains("web.ftlx:" + DataFiles.lineOf(templates, "web.ftlx", "meta.publsher") + ":");

        Path other = tmp.resolve("templates-css");
        Folders.copy(Path.of("templates"), other);
        Path css = other.resolve("style/web.css");
        Files.writeString(css, Files.readString(css).replaceFirst("\\.issue \\{", ".issue { color: ; {"));
        Cli styled = Cli.run("check", "--month", "2023-03", "--data", data.toString(), "--templates", other.toString());
        assertCleanError(styled);
        assertThat(styled.err)
                .contains("style/web.css:" + DataFiles.lineOf(other, "style/web.css", ".issue { color"))
                .contains("网页版样式表有误");
    }

    @Test
    void aFileNameMistypedInTheManifestIsAnsweredWithTheNearestFileOfTheFolder() throws IOException {
        DataFiles.edit(month, "issue.yaml", "  - table: appointments.yaml", "  - table: appointment.yaml");
        Files.writeString(month.resolve("~$appointment.yaml"), "a lock file of an editor, never suggested");
        Cli r = check();
        assertCleanError(r);
        assertThat(r.err)
                .contains("错误：" + month.resolve("issue.yaml") + ":"
                        + DataFiles.lineOf(month, "issue.yaml", "- table: appointment.yaml"))
                .contains("“appointment.yaml”不存在")
                .contains("提示：是否应为“appointments.yaml”？更正文件名，或新建该文件");

        DataFiles.edit(month, "issue.yaml", "  - table: appointment.yaml", "  - table: 全不相干.yaml");
        assertThat(check().err).contains("“全不相干.yaml”不存在").contains("提示：新建该文件，或更正文件名");
    }

    @Test
    void aCumulativeFigureThatCannotBeWorkedOutIsNotCalledMissing() throws IOException {
        Path april = DataFiles.aprilCopiedFromMarch(data);
        DataFiles.edit(april, "platform-hospitals.yaml", ", given: 19362000000", "");
        DataFiles.edit(april, "platform-districts.yaml", "数据上传量: 21694466", "数据上传量: 21 694466");
        Cli r = Cli.run("check", "--month", "2023-04", "--data", data.toString());
        assertCleanError(r);
        assertThat(r.err)
                .contains("（数字中有空格）")
                .contains("的注释引用的 {累计校验入库数据} 算不出来：它所累加的数字或上期的累计数有错误")
                .doesNotContain("figures: 中没有这一项");
    }

    @Test
    void templatesCannotReachJavaOrOutsideFiles() throws IOException {
        Path templates = tmp.resolve("templates");
        Folders.copy(Path.of("templates"), templates);
        Path hotline = templates.resolve("sections/hotline.ftlx");
        String original = Files.readString(hotline);
        String[] attempts = {
            "<#assign x = \"freemarker.template.utility.Execute\"?new()>${x(\"id\")}",
            "${f?api.getClass()}",
            "<#include \"../../../etc/passwd\">",
            "<img src=\"https://example.com/x.png\"/>",
            "<img src=\"file:///etc/hostname\"/>"
        };
        for (String attempt : attempts) {
            Files.writeString(hotline, original.replace("<div class=\"body\">", "<div class=\"body\">" + attempt));
            Cli r = buildWith(templates);
            assertCleanError(r);
            assertThat(Files.exists(tmp.resolve("x.pdf"))).as(attempt).isFalse();
        }
        Files.writeString(hotline, original.replace("<div class=\"body\">", "<div class=\"body\">" + attempts[3]));
        Cli r = buildWith(templates);
        assertThat(r.err).contains("模板引用了外部资源“https://example.com/x.png”");
    }

    @Test
    void usageErrorsExitWithTwo() {
        for (String[] args : new String[][] {
            {"build"},
            {"build", "--month", "2023-13"},
            {"check", "--year", "24"},
            {"build", "--month", "2023-03", "--year", "2024", "--out", "x.pdf"},
            {"frobnicate"},
            {"build", "--colour"}
        }) {
            Cli r = Cli.run(args);
            assertThat(r.code).as(String.join(" ", args) + "\n" + r).isEqualTo(2);
            assertThat(r.err).startsWith("错误：").contains("提示：");
        }
    }

    @CommandLine.Command(name = "explode")
    static final class Explode implements Runnable {
        @CommandLine.Option(names = "--stacktrace")
        boolean stacktrace;

        @Override
        public void run() {
            throw new IllegalStateException("boom");
        }
    }

    @Test
    void internalErrorsPrintOneLineUnlessAskedForTheTrace() {
        for (boolean trace : new boolean[] {false, true}) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            CommandLine cl = Main.commandLine(new PrintWriter(out), new PrintWriter(err));
            cl.addSubcommand(new Explode());
            int code = trace ? cl.execute("explode", "--stacktrace") : cl.execute("explode");
            assertThat(code).isEqualTo(Main.INTERNAL);
            assertThat(err.toString()).contains("错误：程序内部错误：java.lang.IllegalStateException: boom");
            if (trace) {
                assertThat(err.toString()).contains("\tat ");
            } else {
                assertThat(err.toString()).doesNotContain("\tat ").contains("提示：加上 --stacktrace");
            }
        }
    }
}
