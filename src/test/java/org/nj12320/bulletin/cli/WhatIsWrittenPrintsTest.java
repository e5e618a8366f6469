package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.Pdfs;
import org.nj12320.bulletin.testing.VeraPdf;

/**
 * What the editor writes is what prints, through the command line on a copy of the shipped issues: bold
 * however it touches Chinese marks, and an error where it would print as asterisks; an article's subheads,
 * lists and links printed, its pictures and tables errors; a check with warnings that does not say it passed.
 */
class WhatIsWrittenPrintsTest {
    @TempDir
    Path tmp;

    Path data;
    Path march;

    @BeforeEach
    void copy() throws IOException {
        data = tmp.resolve("data");
        Folders.copy(Path.of("data"), data);
        march = data.resolve("2023-03");
    }

    /** March's check on the copy, as an editor runs it. */
    private Cli check() {
        return Cli.run("check", "--month", "2023-03", "--data", data.toString());
    }

    private Cli build(String... more) {
        String[] args =
                new String[] {"build", "--month", "2023-03", "--data", data.toString(), "--out-dir", tmp.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + more.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Cli.run(all);
    }

    @Test
    void boldBesideChineseMarksIsBoldInEveryEdition() throws IOException {
        DataFiles.edit(march, "briefs.md", "召开。", "召开，新增**“检查检验报告查询”**功能。");
        DataFiles.edit(data.resolve("2024"), "articles/01-十件大事.md", "1. **突出政治引领，激活党建动能**。", "1. **“突出政治引领”，激活党建动能**。");
        Cli run = build("--format", "pdf,html");
        assertThat(run.code).as(run.toString()).isZero();
        String pdf = text(tmp.resolve("2023-03.pdf"));
        assertThat(pdf).contains("新增“检查检验报告查询”功能").doesNotContain("**");
        assertThat(Files.readString(tmp.resolve("2023-03.html")))
                .containsPattern("新增<strong[^>]*>“检查检验报告查询”</strong>功能");

        Cli annual = Cli.run("build", "--year", "2024", "--data", data.toString(), "--out-dir", tmp.toString());
        assertThat(annual.code).as(annual.toString()).isZero();
        assertThat(text(tmp.resolve("2024.pdf"))).contains("一、“突出政治引领”，激活党建动能。").doesNotContain("**");
    }

    @Test
    void aTitleTooLongForOneLineIsSetInTwoOfAboutTheSameLength() throws IOException {
        DataFiles.edit(
                march,
                "articles/01-信息化发展指数.md",
                "title: 全国卫生健康信息化发展指数（2023）发布",
                "title: 南京市卫生健康委员会召开 2023 年全市卫生健康信息化工作会议暨智慧医疗建设推进会");
        Cli run = build();
        assertThat(run.code).as(run.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(tmp.resolve("2023-03.pdf").toFile())) {
            List<String> lines = Pdfs.lines(doc);
            int first = lines.indexOf(lines.stream()
                    .filter(l -> l.startsWith("南京市卫生健康委员会召开"))
                    .findFirst()
                    .orElseThrow());
            String one = lines.get(first).replace(" ", "");
            String two = lines.get(first + 1).replace(" ", "");
            assertThat(one + two).isEqualTo("南京市卫生健康委员会召开2023年全市卫生健康信息化工作会议暨智慧医疗建设推进会");
            // not one full line and a few characters: 39 characters (four of them digits) in two lines
            assertThat(Math.abs(one.length() - two.length()))
                    .as(one + " / " + two)
                    .isLessThanOrEqualTo(4);
        }
    }

    /**
     * Text pasted from a web page or a word processor, with the invisible characters it carries: they print as
     * nothing (never a box the fonts lack), a zero-width space being a place to break, a paragraph separator a new
     * paragraph; and a thin space as a space.
     */
    @Test
    void invisibleCharactersOfPastedTextPrintAsNothing() throws IOException {
        String article = "articles/02-卫生信息技术交流大会.md";
        DataFiles.edit(
                march,
                article,
                "同期进行了信息化软硬件产品展览。",
                "同期进行了信\u00AD息化软\u200B硬件产\uFEFF品展\u200D览\u2060。\u2029本届共有\u2009" + "40\u2028个专题。");
        DataFiles.edit(march, "briefs.md", "在扬州市召开。", "在扬州\u200C市召开。");
        Cli run = build();
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err).doesNotContain("字体中没有");
        String pdf = text(tmp.resolve("2023-03.pdf"));
        assertThat(pdf).contains("同期进行了信息化软硬件产品展览。本届共有 40 个专题。").contains("在扬州市召开。");
        try (PDDocument doc = Loader.loadPDF(tmp.resolve("2023-03.pdf").toFile())) {
            assertThat(Pdfs.lines(doc))
                    .as("the paragraph separator begins a paragraph: a line of its own")
                    .anySatisfy(l -> assertThat(l.strip()).startsWith("本届共有"));
        }
        assertThat(pdf.chars().filter(c -> "\u00AD\u200B\uFEFF\u200D\u2060\u2028\u2029\u2009\u200C".indexOf(c) >= 0))
                .isEmpty();
    }

