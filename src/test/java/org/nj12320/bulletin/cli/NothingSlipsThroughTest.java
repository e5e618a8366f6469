package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.MessagePlaces;
import org.nj12320.bulletin.testing.Pdfs;

/**
 * Ways in which a wrong or unreadable bulletin could come out without a word, each tried through the command
 * line on a copy of the shipped data: the exit code, the message with the file and line it names, and the
 * PDF from before left as it was.
 */
class NothingSlipsThroughTest {
    private static final byte[] PREVIOUS = "%PDF- the issue as it was".getBytes(StandardCharsets.US_ASCII);

    @TempDir
    Path tmp;

    Path data;
    Path month;
    Path pdf;

    @BeforeEach
    void copyData() throws IOException {
        data = tmp.resolve("data");
        Folders.copy(Path.of("data"), data);
        month = data.resolve("2023-03");
        DataFiles.withYamlRows(month);
        pdf = tmp.resolve("out/2023-03.pdf");
        Files.createDirectories(pdf.getParent());
        Files.write(pdf, PREVIOUS);
    }

    private void edit(String file, String from, String to) throws IOException {
        DataFiles.edit(month, file, from, to);
    }

    private int lineOf(String file, String text) throws IOException {
        return DataFiles.lineOf(month, file, text);
    }

    private Cli build(String... more) {
        String[] args = java.util.stream.Stream.concat(
                        java.util.stream.Stream.of(
                                "build", "--month", "2023-03", "--data", data.toString(), "--out", pdf.toString()),
                        java.util.stream.Stream.of(more))
                .toArray(String[]::new);
        Cli r = Cli.run(args);
        MessagePlaces.assertLandOnTheirValues(r.err);
        return r;
    }

    /** A build that stops with errors: exit 1, messages without a stack trace, the previous PDF as it was. */
    private Cli refused() throws IOException {
        Cli r = build();
        assertThat(r.code).as(r.toString()).isEqualTo(1);
        assertThat(r.err).as(r.toString()).contains("错误：", "提示：").doesNotContain("Exception", "\tat ");
        assertThat(Files.readAllBytes(pdf)).as("the previous PDF").isEqualTo(PREVIOUS);
        return r;
    }

    @Test
    void figuresOfProseAreCheckedLikeFiguresOfTables() throws IOException {
        edit("hotline.yaml", "calls: 55193", "calls: 3,307");
        edit("hotline.yaml", "{name: 医疗服务投诉, count: 1093,", "{name: 医疗服务投诉, count: NaN,");
        edit("hotline.yaml", "{name: 电话预约, count: 16259,", "{name: 电话预约, count: 1,02,");
        edit("hotline.yaml", "{name: 人工服务, count: 26245,", "{name: 人工服务, count: 12万,");
        edit("hotline.yaml", "{name: 市 12345 工单, count: 2999}", "{name: 市 12345 工单, count: -5}");
        edit("hotline.yaml", "{name: 自接工单, count: 1093}", "{name: 自接工单, cout: 1093}");
        Cli r = refused();
        String f = "hotline.yaml:";
        assertThat(r.err)
                .contains(f + lineOf("hotline.yaml", "calls: 3,307") + ":10: 数字“受理咨询电话”：应为非负整数，实为“3,307”（带千位分隔符）")
                .contains(f + lineOf("hotline.yaml", "count: NaN") + ":")
                .contains("实为“NaN”（不是数字）")
                .contains(f + lineOf("hotline.yaml", "count: 1,02") + ":")
                .contains("实为“1,02”：在 { } 中逗号分隔字段")
                .contains(f + lineOf("hotline.yaml", "count: 12万") + ":")
                .contains("实为“12万”（数字带单位）")
                .contains(f + lineOf("hotline.yaml", "count: -5") + ":")
                .contains("数量不能为负数，实为 -5")
                .contains(f + lineOf("hotline.yaml", "cout: 1093") + ":")
                .contains("未知字段“cout”")
                .contains("是否应为“count”？");
    }

