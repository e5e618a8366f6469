package org.nj12320.bulletin.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * Tidies the marked content the renderer writes. It opens a marked “Background” artifact for every box it
 * might paint, and most of them hold nothing: in the monthly issue about two thousand {@code BDC … EMC} pairs
 * with nothing between them, each with a property list of its own. They mark nothing, so they go, with their
 * property lists; the property lists that stay are written inside the page's resources rather than as
 * objects of their own. Together this takes about a tenth off the monthly issue's size.
 */
final class MarkedContent {
    private static final String BDC = "BDC";
    private static final String EMC = "EMC";

    private MarkedContent() {}

    static void tidy(PDDocument doc) throws IOException {
        for (PDPage page : doc.getPages()) {
            dropEmptyArtifacts(doc, page);
            inlineProperties(page);
        }
    }

    private static void dropEmptyArtifacts(PDDocument doc, PDPage page) throws IOException {
        List<Object> tokens = new PDFStreamParser(page).parse();
        List<Object> kept = new ArrayList<>(tokens.size());
        Set<String> dropped = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            // an empty artifact is the four tokens /Artifact /Name BDC EMC
            if (i + 3 < tokens.size()
                    && COSName.ARTIFACT.equals(tokens.get(i))
                    && tokens.get(i + 1) instanceof COSName name
                    && isOperator(tokens.get(i + 2), BDC)
                    && isOperator(tokens.get(i + 3), EMC)) {
                dropped.add(name.getName());
                i += 3;
                continue;
            }
            kept.add(tokens.get(i));
        }
        if (dropped.isEmpty()) {
            return;
        }
        PDStream stream = new PDStream(doc);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(out).writeTokens(kept);
        }
        page.setContents(stream);
        Set<String> used = new HashSet<>();
        for (int i = 1; i < kept.size(); i++) {
            if (isOperator(kept.get(i), BDC) && kept.get(i - 1) instanceof COSName name) {
                used.add(name.getName());
            }
        }
        COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties != null) {
            for (COSName name : new ArrayList<>(properties.keySet())) {
                if (dropped.contains(name.getName()) && !used.contains(name.getName())) {
                    properties.removeItem(name);
                }
            }
        }
    }

    private static boolean isOperator(Object token, String name) {
        return token instanceof Operator o && o.getName().equals(name);
    }

    private static void inlineProperties(PDPage page) {
        if (page.getResources() == null) {
            return;
        }
        COSDictionary properties = page.getResources().getCOSObject().getCOSDictionary(COSName.PROPERTIES);
        if (properties == null) {
            return;
        }
        for (COSName name : properties.keySet()) {
            if (properties.getDictionaryObject(name) instanceof COSDictionary d) {
                d.setDirect(true);
                properties.setItem(name, d);
            }
        }
    }
}
