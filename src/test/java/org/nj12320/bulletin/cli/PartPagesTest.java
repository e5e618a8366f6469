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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.Seed;
import org.nj12320.bulletin.testing.TextLines;

/**
 * A part (统计数据, 简讯) starts a new page only when the page before it is nearly half full: an issue with
 * one short article has its figures start under it on the first page.
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

    /** The text block of the bulletin's pages: from 22 mm to 20 mm above the foot of an A4 page, in points. */
    private static final float TOP = 22 * 72f / 25.4f;

    private static final float BOTTOM = 841.89f - 20 * 72f / 25.4f;

    /**
     * Each part heading of both issues: at the top of a page when the page before it was filled more than 45 %,
     * under what comes before it otherwise.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2023-03", "2024"})
    void aPartStartsANewPageWhenThePageBeforeIsNearlyHalfFull(String issue) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(BuiltIssues.of(issue).pdf().toFile())) {
            List<TextLines.Line> lines = TextLines.of(pdf).stream()
                    .filter(l -> !l.text().matches("- \\d+ -") && !l.text().endsWith("（续）"))
                    .toList();
            int parts = 0;
            for (int i = 1; i < lines.size(); i++) {
                String t = lines.get(i).text().replaceAll("\\s", "");
                if (!t.equals("统计数据") && !t.equals("简讯")) {
                    continue;
                }
                parts++;
                TextLines.Line heading = lines.get(i);
                TextLines.Line before = lines.get(i - 1);
                float full = (before.y() - TOP) / (BOTTOM - TOP);
                if (before.page() == heading.page()) {
                    assertThat(full)
                            .as(t + " under what comes before it on page " + heading.page())
                            .isLessThan(0.45f);
                } else {
                    assertThat(full)
                            .as(t + " on a new page after page " + before.page())
                            .isGreaterThan(0.45f);
                    assertThat(heading.y()).as(t + " at the top of its page").isLessThan(TOP + 30);
                }
            }
            assertThat(parts).isPositive();
        }
    }

    /** Each page's lines, without whitespace. */
    /**
     * However many briefs there are, the colophon never stands alone on the last page: whenever it goes over,
     * the last brief goes with it.
     */
    @Test
    void theColophonIsNeverAloneOnTheLastPage() throws IOException {
        Path data = tmp.resolve("data");
        Path march = data.resolve("2023-03");
        Folders.copy(Path.of("data/2023-03"), march);
        String briefs = Files.readString(march.resolve("briefs.md"));
        int pagesBefore = 0;
        boolean wentOver = false;
        for (int n = 1; n <= 16; n++) {
            StringBuilder more = new StringBuilder(briefs);
            for (int k = 1; k <= n; k++) {
                more.append("\n- 4 月 ")
                        .append(k)
                        .append(" 日，市卫生信息中心召开第 ")
                        .append(k)
                        .append(" 次数据质量工作例会，通报各单位数据上传情况，部署下一阶段数据治理和信息安全检查等工作。\n");
            }
            Files.writeString(march.resolve("briefs.md"), more.toString());
            Path out = tmp.resolve("briefs-" + n + ".pdf");
            Cli run = Cli.run("build", "--month", "2023-03", "--data", data.toString(), "--out", out.toString());
            assertThat(run.code).as(run.toString()).isZero();
            try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
                List<List<String>> pages = pages(pdf);
                List<String> last = pages.get(pages.size() - 1);
                assertThat(last.get(0))
                        .as("the first line of the last page, with %d briefs more", n)
                        .isNotEqualTo("南京市卫生信息中心");
                assertThat(last).as("the colophon on the last page").contains("南京市卫生信息中心");
                // the page it went over to, the last brief with it
                wentOver |= pagesBefore > 0
                        && pages.size() > pagesBefore
                        && last.get(0).startsWith("4月" + n + "日");
                pagesBefore = pages.size();
            }
        }
        assertThat(wentOver)
                .as("some number of briefs made the colophon go over to a page of its own")
                .isTrue();
    }

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
