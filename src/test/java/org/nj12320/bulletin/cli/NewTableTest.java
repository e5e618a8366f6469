package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.Pdfs;

/**
 * A table that no shipped issue has, added to an issue with a data file and a line of its manifest only,
 * printed by the shared table macro and stylesheet.
 */
class NewTableTest {
    @TempDir
    Path tmp;

    @Test
    void aNewTableNeedsOnlyData() throws Exception {
        Path out = tmp.resolve("t.pdf");
        Cli run = Cli.run("build", "--month", "2023-12", "--data", "src/test/resources/data", "--out", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err).isEmpty();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            List<String> lines = Pdfs.lines(pdf);
            // three header rows: the group, its two groups (beside the labels of the columns without groups), their
            // columns
            int top = lines.indexOf("服务量");
            assertThat(top).isPositive();
            assertThat(lines.subList(top, top + 3)).containsExactly("服务量", "名次 区 门诊 住院 本年合计 达标率", "本年 累计 本年 累计");
            // ordered by the sum, equal sums share a rank
            assertThat(lines)
                    .containsSubsequence(
                            "1 乙区 20 200 0 9 20 /",
                            "2 甲区 10 100 5 50 15 99.50%",
                            "2 丙区 12 30 3 3 15 100.00%",
                            "合计 42 330 8 62 50");
            assertThat(Pdfs.body(lines)).contains("注：本表合计3项为测试数据。", "2024年第1期");
        }
    }

    @Test
    void foldersNamedRelativelyAreTheCurrentFolders() throws Exception {
        // the project named elsewhere (as the launcher does from any folder), its folders named from here
        Path out = tmp.resolve("t.pdf");
        Cli run = Cli.run(
                "build",
                "--month",
                "2023-12",
                "--root",
                tmp.toString(),
                "--data",
                "src/test/resources/data",
                "--templates",
                "templates",
                "--fonts",
                "fonts",
                "--out",
                out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(out).isRegularFile();
    }
}
