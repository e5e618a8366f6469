package org.nj12320.bulletin.pdf;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;

/**
 * Lays out a document on pages ({@link Layout}) and writes them as the PDF ({@link PdfWriter}) with the
 * bulletin's fonts, returning its bytes. Nothing outside the document and the fonts is read.
 */
public final class PdfMaker {
    private final FontSet fonts;

    public PdfMaker(FontSet fonts) {
        Quiet.libraries();
        this.fonts = fonts;
    }

    /**
     * A finished PDF: its bytes and its number of pages.
     *
     * @param layout time spent laying out the pages
     * @param write  time spent drawing them and writing the file, font subsetting included
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

    /**
     * The PDF of a document.
     *
     * @param source what the document was made from (its page), of which the PDF's ID is a digest
     */
    public Pdf make(Layout.Document document, String source, DocumentInfo info, List<Attachment> attachments)
            throws BulletinException {
        long start = System.nanoTime();
        Layout.Result laid = Layout.of(document);
        long laidOut = System.nanoTime();
        try {
            byte[] bytes = PdfWriter.write(document, laid, source, fonts, info, attachments);
            return new Pdf(
                    bytes,
                    laid.pages().size(),
                    Duration.ofNanos(laidOut - start),
                    Duration.ofNanos(System.nanoTime() - laidOut));
        } catch (IOException | RuntimeException e) {
            throw new BulletinException(
                    Problem.error(null, "写 PDF 时出错：" + e.getMessage(), "加 --stacktrace 重新运行可看到详细信息"));
        }
    }
}