    @Test
    void boldWhereItWouldPrintAsAsterisksIsAnErrorAtItsLine() throws IOException {
        DataFiles.edit(march, "briefs.md", "在扬州市召开。", "在**扬州市召开。");
        DataFiles.edit(march, "platform-districts.yaml", "title: \"", "title: \"**");
        Cli run = build();
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        int line = DataFiles.lineOf(march, "briefs.md", "在**扬州市");
        assertThat(run.err)
                .contains("错误：" + march.resolve("briefs.md") + ":" + line + ":")
                .contains("加粗的 ** 没有成对")
                .contains("错误：" + march.resolve("platform-districts.yaml") + ":"
                        + DataFiles.lineOf(march, "platform-districts.yaml", "title: \"**"))
                .contains("这里不能加粗");
        assertThat(tmp.resolve("2023-03.pdf")).doesNotExist();
    }

    @Test
    void anArticlesSubheadsListsAndLinksPrintAndItsPicturesAndTablesAreErrorsAtTheirLines() throws Exception {
        String article = "articles/02-卫生信息技术交流大会.md";
        DataFiles.edit(
                march,
                article,
                "大会主题演讲环节，",
                "## 主题演讲\n\n- *着重*详见[大会网站](https://www.chima.org.cn/news/2023/04/15/chima-conference-report.html)\n- 其二\n\n大会主题演讲环节，");
        Cli run = build("--format", "pdf,html");
        assertThat(run.code).as(run.toString()).isZero();
        String pdf = text(tmp.resolve("2023-03.pdf"));
        // emphasis dots are drawn, not text: the words copy as they are
        assertThat(pdf).contains("主题演讲", "着重详见大会网站（https://www.chima.org.cn/news/", "其二");
        // its list tagged as a list, with the dots as labels: the PDF stays PDF/A-3a and PDF/UA-1
        for (String flavour : new String[] {"3a", "ua1"}) {
            try (InputStream in = Files.newInputStream(tmp.resolve("2023-03.pdf"))) {
                assertThat(VeraPdf.validate(in, flavour).failures())
                        .as("against " + flavour)
                        .isEmpty();
            }
        }
        String html = Files.readString(tmp.resolve("2023-03.html"));
        assertThat(html)
                .containsPattern("<h3 class=\"subhead\"[^>]*>主题演讲</h3>")
                // on the web the address is a link a reader may follow, which loads nothing by itself
                .containsPattern("详见大会网站（<a class=\"url\" href=\"https://www.chima.org.cn/news/2023/04/15/"
                        + "chima-conference-report.html\"[^>]*>https://www.chima.org.cn/news/")
                .containsPattern("<p class=\"brief\"[^>]*><span aria-hidden=\"true\"[^>]*>●</span>其二</p>");

        byte[] good = Files.readAllBytes(tmp.resolve("2023-03.pdf"));
        DataFiles.edit(march, article, "- 其二\n", "- 其二 ![会场](hall.jpg)\n\n| 甲 | 乙 |\n| --- | --- |\n| 1 | 2 |\n");
        Cli wrong = build();
        assertThat(wrong.code).as(wrong.toString()).isEqualTo(1);
        assertThat(wrong.err)
                .contains("错误：" + march.resolve(article) + ":" + DataFiles.lineOf(march, article, "![会场]")
                        + ":6: 文章中不能插图")
                .contains("错误：" + march.resolve(article) + ":" + DataFiles.lineOf(march, article, "| 甲 | 乙 |")
                        + ":1: 文章中不能用 | 排表格");
        // the good PDF of before stays as it was
        assertThat(Files.readAllBytes(tmp.resolve("2023-03.pdf"))).isEqualTo(good);
    }

