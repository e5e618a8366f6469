package org.nj12320.bulletin.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRawPDFontMetrics;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * Gives the renderer the bulletin's fonts and no others, each embedded into a document only if the document
 * uses it, with the metrics of every face given before the renderer asks, so that it never reads a full font
 * just to measure it.
 */
final class EmbeddedFonts {
    private EmbeddedFonts() {}

    static void install(PdfRendererBuilder builder, PDDocument doc, FontSet fonts) throws IOException {
        MetricsCache metrics = fonts.metrics();
        for (FontSet.Loaded f : fonts.fonts()) {
            LazyFont font = new LazyFont(doc, f);
            if (f.face().core()) {
                // the full font has the core's design: its metrics, given before the renderer asks, spare reading it
                String key = MetricsCache.key(f.face().family(), f.face().weight());
                if (metrics.get(key) == null) {
                    PDFont pd = font.supply();
                    metrics.put(key, PdfBoxRawPDFontMetrics.fromPdfBox(pd, pd.getFontDescriptor()));
                }
                metrics.put(
                        MetricsCache.key(
                                FontSet.fullFamily(f.face().family()), f.face().weight()),
                        metrics.get(key));
            }
            builder.useFont(font, f.face().family(), f.face().weight(), BaseRendererBuilder.FontStyle.NORMAL, true);
        }
        builder.useCacheStore(PdfRendererBuilder.CacheStore.PDF_FONT_METRICS, metrics);
    }

    /** Embeds a shared font into one document, and only if the document uses it. */
    private static final class LazyFont extends PDFontSupplier {
        private final PDDocument doc;
        private final FontSet.Loaded ttf;
        private PDFont font;

        LazyFont(PDDocument doc, FontSet.Loaded ttf) {
            super(null);
            this.doc = doc;
            this.ttf = ttf;
        }

        @Override
        public PDFont supply() {
            if (font == null) {
                try {
                    font = PDType0Font.load(doc, ttf.font(), true);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
            return font;
        }
    }
}
