package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.Pdfs;

/**
 * {@code watch} keeps hearing: an issue's folder deleted and put back (as a sync tool or {@code git checkout}
 * does), or the templates replaced by a new folder of the same name, is built again, and the saves after it
 * are seen. And {@code --preview} on a port it cannot have is a usage error in the editors' words.
 */
class WatchNeverDeafTest {
    @TempDir
    Path tmp;

    private static long builds(String out) {
        return Watching.builds(out, "2023-03");
    }

    @Test
    void aFolderDeletedAndPutBackIsBuiltAndWatchedAgain() throws Exception {
        Path data = tmp.resolve("data");
        Path march = data.resolve("2023-03");
        Folders.copy(Path.of("data/2023-03"), march);
        Path templates = tmp.resolve("templates");
        Folders.copy(Path.of("templates"), templates);
        Path pdf = tmp.resolve("march.pdf");
        try (Watching watch = Watching.march(data, pdf, "--templates", templates.toString())) {
            watch.await("the first build", o -> builds(o) == 1);

            Path aside = tmp.resolve("aside");
            Files.move(march, aside);
            watch.await("the folder's going reported", o -> o.contains("2023-03：发现 1 个错误；未生成 PDF"));
            assertThat(watch.err()).contains("没有 2023-03 的数据");
            Files.move(aside, march);
            watch.await("a build of the folder back", o -> builds(o) == 2);

            // deleted and made again file by file, as a checkout does
            delete(march);
            Folders.copy(Path.of("data/2023-03"), march);
            watch.await("a build of the folder made again", o -> builds(o) >= 3);
            long before = builds(watch.out());
            DataFiles.edit(march, "platform-districts.yaml", "数据上传量: 21694466,", "数据上传量: 21694477,");
            watch.await("a save in the folder made again", o -> builds(o) > before);
            assertThat(text(pdf)).contains("江宁区 21694477");

            // the templates replaced by a new folder, the old one moved away
            long beforeTemplates = builds(watch.out());
            Path fresh = tmp.resolve("templates-new");
            Folders.copy(templates, fresh);
            Files.move(templates, tmp.resolve("templates-old"));
            Files.move(fresh, templates);
            watch.await("a build of the new templates", o -> builds(o) > beforeTemplates);
            long beforeSave = builds(watch.out());
            Path css = templates.resolve("style/print.css");
            Files.writeString(css, Files.readString(css) + "\n/* saved */\n");
            watch.await("a save in the new templates", o -> builds(o) > beforeSave);
        }
    }

    @Test
    void aPortInUseOrOutOfRangeIsAUsageError() throws IOException {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            Cli run = Cli.run("watch", "--month", "2023-03", "--preview", "--port", String.valueOf(port));
            assertThat(run.code).as(run.toString()).isEqualTo(2);
            assertThat(run.err)
                    .contains("错误：端口 " + port + " 已被占用")
                    .contains("或不写 --port，由程序任选一个空闲端口")
                    .doesNotContain("Exception");
            assertThat(run.out).doesNotContain("正在监视");
        }
        Cli run = Cli.run("watch", "--month", "2023-03", "--preview", "--port", "70000");
        assertThat(run.code).as(run.toString()).isEqualTo(2);
        assertThat(run.err).contains("错误：--port 70000：端口应在 1 到 65535 之间").doesNotContain("Exception");
    }

    private static void delete(Path folder) throws IOException {
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return String.join("\n", Pdfs.lines(doc));
        }
    }
}
