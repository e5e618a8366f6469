package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.ZonedDateTime;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.testing.Pdfs;
import org.nj12320.bulletin.world.DiskFolder;

/** Text is set in the core fonts; the full fonts are read and embedded only for characters the core lacks. */
class FontFallbackTest {
    private static final String PAGE =
            "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><title>t</title>"
                    + "<style>body { font-family: 'Noto Serif SC', 'Noto Serif SC Ext'; }</style></head><body><p>%s</p></body></html>";

    private static byte[] make(FontSet fonts, String text) throws Exception {
        return new PdfMaker(fonts, "templates")
                .make(
                        PAGE.formatted(text),
                        new DocumentInfo(ZonedDateTime.parse("2023-04-27T00:00+08:00"), "test"),
                        java.util.List.of())
                .bytes();
    }

    @Test
    void commonTextNeverReadsTheFullFonts() throws Exception {
        try (FontSet fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"))) {
            make(fonts, "南京市卫生信息中心编印，2023 年 4 月 27 日。");
            assertThat(fonts.fonts()).filteredOn(f -> !f.face().core()).noneMatch(FontSet.Loaded::isParsed);
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
