package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nj12320.bulletin.layout.Block;
import org.nj12320.bulletin.layout.BoxStyle;
import org.nj12320.bulletin.layout.Color;
import org.nj12320.bulletin.layout.Edges;
import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.layout.Metadata;
import org.nj12320.bulletin.layout.PageStyle;
import org.nj12320.bulletin.layout.Tag;
import org.nj12320.bulletin.layout.TextStyle;
import org.nj12320.bulletin.testing.Pdfs;
import org.nj12320.bulletin.testing.VeraPdf;
import org.nj12320.bulletin.world.DiskFolder;

/**
 * A drawing of rectangles and labels (what a chart is drawn with): its labels are text where they were put,
 * the whole is one Figure with its alternative text, and the PDF stays PDF/A-3a and PDF/UA-1.
 */
class DrawingTest {
    private static byte[] pdf;

    @BeforeAll
    static void make() throws Exception {
        try (FontSet fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"))) {
            TextStyle sans = new TextStyle(List.of(fonts.face(FontSet.SANS, 400)), 9, 12, Color.BLACK, 0);
            Color red = new Color(0xC00000);
            // two bars, their names to the left of them and their figures at their ends
            List<Block.Mark> marks = List.of(
                    new Block.Mark.Label(90, 14, Block.Mark.Anchor.END, "南京市儿童医院", sans),
                    new Block.Mark.Rect(96, 4, 200, 12, red),
                    new Block.Mark.Label(300, 14, Block.Mark.Anchor.START, "152231", sans),
                    new Block.Mark.Label(90, 34, Block.Mark.Anchor.END, "南京鼓楼医院", sans),
                    new Block.Mark.Rect(96, 24, 61.5f, 12, red),
                    new Block.Mark.Label(161.5f, 34, Block.Mark.Anchor.START, "46788", sans),
                    new Block.Mark.Rect(95, 0, 0.5f, 40, Color.BLACK));
            Block.Drawing drawing = new Block.Drawing(
                    BoxStyle.NONE, 360, 40, marks, new Tag("Figure").alt("预约量：南京市儿童医院 152231，南京鼓楼医院 46788"));
            PageStyle page = new PageStyle(595.28f, 841.89f, new Edges(62, 57, 57, 57), List.of());
            Layout.Document doc = new Layout.Document(
                    page, List.of(drawing), new Tag("Document"), new Metadata("图", "", "", "", "zh-CN"), List.of());
            pdf = new PdfMaker(fonts)
                    .make(
                            doc,
                            "test",
                            new DocumentInfo(ZonedDateTime.parse("2023-04-27T00:00+08:00"), "test"),
                            List.of())
                    .bytes();
        }
        java.nio.file.Files.createDirectories(Path.of("target"));
        java.nio.file.Files.write(Path.of("target/drawing.pdf"), pdf);
    }

    @Test
    void theLabelsAreTextWhereTheyWerePut() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = new ArrayList<>();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    glyphs.add(t);
                    super.processTextPosition(t);
                }
            };
            String text = s.getText(doc);
            assertThat(text).contains("南京市儿童医院", "152231", "南京鼓楼医院", "46788");
            // the drawing is centred in the 481-point measure: its left edge at 57 + (481 - 360) / 2
            float left = 57 + (595.28f - 114 - 360) / 2;
            TextPosition lastOfName = glyphs.stream()
                    .filter(g -> g.getUnicode().equals("院"))
                    .findFirst()
                    .orElseThrow();
            // a name anchored at its end ends at x = 90 of the drawing
            assertThat(lastOfName.getXDirAdj() + lastOfName.getWidthDirAdj())
                    .isCloseTo(left + 90, org.assertj.core.data.Offset.offset(0.6f));
            TextPosition firstOfFigure = glyphs.stream()
                    .filter(g -> g.getUnicode().equals("1"))
                    .findFirst()
                    .orElseThrow();
            assertThat(firstOfFigure.getXDirAdj()).isCloseTo(left + 300, org.assertj.core.data.Offset.offset(0.6f));
        }
    }

    @Test
    void theDrawingIsOneFigureWithItsAlternativeText() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(Pdfs.figureAlts(doc)).containsExactly("预约量：南京市儿童医院 152231，南京鼓楼医院 46788");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3a", "ua1"})
    void veraPdfFindsNoFailure(String flavour) throws Exception {
        assertThat(VeraPdf.validate(new ByteArrayInputStream(pdf), flavour).failures())
                .as("against " + flavour)
                .isEmpty();
    }
}
