package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.Pdfs;

/**
 * {@code watch} on a scratch copy of an issue: a figure changed in a file gives a new PDF with the new figure;
 * a slip in the YAML is reported and the PDF before it kept; the slip put right gives a PDF again.
 */
class WatchTest {
    @TempDir
    Path tmp;

    @Test
    void aSavedChangeIsBuiltASlipIsReportedAndThePdfBeforeItKept() throws Exception {
        Path data = tmp.resolve("data");
        Folders.copy(Path.of("data/2023-03"), data.resolve("2023-03"));
        Path march = data.resolve("2023-03");
        Path pdf = tmp.resolve("march.pdf");
        try (Watching watch =
                new Watching("watch", "--month", "2023-03", "--data", data.toString(), "--out", pdf.toString())) {
            watch.await("the first build", o -> Watching.builds(o, "2023-03") >= 1);
            assertThat(watch.out()).as("the pages of the first build").contains("2023-03  6 页");
            assertThat(watch.out()).contains("正在监视 " + march);
            assertThat(text(pdf)).contains("江宁区 21694466");

            long before = Watching.builds(watch.out(), "2023-03");
            DataFiles.edit(march, "platform-districts.yaml", "数据上传量: 21694466,", "数据上传量: 21694477,");
            watch.await("a build of the change", o -> Watching.builds(o, "2023-03") > before);
            assertThat(text(pdf)).contains("江宁区 21694477").doesNotContain("21694466");
            byte[] good = Files.readAllBytes(pdf);

            DataFiles.edit(march, "platform-districts.yaml", "{接入单位: 江宁区, 数据上传量", "{接入单位: 江宁区，数据上传量");
            watch.await("the slip reported", o -> o.contains("2023-03：发现 1 个错误；未生成 PDF"));
            assertThat(watch.err()).contains("全角逗号“，”不能分隔两项");
            assertThat(watch.out()).contains("（原有的 " + pdf + " 保持不变）");
            assertThat(pdf).as("the PDF before the slip").hasBinaryContent(good);

            long beforeFix = Watching.builds(watch.out(), "2023-03");
            DataFiles.edit(march, "platform-districts.yaml", "{接入单位: 江宁区，数据上传量", "{接入单位: 江宁区, 数据上传量");
            watch.await("a build once it is put right", o -> Watching.builds(o, "2023-03") > beforeFix);
            // three builds said, no more: the builds it makes while nothing changes, to have its code compiled
            // for the next save, say nothing and write nothing
            assertThat(watch.out().lines().filter(l -> l.contains("  2023-03"))).hasSize(4);
            // each line of a build begins with the time
            assertThat(watch.out().lines().filter(l -> l.contains("2023-03  6 页")))
                    .allMatch(l -> l.matches("\\d\\d:\\d\\d:\\d\\d  2023-03  6 页  \\d+\\.\\d\\d 秒  .*"));
            // stopped as Ctrl-C stops it, before the end of the block, to see what it says then
            watch.stop();
            assertThat(watch.code.get()).isZero();
            assertThat(watch.out()).endsWith("已停止监视" + System.lineSeparator());
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return String.join("\n", Pdfs.lines(doc));
        }
    }
}