    @Test
    void fullWidthDigitsInProseArePrintedAsDigits() throws IOException {
        edit("hotline.yaml", "{name: 心理危机干预, count: 320,", "{name: 心理危机干预, count: ３２０,");
        Cli r = build();
        assertThat(r.code).as(r.toString()).isZero();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            assertThat(Pdfs.body(Pdfs.lines(doc))).contains("心理危机干预320通").doesNotContain("３２０");
        }
    }

    @Test
    void aStraySeparatorBetweenRowsIsAnErrorAtItsLine() throws IOException {
        edit("appointments.yaml", "  - {单位: 南京市妇幼保健院,", "---\n  - {单位: 南京市妇幼保健院,");
        Cli r = refused();
        assertThat(r.err)
                .contains("appointments.yaml:" + lineOf("appointments.yaml", "---") + ":1: 这一行 --- 开始了第二个 YAML 文档");
    }

    @Test
    void aSecondDocumentAtTheEndIsAnError() throws IOException {
        Path hotline = month.resolve("hotline.yaml");
        Files.writeString(hotline, Files.readString(hotline) + "...\nfigures: {calls: 1}\n");
        Cli r = refused();
        assertThat(r.err).contains("hotline.yaml:" + lineOf("hotline.yaml", "...") + ":1: 这一行 ... 结束了 YAML 文档");
    }

    @Test
    void aControlCharacterIsReportedWhereItIs() throws IOException {
        edit("online-appointments.yaml", "健康南京", "健康\u0007南京");
        Cli r = refused();
        int line = lineOf("online-appointments.yaml", "\u0007");
        int column = Files.readAllLines(month.resolve("online-appointments.yaml"))
                        .get(line - 1)
                        .indexOf('\u0007')
                + 1;
        assertThat(r.err).contains("online-appointments.yaml:" + line + ":" + column + ": 此处有一个看不见的控制字符 U+0007（BEL）");
    }

    @Test
    void aNulInAFileNameIsAnErrorAtTheManifestLine() throws IOException {
        edit("issue.yaml", "  - article: briefs.md", "  - article: \"brie\\0fs.md\"");
        Cli r = refused();
        assertThat(r.err)
                .contains("issue.yaml:" + lineOf("issue.yaml", "brie\\0fs.md") + ":")
                .contains("控制字符");
    }

    @Test
    void aNamedPipeIsRefusedAtOnceNotReadForEver() throws Exception {
        Path fifo = month.resolve("pipe.md");
        Process mk = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertThat(mk.waitFor()).as("mkfifo").isZero();
        edit("issue.yaml", "  - article: briefs.md", "  - article: pipe.md");
        Cli r = assertTimeoutPreemptively(Duration.ofSeconds(30), this::refused);
        assertThat(r.err)
                .contains("issue.yaml:" + lineOf("issue.yaml", "pipe.md") + ":")
                .contains("“pipe.md”是一个命名管道，不是文件");
    }

    @Test
    void aManifestThatLinksOutOfTheProjectIsNotFollowed() throws IOException {
        Path outside = tmp.resolve("outside.yaml");
        Files.move(month.resolve("issue.yaml"), outside);
        Files.createSymbolicLink(month.resolve("issue.yaml"), outside);
        Cli r = refused();
        assertThat(r.err).contains("2023-03/issue.yaml: ").contains("不在 ").contains("链接");
    }

    @Test
    void aDeviceOrAFolderAsTheOutputIsAUsageErrorAndLeftAlone() throws IOException {
        Path devNull = Path.of("/dev/null");
        Cli r = Cli.run("build", "--month", "2023-03", "--data", data.toString(), "--out", devNull.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(2);
        assertThat(r.err).contains("/dev/null 是设备或其他特殊文件");
        assertThat(Files.isRegularFile(devNull)).isFalse();
        assertThat(Files.exists(devNull)).isTrue();
        Cli folder = Cli.run("build", "--month", "2023-03", "--data", data.toString(), "--out", tmp.toString());
        assertThat(folder.code).isEqualTo(2);
        assertThat(folder.err).contains("是文件夹");
    }

    @Test
    void theTemporaryFilesOfAKilledBuildAreRemovedByTheNext() throws IOException {
        Path dir = pdf.getParent();
        Path stale = Files.writeString(dir.resolve(".2023-03.pdf.8123456789.tmp"), "half");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Path fresh = Files.writeString(dir.resolve(".2023-03.pdf.5550001.tmp"), "another build under way");
        Path other = Files.writeString(dir.resolve(".notes.txt.1.tmp"), "not ours");
        Files.setLastModifiedTime(other, FileTime.from(Instant.now().minus(Duration.ofHours(2))));
        Cli r = build();
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(stale).doesNotExist();
        assertThat(fresh).exists();
        assertThat(other).exists();
    }

    @Test
    void proseThatMentionsUrlIsNotAReference() throws IOException {
        edit("briefs.md", "会讯：", "会讯：样式表中写作 url(bg.png) 或 @import \"x.css\"，");
        Cli r = build();
        assertThat(r.code).as(r.toString()).isZero();
        assertThat(r.err).doesNotContain("外部资源");
    }

    @Test
    void aReferenceMadeOfAnEditorsTextIsBlamedOnTheirFile() throws IOException {
        Path templates = tmp.resolve("templates");
        Folders.copy(Path.of("templates"), templates);
        Path hotline = templates.resolve("sections/hotline.ftlx");
        Files.writeString(
                hotline,
                Files.readString(hotline)
                        .replace("<div class=\"body\">", "<div class=\"body\"><img src=\"${f.breakdown[0].name}\"/>"));
        edit("hotline.yaml", "{name: 咨询类（不含专家咨询）,", "{name: \"http://example.com/a.png\",");
        Cli r = build("--templates", templates.toString());
        assertThat(r.code).as(r.toString()).isEqualTo(1);
        assertThat(r.err)
                .contains("hotline.yaml:" + lineOf("hotline.yaml", "http://example.com/a.png") + ":")
                .contains("“http://example.com/a.png”被模板当作要加载的外部资源");
        assertThat(Files.readAllBytes(pdf)).isEqualTo(PREVIOUS);
    }
}
