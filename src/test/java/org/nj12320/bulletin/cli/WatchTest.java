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
        Path march = Watching.marchIn(tmp);
        Path pdf = tmp.resolve("march.pdf");
        try (Watching watch = Watching.march(march.getParent(), pdf)) {
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

    @Test
    void aWarningIsSaidOnceWhileItStaysTheSame() throws Exception {
        Path march = Watching.marchIn(tmp);
        // a row that no longer adds up to the total the source prints: a warning at every build
        DataFiles.edit(march, "online-appointments.yaml", "预约数量: 15123}", "预约数量: 15124}");
        String warning = "原表的合计为 46020，各行之和为 46021";
        try (Watching watch = Watching.march(march.getParent(), tmp.resolve("m.pdf"))) {
            watch.await("the first build", o -> Watching.builds(o, "2023-03") >= 1);
            assertThat(occurrences(watch.err(), warning)).isEqualTo(1);
            assertThat(watch.out()).contains("2023-03：没有错误，但有 1 个警告：请逐条看过上面的说明");
            String notes = watch.err();

            // a save that leaves it as it was (a comment added above it): not said again, only counted
            long before = Watching.builds(watch.out(), "2023-03");
            Files.writeString(
                    march.resolve("online-appointments.yaml"),
                    "# 已核对\n" + Files.readString(march.resolve("online-appointments.yaml")));
            watch.await("the build of the comment", o -> Watching.builds(o, "2023-03") > before);
            assertThat(watch.err()).as("nothing said again, notes neither").isEqualTo(notes);
            assertThat(watch.out()).contains("2023-03：没有错误，但有 1 个警告，与上次生成时的相同，不再重复列出");

            // the figure changed again: the warning is another, and said
            long again = Watching.builds(watch.out(), "2023-03");
            DataFiles.edit(march, "online-appointments.yaml", "预约数量: 15124}", "预约数量: 15125}");
            watch.await("the build of the change", o -> Watching.builds(o, "2023-03") > again);
            assertThat(watch.err()).contains("原表的合计为 46020，各行之和为 46022");

            // an error is said at every build: the same slip built twice is said twice
            DataFiles.edit(march, "online-appointments.yaml", "预约数量: 202}", "预约数量: 2O2}");
            watch.await("the slip", o -> occurrences(o, "发现 1 个错误") == 1);
            Files.writeString(
                    march.resolve("online-appointments.yaml"),
                    "# 再看一遍\n" + Files.readString(march.resolve("online-appointments.yaml")));
            watch.await("the slip built again", o -> occurrences(o, "发现 1 个错误") == 2);
            assertThat(watch.err().lines().filter(l -> l.startsWith("错误：") && l.contains("2O2")))
                    .hasSize(2);
        }
    }

    private static long occurrences(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1L;
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return String.join("\n", Pdfs.lines(doc));
        }
    }
}
