package org.nj12320.bulletin.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;

/**
 * Lays out an issue's XHTML and returns the PDF as bytes: the renderer set up with the bulletin's fonts
 * ({@link EmbeddedFonts}), refusing every outside resource ({@link ResourceGuard}) and breaking lines by the
 * rules of Chinese typesetting; then the document's metadata ({@link DocumentMetadata}), its marked content
 * tidied ({@link MarkedContent}) and its ID ({@link DocumentId}). Nothing outside the document is loaded.
 */
public final class PdfMaker {
    /** The sRGB profile of the output intent. */
    private static final byte[] SRGB = SrgbProfile.bytes();

    private final FontSet fonts;
    private final String templatesDisplay;

    /**
     * @param templatesDisplay how messages name the templates folder, to which every reference in the
     *                         document goes back
     */
    public PdfMaker(FontSet fonts, String templatesDisplay) {
        Quiet.libraries();
        this.fonts = fonts;
        this.templatesDisplay = templatesDisplay;
    }

    /**
     * A finished PDF: its bytes and its number of pages.
     *
     * @param layout time spent laying out and drawing the pages
     * @param write  time spent writing the file, font subsetting included
     */
    public record Pdf(byte[] bytes, int pages, Duration layout, Duration write) {}

    /**
     * A file carried inside the PDF as data of the document (a table as CSV).
     *
     * @param name        its file name, unique in the document
     * @param description what it holds, as a reader of the attachments sees it
     * @param mediaType   its MIME type, such as {@code text/csv}
     */
    public record Attachment(String name, String description, String mediaType, byte[] bytes) {}

    public Pdf make(String xhtml, DocumentInfo info, List<Attachment> attachments) throws BulletinException {
        List<Diagnostic> diagnostics = new ArrayList<>();
        ResourceGuard guard = new ResourceGuard();
        try (PDDocument doc = new PDDocument()) {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(doc);
            // archival and accessible: PDF/A-3a (tagged, Unicode text, sRGB output intent) and PDF/UA-1
            builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_3_A);
            builder.usePdfUaAccessibility(true);
            builder.useColorProfile(SRGB);
            EmbeddedFonts.install(builder, doc, fonts);
            guard.install(builder);
            builder.withDiagnosticConsumer(d -> {
                synchronized (diagnostics) {
                    diagnostics.add(d);
                }
            });
            builder.addDOMMutator(new MarksWithWords());
            builder.useUnicodeLineBreaker(new CjkLineBreaker());
            builder.withHtmlContent(xhtml, null);
            builder.withProducer(info.producer());
            long start = System.nanoTime();
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            long laidOut = System.nanoTime();
            List<Problem> refused = guard.problems(templatesDisplay);
            if (!refused.isEmpty()) {
                throw new BulletinException(refused);
            }
            DocumentMetadata.write(doc, info);
            MarkedContent.tidy(doc);
            AssociatedFiles.attach(doc, attachments, info);
            DocumentId.set(doc, DocumentId.of(xhtml, fonts, info, attachments));
            ByteArrayOutputStream out = new ByteArrayOutputStream(512 * 1024);
            doc.save(out);
            List<Problem> problems = severe(diagnostics);
            if (!problems.isEmpty()) {
                throw new BulletinException(problems);
            }
            return new Pdf(
                    out.toByteArray(),
                    doc.getNumberOfPages(),
                    Duration.ofNanos(laidOut - start),
                    Duration.ofNanos(System.nanoTime() - laidOut));
        } catch (IOException e) {
            List<Problem> problems = new ArrayList<>(severe(diagnostics));
            problems.add(Problem.error(null, "排版时出错：" + e.getMessage(), "加 --stacktrace 重新运行可看到详细信息"));
            throw new BulletinException(problems);
        }
    }

    /** The renderer's warnings that mean the PDF would be wrong: a resource or font it could not use. */
    private List<Problem> severe(List<Diagnostic> diagnostics) {
        List<Problem> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            if (d.getLevel().intValue() >= Level.SEVERE.intValue()) {
                out.add(Problem.error(
                        SourceRef.file(templatesDisplay), "排版器报告：" + d.getFormattedMessage(), "检查模板和样式表"));
            }
        }
        return out;
    }
}
