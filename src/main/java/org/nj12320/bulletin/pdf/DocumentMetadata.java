package org.nj12320.bulletin.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.GregorianCalendar;
import javax.xml.transform.TransformerException;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;

/**
 * Writes what the document says about itself that would otherwise come from the clock: the dates, in the
 * information dictionary and, identically, in the XMP metadata that PDF/A requires; the creator; the language.
 */
final class DocumentMetadata {
    private static final String CREATOR = "bulletin";

    private DocumentMetadata() {}

    static void write(PDDocument doc, DocumentInfo info) throws IOException {
        doc.getDocumentCatalog().setLanguage("zh-CN");
        PDDocumentInformation di = doc.getDocumentInformation();
        GregorianCalendar date = GregorianCalendar.from(info.date());
        di.setCreationDate(date);
        di.setModificationDate(date);
        di.setCreator(CREATOR);
        PDMetadata meta = doc.getDocumentCatalog().getMetadata();
        if (meta == null) {
            return;
        }
        try (InputStream in = meta.exportXMPMetadata()) {
            XMPMetadata xmp = new DomXmpParser().parse(in);
            XMPBasicSchema basic = xmp.getXMPBasicSchema();
            if (basic == null) {
                basic = xmp.createAndAddXMPBasicSchema();
            }
            basic.setCreateDate(date);
            basic.setModifyDate(date);
            basic.setMetadataDate(date);
            basic.setCreatorTool(CREATOR);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, out, true);
            // xmpbox writes lang="x-default"; XMP wants the xml:lang attribute
            String text =
                    out.toString(StandardCharsets.UTF_8).replace(" lang=\"x-default\"", " xml:lang=\"x-default\"");
            meta.importXMPMetadata(text.getBytes(StandardCharsets.UTF_8));
        } catch (XmpParsingException | TransformerException e) {
            throw new IOException("cannot rewrite the XMP metadata: " + e.getMessage(), e);
        }
    }
}
