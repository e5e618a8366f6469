package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.Folders;

/** Several issues in one run: one line each (period, pages, time, path), all written where asked. */
class ManyIssuesTest {
    @TempDir
    Path dir;

    @Test
    void buildsEachIssueWithALineOfProgress() throws Exception {
        Cli run = Cli.run("build", "--month", "2023-03", "--year", "2024", "--out-dir", dir.toString(), "--timings");
        assertThat(run.code).as(run.toString()).isZero();
        List<String> lines = run.out.lines().filter(l -> !l.startsWith(" ")).toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).matches("2023-03  6 页  \\d+\\.\\d\\d 秒  .*2023-03\\.pdf");
        assertThat(lines.get(1)).matches("2024  \\d+ 页  \\d+\\.\\d\\d 秒  .*2024\\.pdf");
        assertThat(run.out).contains("排版", "写出");
        // the whole to the millisecond on the stages' line, the line above it rounding it to hundredths
        List<String> all = run.out.lines().toList();
        String whole = all.get(1).replaceAll(".*；全程 (\\d+) ms$", "$1");
        String seconds = all.get(0).replaceAll(".*  (\\d+\\.\\d\\d) 秒  .*", "$1");
        assertThat(String.format("%.2f", Integer.parseInt(whole) / 1000.0)).isEqualTo(seconds);
        assertThat(Files.size(dir.resolve("2023-03.pdf"))).isPositive();
        assertThat(Files.size(dir.resolve("2024.pdf"))).isPositive();
    }

    @Test
    void theTemplatesOwnWordsMustBePrintableToo() throws Exception {
        Path templates = dir.resolve("templates");
        Folders.copy(Path.of("templates"), templates);
        Path colophon = templates.resolve("lib/colophon.ftlx");
        Files.writeString(colophon, Files.readString(colophon).replace("地址：", "\uD83C\uDFE0地址："));
        Cli run = Cli.run("check", "--month", "2023-03", "--templates", templates.toString());
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("字体中没有“\uD83C\uDFE0”（U+1F3E0").contains(templates.toString());
    }
}
