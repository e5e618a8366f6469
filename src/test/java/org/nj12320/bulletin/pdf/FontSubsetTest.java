package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.layout.Block;
import org.nj12320.bulletin.layout.BoxStyle;
import org.nj12320.bulletin.layout.Color;
import org.nj12320.bulletin.layout.Edges;
import org.nj12320.bulletin.layout.Inline;
import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.layout.Metadata;
import org.nj12320.bulletin.layout.PageStyle;
import org.nj12320.bulletin.layout.ParagraphStyle;
import org.nj12320.bulletin.layout.Tag;
import org.nj12320.bulletin.layout.TextStyle;
import org.nj12320.bulletin.testing.Pdfs;
import org.nj12320.bulletin.world.DiskFolder;

/**
 * The fonts a PDF embeds: each a subset of just the glyphs drawn, whose every code draws the glyph the layout
 * measured, at the width the layout measured, and reads back as the character that was set.
 */
class FontSubsetTest {
    private static final String TEXT = "南京市卫生信息中心，“12320”热线（3月）：ABC……";

    private static byte[] pdf(FontSet fonts, String text) throws Exception {
        return pdf(fonts, text, "");
    }

    /** A paragraph of the text, then of more text in bold (a run of its own on the same line). */
    private static byte[] pdf(FontSet fonts, String text, String bold) throws Exception {
        TextStyle serif = new TextStyle(List.of(fonts.face(FontSet.SERIF, 400)), 12, 20, Color.BLACK, 0);
        TextStyle strong = new TextStyle(List.of(fonts.face(FontSet.SANS, 700)), 12, 20, Color.BLACK, 0);
        Block.Paragraph p = new Block.Paragraph(
                BoxStyle.NONE,
                bold.isEmpty()
                        ? List.of(new Inline.Text(text, serif))
                        : List.of(new Inline.Text(text, serif), new Inline.Text(bold, strong)),
                serif,
                ParagraphStyle.DEFAULT,
                new Tag("P"),
                null);
        Layout.Document doc = new Layout.Document(
                new PageStyle(595.28f, 841.89f, new Edges(62, 57, 57, 57), List.of()),
                List.of(p),
                new Tag("Document"),
                new Metadata("字", "", "", "", "zh-CN"),
                List.of());
        return new PdfMaker(fonts)
                .make(doc, "subset", new DocumentInfo(ZonedDateTime.parse("2023-04-27T00:00Z"), "test"), List.of())
                .bytes();
    }

    @Test
    void everyCodeDrawsTheMeasuredGlyphAtItsWidthAndReadsBackAsItsCharacter() throws Exception {
        try (FontSet fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"));
                PDDocument doc = Loader.loadPDF(pdf(fonts, TEXT))) {
            FontSet.Loaded face = (FontSet.Loaded) fonts.face(FontSet.SERIF, 400);
            List<PDFont> embedded = Pdfs.fonts(doc);
            assertThat(embedded).hasSize(1);
            PDType0Font font = (PDType0Font) embedded.get(0);
            TrueTypeFont file;
            try (InputStream in =
                    font.getDescendantFont().getFontDescriptor().getFontFile2().createInputStream()) {
                file = new TTFParser(true).parse(new RandomAccessReadBuffer(in));
            }
            // what was drawn: the text, with the quarter-em space the layout sets between 3 and 月
            String drawn = Pdfs.text(doc).replace("\n", "");
            assertThat(drawn).isEqualTo(TEXT.replace("3月", "3\u2005月"));
            int[] characters = drawn.codePoints().distinct().sorted().toArray();
            FontSubset subset = face.lastSubset();
            // the glyphs drawn, the empty glyph every font starts with and the narrowed marks, nothing more
            long[] narrowed = subset.narrowed();
            assertThat(file.getNumberOfGlyphs()).isEqualTo(characters.length + 1 + narrowed.length);
            for (int cp : characters) {
                int code = subset.code(cp);
                String ch = new String(Character.toChars(cp));
                assertThat(font.toUnicode(code)).as(ch).isEqualTo(ch);
                assertThat(font.getWidth(code)).as(ch + " in /W").isEqualTo(Math.round(face.advance(cp) * 1000));
                assertThat(file.getAdvanceWidth(code) * 1000f / file.getUnitsPerEm())
                        .as(ch + " in the font file")
                        .isEqualTo(face.advance(cp) * 1000, org.assertj.core.data.Offset.offset(0.5f));
            }
            // ，before “ and ）before ：, their right blanks taken away: glyphs of their own, as wide as the room
            // they were given, their ink the mark's own moved by what was taken from its left
            assertThat(narrowed).contains(FontSubset.narrowKey('，', 0, 5), FontSubset.narrowKey('）', 0, 5));
            for (long k : narrowed) {
                int cp = (int) (k >>> 8);
                int left = (int) (k >> 4 & 0xF);
                int right = (int) (k & 0xF);
                int code = subset.code(cp, left, right);
                String ch = new String(Character.toChars(cp));
                assertThat(font.toUnicode(code)).as(ch).isEqualTo(ch);
                int width = Math.round((face.advance(cp) - (left + right) / 10f) * 1000);
                assertThat(font.getWidth(code)).as(ch + " narrowed, in /W").isEqualTo(width);
                assertThat(file.getAdvanceWidth(code) * 1000f / file.getUnitsPerEm())
                        .as(ch + " narrowed, in the font file")
                        .isEqualTo(width, org.assertj.core.data.Offset.offset(0.5f));
                var copy = file.getGlyph().getGlyph(code);
                var mark = file.getGlyph().getGlyph(subset.code(cp));
                assertThat(copy.getDescription().isComposite()).isTrue();
                assertThat(copy.getXMaximum())
                        .isEqualTo((short) (mark.getXMaximum() - left * file.getUnitsPerEm() / 10));
                assertThat(copy.getYMinimum()).isEqualTo(mark.getYMinimum());
            }
        }
    }

