package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.Pdfs;
import org.nj12320.bulletin.testing.TextLines;

/**
 * Unit names of 20, 60, 200 and 500 characters, and a word of 80 letters with nothing to break it at, wrap
 * inside their column: no glyph is drawn over another, none outside the page's text block, and every figure
 * stays whole on its line.
 */
class LongNamesTest {
    /** The text block of an A4 page with the bulletin's margins (22, 20, 20, 20 mm), in points. */
    private static final float MM = 72f / 25.4f;

    private static final float LEFT = 20 * MM;
    private static final float RIGHT = 595.28f - 20 * MM;
    private static final float TOP = 22 * MM;
    private static final float BOTTOM = 841.89f - 20 * MM;
    /** Glyphs may touch; they overlap when they share more than this, in points. */
    private static final float TOLERANCE = 0.3f;

    @TempDir
    Path tmp;

    private record Box(String text, int page, float x0, float y0, float x1, float y1) {
        boolean overlaps(Box o) {
            return page == o.page
                    && Math.min(x1, o.x1) - Math.max(x0, o.x0) > TOLERANCE
                    && Math.min(y1, o.y1) - Math.max(y0, o.y0) > TOLERANCE;
        }
    }

    private static List<Box> boxes(List<TextLines.Line> lines) {
        List<Box> out = new ArrayList<>();
        for (TextLines.Line l : lines) {
            for (TextPosition p : l.glyphs()) {
                if (p.getUnicode().isBlank()) {
                    continue;
                }
                out.add(new Box(
                        p.getUnicode() + " in “" + l.text() + "”",
                        l.page(),
                        p.getXDirAdj(),
                        p.getYDirAdj() - p.getHeightDir(),
                        p.getXDirAdj() + p.getWidthDirAdj(),
                        p.getYDirAdj()));
            }
        }
        return out;
    }

    @Test
    void longNamesWrapAndNothingIsDrawnOverAnythingElse() throws Exception {
        Path out = tmp.resolve("long.pdf");
        Cli run = Cli.run("build", "--month", "2023-10", "--data", "src/test/resources/data", "--out", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            List<TextLines.Line> lines = TextLines.of(pdf);
            List<Box> boxes = boxes(lines);
            assertThat(boxes).hasSizeGreaterThan(1500);
            List<String> overlapping = new ArrayList<>();
            for (int i = 0; i < boxes.size(); i++) {
                for (int j = i + 1; j < boxes.size(); j++) {
                    if (boxes.get(i).overlaps(boxes.get(j))) {
                        overlapping.add(boxes.get(i) + " / " + boxes.get(j));
                    }
                }
            }
            assertThat(overlapping).as("glyphs drawn over each other").isEmpty();
            for (Box b : boxes) {
                assertThat(b.x0()).as(b.toString()).isGreaterThanOrEqualTo(LEFT - TOLERANCE);
                assertThat(b.x1()).as(b.toString()).isLessThanOrEqualTo(RIGHT + TOLERANCE);
            }
            // the page numbers stand in the foot margin; everything else within the text block
            for (TextLines.Line l : lines) {
                if (!l.text().matches("- \\d+ -")) {
                    assertThat(l.y()).as(l.text()).isBetween(TOP, BOTTOM);
                }
            }
            // the figures beside the longest names are whole, each on the row's line
            assertThat(Pdfs.lines(pdf))
                    .anyMatch(l -> l.contains("25708719 30 11/11 580257 95.10% 10254 86.60%"))
                    .anyMatch(l -> l.contains("25709830 30 11/11 580258 95.10% 10254 86.60%"))
                    .anyMatch(l -> l.contains("12345680 1 2 3 4 5 6 7 8 9"))
                    .anyMatch(l -> l.contains("合计 154242315 180 3481533 61524"));
        }
    }
}
