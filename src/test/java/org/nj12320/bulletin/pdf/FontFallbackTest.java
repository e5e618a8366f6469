package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.testing.Pdfs;
import org.nj12320.bulletin.testing.Printing;
import org.nj12320.bulletin.world.DiskFolder;

/** Text is set in the core fonts; the full fonts are read and embedded only for characters the core lacks. */
class FontFallbackTest {
    private static byte[] make(FontSet fonts, String text) throws Exception {
        return Printing.pdf(
                fonts, "body { font-family: 'Noto Serif SC', 'Noto Serif SC Ext'; }", "<p>" + text + "</p>");
    }

    @Test
    void commonTextNeverReadsTheFullFonts() throws Exception {
        try (FontSet fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"))) {
            make(fonts, "南京市卫生信息中心编印，2023 年 4 月 27 日。");
            assertThat(fonts.fonts()).filteredOn(f -> !f.source().core()).noneMatch(FontSet.Loaded::isParsed);
        }
    }

    @Test
    void aCharacterBeyondTheCoreComesFromTheFullFont() throws Exception {
        try (FontSet fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"))) {
            assertThat(fonts.canDraw('镕')).isTrue();
            byte[] pdf = make(fonts, "朱镕基同志");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(new PDFTextStripper().getText(doc)).contains("朱镕基同志");
                assertThat(Pdfs.fonts(doc)).hasSize(2);
            }
        }
    }
}