    /**
     * Where a mark's blank is taken away, its box ends where the next character begins, as an extractor that
     * rebuilds lines from positions needs (poppler's, which takes a step back for a new line): inside a run, from
     * one run to the next (，before a bold 《), and between the halves of {@code ——}, stretched to meet.
     */
    @Test
    void aCompressedMarksBoxEndsWhereTheNextCharacterBegins() throws Exception {
        try (FontSet fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"));
                PDDocument doc = Loader.loadPDF(pdf(fonts, TEXT + "他说——“（甲）、《乙》”。会上，", "《丙》"))) {
            List<org.apache.pdfbox.text.TextPosition> glyphs = new java.util.ArrayList<>();
            org.apache.pdfbox.text.PDFTextStripper s = new org.apache.pdfbox.text.PDFTextStripper() {
                @Override
                protected void writeString(String text, List<org.apache.pdfbox.text.TextPosition> positions) {
                    glyphs.addAll(positions);
                }
            };
            s.getText(doc);
            int pairs = 0;
            for (int i = 0; i + 1 < glyphs.size(); i++) {
                var a = glyphs.get(i);
                var b = glyphs.get(i + 1);
                if (a.getYDirAdj() != b.getYDirAdj()) {
                    continue;
                }
                float overlap = a.getXDirAdj() + a.getWidthDirAdj() - b.getXDirAdj();
                assertThat(overlap / a.getFontSizeInPt())
                        .as(a.getUnicode() + b.getUnicode())
                        .isLessThan(0.06f);
                pairs++;
            }
            assertThat(pairs).isGreaterThan(30);
        }
    }

    @Test
    void theSameCharactersAgainAreTheSameSubsetAndOthersANewOne() throws Exception {
        try (FontSet fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"))) {
            FontSet.Loaded face = (FontSet.Loaded) fonts.face(FontSet.SERIF, 400);
            byte[] first = pdf(fonts, TEXT);
            FontSubset made = face.lastSubset();
            byte[] again = pdf(fonts, TEXT);
            assertThat(face.lastSubset()).isSameAs(made);
            assertThat(again).isEqualTo(first);
            byte[] other = pdf(fonts, TEXT + "年");
            assertThat(face.lastSubset()).isNotSameAs(made);
            try (PDDocument a = Loader.loadPDF(first);
                    PDDocument b = Loader.loadPDF(other)) {
                // a subset's name tells it from another subset of the font
                assertThat(Pdfs.fonts(a).get(0).getName())
                        .endsWith("+NotoSerifSC-Regular")
                        .isNotEqualTo(Pdfs.fonts(b).get(0).getName());
            }
        }
    }
}
