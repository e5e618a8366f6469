package org.nj12320.bulletin.pdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The document ID: a digest of what the document is made of (the page, the fonts by name and size, the tool
 * and the date) rather than of chance, so that the same input gives the same file.
 */
final class DocumentId {
    private DocumentId() {}

    static byte[] of(String source, FontSet fonts, DocumentInfo info, List<PdfMaker.Attachment> attachments) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(source.getBytes(StandardCharsets.UTF_8));
            for (FontSet.Loaded f : fonts.fonts()) {
                md.update((f.source().file() + ":" + f.size()).getBytes(StandardCharsets.UTF_8));
            }
            md.update(info.producer().getBytes(StandardCharsets.UTF_8));
            md.update(info.date().toString().getBytes(StandardCharsets.UTF_8));
            for (PdfMaker.Attachment a : attachments) {
                md.update(a.name().getBytes(StandardCharsets.UTF_8));
                md.update(a.bytes());
            }
            return Arrays.copyOf(md.digest(), 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java platform", e);
        }
    }

    static void set(PDDocument doc, byte[] id) {
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