    @Test
    void linesEndingASentenceWithNoBlankLineBetweenAreAWarningThatTheyMakeOneParagraph() throws IOException {
        String article = "articles/02-卫生信息技术交流大会.md";
        // pasted from a word processor: a paragraph a line, no blank line between
        DataFiles.edit(march, article, "卫生健康高质量发展”。\n\n", "卫生健康高质量发展”。\n");
        Cli run = check();
        assertThat(run.code).as(run.toString()).isZero();
        int line = DataFiles.lineOf(march, article, "卫生健康高质量发展”。") + 1;
        assertThat(run.err)
                .contains("警告：" + march.resolve(article) + ":" + line + ":1: 这一行与上一行之间没有空行，会和上一行连成一段印出")
                .contains("要另起一段，在两行之间空一行");
        // a line break asked for (two spaces at the line's end) keeps the lines apart: nothing to say
        DataFiles.edit(march, article, "卫生健康高质量发展”。\n", "卫生健康高质量发展”。  \n");
        assertThat(check().err).doesNotContain("连成一段");
    }

    @Test
    void aHeadingThatRepeatsTheArticlesTitleIsAWarning() throws IOException {
        String article = "articles/01-信息化发展指数.md";
        DataFiles.edit(march, article, "---\n\n", "---\n\n## 全国卫生健康信息化发展指数（2023）发布\n\n");
        Cli run = check();
        assertThat(run.code).as(run.toString()).isZero();
        int line = DataFiles.lineOf(march, article, "## 全国卫生健康信息化发展指数");
        assertThat(run.err).contains("警告：" + march.resolve(article) + ":" + line + ":1: 正文开头的标题与文章标题相同，会印两遍");
    }

    @Test
    void aPlaceholderMisspeltInATitleIsAnErrorWithTheNearestOne() throws IOException {
        DataFiles.edit(march, "appointments.yaml", "title: \"{期}预约挂号服务统计\"", "title: \"{其}预约挂号服务统计\"");
        Cli run = build();
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        assertThat(run.err)
                .contains("错误：" + march.resolve("appointments.yaml") + ":"
                        + DataFiles.lineOf(march, "appointments.yaml", "{其}") + ":")
                .contains("“{其}”不是期次的占位符，会连同花括号原样印出")
                .contains("是否应为 {期}？");
        // one error, at the title: the note's {期末} and figure are placeholders spelt right
        assertThat(run.err.lines().filter(l -> l.startsWith("错误：")).count()).isEqualTo(1);
        // in an article's text, where braces may be meant, one near a placeholder is a warning at its place
        String article = "articles/02-卫生信息技术交流大会.md";
        DataFiles.edit(march, article, "2023 年 4 月 15 日上午", "{其}4 月 15 日上午");
        assertThat(build().err)
                .contains("警告：" + march.resolve(article) + ":" + DataFiles.lineOf(march, article, "{其}4 月") + ":1: "
                        + "正文中的“{其}”会连同花括号原样印出：是不是期次的占位符 {期} 写错了？");
        // in a note, where figures are named in braces too, the period's placeholder misspelt is named
        DataFiles.edit(march, "appointments.yaml", "（截止 {期末}", "（截止 {期未}");
        assertThat(build().err)
                .contains("注释引用了 {期未}，但 figures: 中没有这一项，期次的占位符中也没有")
                .contains("是否应为 {期末}（期次的占位符）？");
        assertThat(tmp.resolve("2023-03.pdf")).doesNotExist();
        // in a column's label, at the column's own line
        DataFiles.edit(march, "appointments.yaml", "title: \"{其}预约挂号服务统计\"", "title: \"{期}预约挂号服务统计\"");
        DataFiles.edit(march, "appointments.yaml", "label: \"电话|预约\"", "label: \"{月份}电话|预约\"");
        assertThat(build().err)
                .contains("错误：" + march.resolve("appointments.yaml") + ":"
                        + DataFiles.lineOf(march, "appointments.yaml", "{月份}") + ":")
                .contains("“{月份}”不是期次的占位符")
                .containsOnlyOnce("{月份}”不是");
    }

