package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.Folders;

/**
 * A slip of {@code --out} never costs a file: nothing is written into the issues' folders, the templates or
 * the fonts, even through a link, nor over a file that is not of the kind written. Each is a usage error
 * (exit 2) said before anything is built, and the file is left byte for byte as it was.
 */
class OutputsTest {
    @TempDir
    Path tmp;

    private Path data;
    private Path templates;

    @BeforeEach
    void copyTheProject() throws IOException {
        data = tmp.resolve("data");
        templates = tmp.resolve("templates");
        Folders.copy(Path.of("data/2023-03"), data.resolve("2023-03"));
        Folders.copy(Path.of("templates"), templates);
    }

    private Cli build(String... more) {
        String[] args = {"build", "--month", "2023-03", "--data", data.toString(), "--templates", templates.toString()};
        String[] all = new String[args.length + more.length];
        System.arraycopy(args, 0, all, 0, args.length);
        System.arraycopy(more, 0, all, args.length, more.length);
        return Cli.run(all);
    }

    private static void refused(Cli run, Path file, byte[] before, String... said) throws IOException {
        assertThat(run.code).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains(said).doesNotContain("Exception");
        assertThat(run.out).isEmpty();
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void notOverTheManifestOfAnIssue() throws IOException {
        Path manifest = data.resolve("2023-03/issue.yaml");
        byte[] before = Files.readAllBytes(manifest);
        refused(build("--out", manifest.toString()), manifest, before, "错误：输出路径 ", "2023-03/issue.yaml 在 ", "之内");
        refused(build("--format", "html", "--out", manifest.toString()), manifest, before, "2023-03/issue.yaml 在 ");
    }

    @Test
    void notIntoTheTemplatesNorTheFonts() throws IOException {
        Path css = templates.resolve("style/print.css");
        byte[] before = Files.readAllBytes(css);
        refused(build("--out", css.toString()), css, before, "style/print.css 在 ");
        // a fonts folder of its own: were the output let through, the build would stop at its missing fonts
        Path fonts = Files.createDirectories(tmp.resolve("fonts"));
        Path licence = Files.copy(Path.of("fonts/OFL-NotoSansSC.txt"), fonts.resolve("OFL-NotoSansSC.txt"));
        byte[] font = Files.readAllBytes(licence);
        refused(build("--fonts", fonts.toString(), "--out", licence.toString()), licence, font, " 之内");
        // a new file inside, too: the folder is not for output
        Cli run = build("--out-dir", data.resolve("2023-03").toString());
        assertThat(run.code).isEqualTo(2);
        assertThat(data.resolve("2023-03/2023-03.pdf")).doesNotExist();
    }

    @Test
    void notThroughALinkIntoTheData() throws IOException {
        Path manifest = data.resolve("2023-03/issue.yaml");
        byte[] before = Files.readAllBytes(manifest);
        Path link = Files.createSymbolicLink(tmp.resolve("issue.pdf"), manifest);
        refused(build("--out", link.toString()), manifest, before, "在 ");
        Path folderLink = Files.createSymbolicLink(tmp.resolve("elsewhere"), data.resolve("2023-03"));
        Cli run = build("--out", folderLink.resolve("new.pdf").toString());
        assertThat(run.code).as(run.toString()).isEqualTo(2);
        assertThat(data.resolve("2023-03/new.pdf")).doesNotExist();
    }

    @Test
    void notOverAFileOfAnotherKind() throws IOException {
        Path notes = tmp.resolve("notes.txt");
        byte[] text = "编辑部的笔记\n".getBytes(StandardCharsets.UTF_8);
        Files.write(notes, text);
        refused(build("--out", notes.toString()), notes, text, "已有一个文件，它不是 PDF", "为免把它覆盖");

        Path pdf = tmp.resolve("old.pdf");
        byte[] old = "%PDF-1.7 an earlier issue".getBytes(StandardCharsets.US_ASCII);
        Files.write(pdf, old);
        refused(build("--format", "html", "--out", pdf.toString()), pdf, old, "它不是 HTML");

        Path page = tmp.resolve("page.html");
        byte[] html = "<!DOCTYPE html>\n<html lang=\"zh-CN\"></html>\n".getBytes(StandardCharsets.UTF_8);
        Files.write(page, html);
        refused(build("--out", page.toString()), page, html, "它不是 PDF");
    }

    @Test
    void overAnEarlierEditionOrAnEmptyFileItWrites() throws IOException {
        Path pdf = tmp.resolve("a.pdf");
        Files.write(pdf, "%PDF-1.7 an earlier issue".getBytes(StandardCharsets.US_ASCII));
        Path html = tmp.resolve("a.html");
        Files.writeString(html, "\uFEFF  <!doctype HTML><html></html>");
        Cli run = build("--format", "pdf,html", "--out", pdf.toString());
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.out).contains("a.pdf、", "a.html");
        assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("预约挂号服务统计");
        assertThat(Files.size(pdf)).isGreaterThan(100_000);

        Path empty = Files.createFile(tmp.resolve("empty.html"));
        assertThat(build("--format", "html", "--out", empty.toString()).code).isZero();
        assertThat(Files.size(empty)).isGreaterThan(10_000);
    }
}
