package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Key pages compared, as small grey images, with references kept in {@code src/test/resources/visual}.
 * A page may differ by a little anti-aliasing, not by a moved line. On a mismatch the actual image and a
 * diff (differing pixels in red) are written to {@code target/visual/}. After a deliberate change of layout,
 * refresh the references with {@code ./mvnw test -Dtest='VisualTest,PartPagesTest' -Dvisual.update=true} and look at them.
 */
class VisualTest {
    static final float DPI = 36;
    /** A pixel differs when its grey level differs by more than this. */
    static final int THRESHOLD = 64;
    /** A page matches when at most this share of its pixels differ. */
    static final double TOLERANCE = 0.004;

    static final Path REFERENCES = Path.of("src/test/resources/visual");
    static final Path ACTUAL = Path.of("target/visual");

    @ParameterizedTest(name = "{0} page {1}")
    @CsvSource({
        "2023-03, 1, masthead and the first article",
        "2023-03, 3, a continued table",
        "2023-03, 4, a folded table and headers of two levels",
        "2024, 1, the numbered events",
        "2024, 4, grouped header and notes",
        "2024, 9, a continued table and the back matter"
    })
    void pageLooksAsItDid(String issue, int page, String what) throws IOException {
        BufferedImage actual;
        try (PDDocument pdf = Loader.loadPDF(BuiltIssues.of(issue).pdf().toFile())) {
            actual = new PDFRenderer(pdf).renderImageWithDPI(page - 1, DPI, ImageType.GRAY);
        }
        String name = issue + "-p" + page + ".png";
        Path reference = REFERENCES.resolve(name);
        if (Boolean.getBoolean("visual.update")) {
            Files.createDirectories(REFERENCES);
            ImageIO.write(actual, "png", reference.toFile());
            return;
        }
        assertThat(reference)
                .as("reference image for " + what + "; make it with -Dvisual.update=true")
                .exists();
        BufferedImage expected = ImageIO.read(reference.toFile());
        double differing = compare(expected, actual, name);
        assertThat(differing)
                .as(what + ": share of differing pixels; see target/visual/" + name)
                .isLessThanOrEqualTo(TOLERANCE);
    }

    /** The share of pixels that differ; writes the actual image and a diff when they are not the same. */
    static double compare(BufferedImage expected, BufferedImage actual, String name) throws IOException {
        int w = Math.max(expected.getWidth(), actual.getWidth());
        int h = Math.max(expected.getHeight(), actual.getHeight());
        BufferedImage diff = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        long bad = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int e = grey(expected, x, y);
                int a = grey(actual, x, y);
                boolean differs = Math.abs(e - a) > THRESHOLD;
                if (differs) {
                    bad++;
                }
                int faint = 200 + a / 5;
                diff.setRGB(x, y, differs ? 0xFF0000 : (faint << 16) | (faint << 8) | faint);
            }
        }
        double share = (double) bad / ((long) w * h);
        if (bad > 0) {
            Files.createDirectories(ACTUAL);
            ImageIO.write(actual, "png", ACTUAL.resolve(name).toFile());
            ImageIO.write(
                    diff,
                    "png",
                    ACTUAL.resolve(name.replace(".png", "-diff.png")).toFile());
        }
        return share;
    }

    /** The grey level of a pixel; outside the image, white. */
    private static int grey(BufferedImage img, int x, int y) {
        if (x >= img.getWidth() || y >= img.getHeight()) {
            return 255;
        }
        return img.getRaster().getSample(x, y, 0);
    }
}
