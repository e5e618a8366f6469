package org.nj12320.bulletin.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The pages of a PDF as images, for a preview: each page is known by a digest of what is drawn on it (its
 * content and the fonts it draws with), and only a page whose digest is new is drawn again; the others keep
 * their images from before.
 */
public final class PageImages {
    /** A page: its number from 1, the digest of what it shows, its image as PNG. */
    public record Page(int number, String digest, byte[] png) {}

    private final float dpi;
    private Map<String, byte[]> byDigest = new HashMap<>();

    /** @param dpi how finely the pages are drawn */
    public PageImages(float dpi) {
        Quiet.libraries();
        this.dpi = dpi;
    }

    /** The pages of a new version of the PDF, drawing only those not drawn before. */
    public List<Page> update(byte[] pdf) throws IOException {
        List<Page> out = new ArrayList<>();
        Map<String, byte[]> next = new HashMap<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer renderer = null;
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                String digest = digest(doc.getPage(i));
                byte[] png = byDigest.get(digest);
                if (png == null) {
                    png = next.get(digest);
                }
                if (png == null) {
                    if (renderer == null) {
                        renderer = new PDFRenderer(doc);
                    }
                    png = png(renderer.renderImageWithDPI(i, dpi, ImageType.RGB));
                }
                next.put(digest, png);
                out.add(new Page(i + 1, digest, png));
            }
        }
        byDigest = next;
        return out;
    }

    /** What is drawn on a page: its content streams and the font programs it draws with. */
    static String digest(PDPage page) throws IOException {
        MessageDigest md;
        try {
            md = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JDK has SHA-256
        }
        try (InputStream in = page.getContents()) {
            md.update(in.readAllBytes());
        }
        if (page.getResources() != null) {
            for (COSName name : page.getResources().getFontNames()) {
                var font = page.getResources().getFont(name);
                md.update(name.getName().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                if (font != null && font.getFontDescriptor() != null) {
                    var file = font.getFontDescriptor().getFontFile2();
                    if (file == null && font instanceof org.apache.pdfbox.pdmodel.font.PDType0Font t0) {
                        var d = t0.getDescendantFont().getFontDescriptor();
                        file = d == null ? null : d.getFontFile2();
                    }
                    if (file != null) {
                        try (InputStream in = file.createInputStream()) {
                            md.update(in.readAllBytes());
                        }
                    }
                }
            }
        }
        return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    }

    /** A PNG of the image, written with the quickest compression: a preview is drawn often and shown once. */
    static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (MemoryCacheImageOutputStream ios = new MemoryCacheImageOutputStream(out)) {
            writer.setOutput(ios);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(1.0f); // the least compression, the quickest
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