    @Test
    void aNumberedItemThatNumbersItselfIsAWarning() throws IOException {
        // the 2024 review's events, pasted with their own numbers under the list's
        Path year = data.resolve("2024");
        String article = "articles/01-十件大事.md";
        DataFiles.edit(year, article, "1. **突出政治引领", "1. **一、突出政治引领");
        Cli run = Cli.run("check", "--year", "2024", "--data", data.toString());
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err)
                .contains("警告：" + year.resolve(article) + ":" + DataFiles.lineOf(year, article, "**一、突出") + ":6: "
                        + "这一项的编号会印两遍：“一、”之前还有程序按顺序编的 一、二、……")
                .containsOnlyOnce("编号会印两遍");
        // an item written with - is not numbered
        DataFiles.edit(year, article, "1. **一、突出政治引领", "- **突出政治引领");
        assertThat(Cli.run("check", "--year", "2024", "--data", data.toString()).err)
                .contains("警告：" + year.resolve(article) + ":" + DataFiles.lineOf(year, article, "- **突出政治引领")
                        + ":1: 这一项以 - 开头，不会编号");
    }

    @Test
    void aRuleUnderscoresAndTagsThatPrintOtherwiseThanMeantAreWarningsAtTheirLines() throws IOException {
        String article = "articles/02-卫生信息技术交流大会.md";
        // a rule between two paragraphs; a rule right under a sentence; emphasis with underscores inside words
        DataFiles.edit(march, article, "卫生健康高质量发展”。\n\n", "卫生健康高质量发展”。\n\n***\n\n");
        DataFiles.edit(march, article, "出席开幕式并致辞。", "出席开幕式并致辞。\n---\n");
        DataFiles.edit(march, article, "作视频致辞", "作_视频_致辞");
        // text pasted from a web page with its tags; a line break asked for with <br> is no slip
        DataFiles.edit(march, article, "主旨报告。", "<font color=\"red\">主旨报告</font>。<br>");
        // underscores around figures or a name are the editor's own: nothing said
        DataFiles.edit(march, article, "出席大会。", "出席大会（见报表_2023_终版）。");
        Cli run = build("--format", "pdf,html");
        assertThat(run.code).as(run.toString()).isZero();
        Path file = march.resolve(article);
        assertThat(run.err)
                .contains("警告：" + file + ":" + DataFiles.lineOf(march, article, "***") + ":1: 分隔线“***”不会印出")
                .contains("警告：" + file + ":" + (DataFiles.lineOf(march, article, "出席开幕式并致辞。") + 1) + ":1: "
                        + "这一行的“---”使上一行印成小标题，而上一行是一句话")
                .contains("警告：" + file + ":" + DataFiles.lineOf(march, article, "_视频_") + ":")
                .contains("“_视频_”的下划线夹在文字中间，不算强调，会原样印出")
                .contains("警告：" + file + ":" + DataFiles.lineOf(march, article, "<font") + ":")
                .contains("HTML 标记“<font color=\"red\">”不起作用，会连同尖括号原样印出")
                .doesNotContain("“<br>”")
                .contains("改用星号：*视频*")
                .doesNotContain("_2023_");
        // what the warnings say is what printed: no rule, the underscores as they are
        String pdf = text(tmp.resolve("2023-03.pdf"));
        assertThat(pdf)
                .contains("作_视频_致辞")
                .contains("<font color=\"red\">主旨报告</font>")
                .doesNotContain("***");
        assertThat(Files.readString(tmp.resolve("2023-03.html"))).doesNotContain("<hr");
        // written as the hints say, nothing is left to warn of
        DataFiles.edit(march, article, "\n\n***\n\n", "\n\n");
        DataFiles.edit(march, article, "致辞。\n---\n", "致辞。");
        DataFiles.edit(march, article, "作_视频_致辞", "作*视频*致辞");
        Cli again = check();
        assertThat(again.err).doesNotContain("分隔线").doesNotContain("小标题，而上一行").doesNotContain("下划线");
    }

    @Test
    void anArticleSavedTwiceOrUnderAnothersTitleIsAWarning() throws IOException {
        Path first = march.resolve("articles/01-信息化发展指数.md");
        Path second = march.resolve("articles/02-卫生信息技术交流大会.md");
        String original = Files.readString(second);
        Files.copy(first, second, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Cli twice = check();
        assertThat(twice.code).as(twice.toString()).isZero();
        assertThat(twice.err)
                .contains("警告：" + second + ":")
                .contains("标题和正文都与前面的 01-信息化发展指数.md 相同")
                .contains("同一篇文章放了两次？");
        // a new article written over a copy of another, its title left as it was
        String title = Files.readString(first)
                .lines()
                .filter(l -> l.startsWith("title:"))
                .findFirst()
                .orElseThrow();
        Files.writeString(second, original.replaceFirst("(?s)title: \\|-\\n.*?\\n---", title + "\n---"));
        Cli retitled = check();
        assertThat(retitled.err)
                .contains("标题“" + title.substring("title:".length()).strip() + "”与前面的 01-信息化发展指数.md 相同")
                .doesNotContain("标题和正文都与");
    }

    @Test
    void aTableCopiedAsANewOneWithItsTitleLeftIsAWarning() throws IOException {
        Files.copy(march.resolve("online-appointments.yaml"), march.resolve("online2.yaml"));
        DataFiles.edit(
                march,
                "issue.yaml",
                "  - table: online-appointments.yaml",
                "  - table: online-appointments.yaml\n  - table: online2.yaml");
        Cli run = check();
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err)
                .contains("警告：" + march.resolve("online2.yaml")
                        + ":2:8: title：标题“{期}线上预约情况统计”与前面的 online-appointments.yaml 相同");
    }

    @Test
    void aPartHeadingListedTwiceIsAWarning() throws IOException {
        DataFiles.edit(march, "issue.yaml", "  - heading: 简讯", "  - heading: 统计数据");
        Cli run = check();
        assertThat(run.code).as(run.toString()).isZero();
        int second = DataFiles.lineOf(march, "issue.yaml", "  - article: briefs.md") - 1;
        assertThat(run.err)
                .contains("警告：" + march.resolve("issue.yaml") + ":" + second + ":")
                .contains("“统计数据”已在第 " + DataFiles.lineOf(march, "issue.yaml", "  - heading: 统计数据") + " 行列过，会印两次");
    }

    @Test
    void aBriefWrittenWithoutItsDashIsAWarning() throws IOException {
        DataFiles.edit(march, "briefs.md", "- 3 月 31 日-4 月 2 日", "3 月 31 日-4 月 2 日");
        Cli run = check();
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err)
                .contains("警告：" + march.resolve("briefs.md") + ":"
                        + DataFiles.lineOf(march, "briefs.md", "3 月 31 日-4 月 2 日")
                        + ":1: 这一段不是简讯列表中的一条（没有以 - 开头），会印作普通段落，前面没有 ◆")
                .containsOnlyOnce("简讯列表");
    }

    @Test
    void aHalfWidthMarkBetweenChineseCharactersIsPointedOutAtItsLine() throws IOException {
        DataFiles.edit(march, "briefs.md", "在扬州市召开。", "在扬州市召开,会期两天.");
        DataFiles.edit(march, "appointments.yaml", "（截止 {期末}，", "（截止 {期末},");
        Cli run = check();
        assertThat(run.code).as(run.toString()).isZero();
        int line = DataFiles.lineOf(march, "briefs.md", "召开,会期");
        assertThat(run.err)
                .containsPattern("说明：" + java.util.regex.Pattern.quote(march.resolve("briefs.md") + ":" + line + ":")
                        + "\\d+: 半角标点夹在汉字之间（1 处）：“召开,会期”")
                .contains("中文里应为全角标点（，）")
                // a mark beside a figure or a placeholder is not between two Chinese characters
                .doesNotContain("“天.”")
                .doesNotContain("期末}");
    }

    @Test
    void aHyphenFromAChineseWordToAFigureIsPointedOutAsASpansDash() throws IOException {
        DataFiles.edit(march, "briefs.md", "在扬州市召开。", "在扬州市召开，会期 2023-04-01 起，共 2~3 天。");
        Cli run = check();
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err)
                .contains("说明：" + march.resolve("briefs.md") + ":"
                        + DataFiles.lineOf(march, "briefs.md", "5月 25 日-28 日") + ":")
                .contains("起止之间用了半角的“-”或“~”（3 处）：第 1 行“25 日-28 日”、第 3 行“25 日-28 日”、第 5 行“31 日-4 月”")
                .contains("时间、地点的起止用一字线“—”")
                // a date's hyphens and a range between figures are not between a Chinese word and a figure
                .doesNotContain("2023-04")
                .doesNotContain("2~3");
    }

    @Test
    void aPeriodWrittenAnyUsualWayIsRecognisedAsAnothers() throws IOException {
        Path april = DataFiles.aprilCopiedFromMarch(data);
        DataFiles.edit(april, "platform-districts.yaml", "title: \"{期}", "title: \"2023 年三月");
        DataFiles.edit(april, "platform-hospitals.yaml", "title: \"{期}", "title: \"2023 年第一季度");
        Cli run = Cli.run("check", "--month", "2023-04", "--data", data.toString());
        assertThat(run.err)
                .contains("警告：" + april.resolve("platform-districts.yaml") + ":")
                .contains("“2023 年三月”是别的期次；本期是 2023 年 4 月")
                .contains("“2023 年第一季度”是别的期次；本期是 2023 年 4 月");
    }

    @Test
    void aSmallFigureTypedTenfoldIsQuestionedWhenItsRowTotalMovesWithIt() throws IOException {
        DataFiles.withYamlRows(march);
        Path april = DataFiles.aprilCopiedFromMarch(data);
        // a digit typed twice, carried into the row's 小计 as a sheet's formula would carry it
        DataFiles.edit(
                april,
                "appointments.yaml",
                "电话预约: 35, 诊间预约: 0, 第三方: 129, 小计: 1773",
                "电话预约: 350, 诊间预约: 0, 第三方: 129, 小计: 2088");
        Cli run = Cli.run("check", "--month", "2023-04", "--data", data.toString());
        assertThat(run.err)
                .contains("警告：" + april.resolve("appointments.yaml") + ":")
                .contains("南京市胸科医院的“电话预约”为 350，上期（2023 年 3 月）为 35，相差 10 倍以上，本行的合计数也随之变了");
        // a small figure that moves a little, or threefold, is news, not a slip
        DataFiles.edit(
                april,
                "appointments.yaml",
                "电话预约: 350, 诊间预约: 0, 第三方: 129, 小计: 2088",
                "电话预约: 36, 诊间预约: 0, 第三方: 129, 小计: 1774");
        DataFiles.edit(
                april,
                "appointments.yaml",
                "电话预约: 6, 诊间预约: 0, 第三方: 34, 小计: 592",
                "电话预约: 60, 诊间预约: 0, 第三方: 34, 小计: 646");
        assertThat(Cli.run("check", "--month", "2023-04", "--data", data.toString()).err)
                .doesNotContain("南京市胸科医院的“电话预约”为")
                .doesNotContain("南京市江宁医院（湖山路）的“电话预约”为");
    }

    @Test
    void aCheckWithWarningsSaysHowManyToReadNotThatItPassed() throws IOException {
        DataFiles.edit(march, "hotline.yaml", "calls: 55193", "calls: 551930");
        Cli check = check();
        assertThat(check.code).as(check.toString()).isZero();
        assertThat(check.out).doesNotContain("检查通过").containsPattern("2023-03：没有错误，但有 \\d+ 个警告：请逐条看过上面的说明");
        Cli built = build();
        assertThat(built.out).containsPattern("2023-03：没有错误，但有 \\d+ 个警告").contains("2023-03  6 页");
        assertThat(built.out.indexOf("个警告")).isLessThan(built.out.indexOf("2023-03  6 页"));
    }

    @Test
    void labelsAreInTheEditorsWordsOrInEnglishWhenAskedFor() throws IOException {
        DataFiles.edit(march, "hotline.yaml", "calls: 55193", "calls: 5519x");
        Cli zh = check();
        assertThat(zh.err)
                .startsWith("错误：" + march.resolve("hotline.yaml") + ":5:10: 数字“受理咨询电话”：应为非负整数")
                .contains("\n提示：只写阿拉伯数字")
                .doesNotContain("calls")
                .doesNotContain("error:");
        Cli en = Cli.run("check", "--month", "2023-03", "--data", data.toString(), "--labels", "en");
        assertThat(en.err)
                .startsWith("error: " + march.resolve("hotline.yaml") + ":5:10: ")
                .contains("\nhint: ");
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return String.join("\n", Pdfs.lines(doc)).replace("\n", "");
        }
    }
}
