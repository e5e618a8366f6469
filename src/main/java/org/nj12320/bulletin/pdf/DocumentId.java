package org.nj12320.bulletin.pdf;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Adler32;
import java.util.zip.CRC32;
import java.util.zip.CRC32C;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The document ID: checksums of what the document is made of (the page, the fonts by name and size, the tool
 * and the date) rather than of chance, so that the same input gives the same file, and any change in it
 * another ID. An ID identifies a file and guards nothing, so three checksums the JDK computes natively
 * (CRC-32, CRC-32C and Adler-32) and the length make its sixteen bytes: a cryptographic digest, run by the
 * interpreter over the page's 200 KB in a fresh process, took ten times as long.
 */
final class DocumentId {
    private DocumentId() {}

    static byte[] of(String source, FontSet fonts, DocumentInfo info, List<PdfMaker.Attachment> attachments) {
        Sums sums = new Sums();
        sums.update(source.getBytes(StandardCharsets.UTF_8));
        for (FontSet.Loaded f : fonts.fonts()) {
            sums.update((f.source().file() + ":" + f.size()).getBytes(StandardCharsets.UTF_8));
        }
        sums.update(info.producer().getBytes(StandardCharsets.UTF_8));
        sums.update(info.date().toString().getBytes(StandardCharsets.UTF_8));
        for (PdfMaker.Attachment a : attachments) {
            sums.update(a.name().getBytes(StandardCharsets.UTF_8));
            sums.update(a.bytes());
        }
        return sums.bytes();
    }

    /** The three checksums and the length of everything given, in order. */
    private static final class Sums {
        private final CRC32 crc = new CRC32();
        private final CRC32C crcC = new CRC32C();
        private final Adler32 adler = new Adler32();
        private long length;

        void update(byte[] b) {
            crc.update(b);
            crcC.update(b);
            adler.update(b);
            length += b.length;
        }

        byte[] bytes() {
            return ByteBuffer.allocate(16)
                    .putInt((int) crc.getValue())
                    .putInt((int) crcC.getValue())
                    .putInt((int) adler.getValue())
                    .putInt((int) length)
                    .array();
        }
    }

    static void set(PDDocument doc, byte[] id) {
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
    }
}
