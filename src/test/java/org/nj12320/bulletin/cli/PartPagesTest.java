package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.Seed;

/**
 * A part (统计数据, 简讯) starts a new page only when the page before it is nearly half full: an issue with
 * one short article has its figures start under it on the first page, the printed issues keep their parts on
 * pages of their own.
 */
class PartPagesTest {
    @TempDir
    Path tmp;

    @Test
    void aShortIssueStartsItsFiguresOnTheFirstPage() throws IOException {
        Path data = tmp.resolve("data");
        Folders.copy(Path.of("data/2023-03"), data.resolve("2023-03"));
        DataFiles.edit(data.resolve("2023-03"), "issue.yaml", "  - article: articles/02-卫生信息技术交流大会.md\n", "");
        Path article = data.resolve("2023-03/articles/01-信息化发展指数.md");
        String text = Files.readString(article);
        // the front matter and the first paragraph only
        Files.writeString(article, text.substring(0, text.indexOf("\n\n", text.indexOf("---\n\n") + 5) + 1));
        Path out = tmp.resolve("short.pdf");
        Cli run = Cli.run("build", "--month", "2023-03", "--data", data.toString(), "--out", out.toString());
        assertThat(run.code).as(run.toString()).isZero();

        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            List<String> first = pages(pdf).get(0);
            assertThat(first).contains("全国卫生健康信息化发展指数（2023）发布", "统计数据", "南京12320卫生热线2023年3月数据统计");
            BufferedImage page = new PDFRenderer(pdf).renderImageWithDPI(0, VisualTest.DPI, ImageType.GRAY);
            Path reference = VisualTest.REFERENCES.resolve("short-p1.png");
            if (Boolean.getBoolean("visual.update")) {
                ImageIO.write(page, "png", reference.toFile());
                return;
            }
            assertThat(reference)
                    .as("reference image; make it with -Dvisual.update=true")
                    .exists();
            assertThat(VisualTest.compare(ImageIO.read(reference.toFile()), page, "short-p1.png"))
                    .as("a short issue's first page; see target/visual/short-p1.png")
                    .isLessThanOrEqualTo(VisualTest.TOLERANCE);
        }
    }

    @Test
    void aPartAfterAFullPageStartsANewOne() throws IOException {
        try (PDDocument pdf = Loader.loadPDF(BuiltIssues.of("2023-03").pdf().toFile())) {
            List<List<String>> pages = pages(pdf);
            // page 2 ends the second article about two thirds down: the figures start on page 3, at its top
            assertThat(pages.get(1)).doesNotContain("统计数据");
            assertThat(pages.get(2).get(0)).isEqualTo("统计数据");
        }
    }

    /** Each page's lines, without whitespace. */
    private static List<List<String>> pages(PDDocument pdf) throws IOException {
        List<List<String>> out = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        for (int i = 1; i <= pdf.getNumberOfPages(); i++) {
            s.setStartPage(i);
            s.setEndPage(i);
            List<String> lines = new ArrayList<>();
            for (String l : s.getText(pdf).split("\\R")) {
                String c = Seed.compact(l);
                if (!c.isEmpty()) {
                    lines.add(c);
                }
            }
            out.add(lines);
        }
        return out;
    }
}
