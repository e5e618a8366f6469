package org.nj12320.bulletin.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineNode;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reading a PDF the way the tests check it: its text line by line, its outline, its fonts. */
public final class Pdfs {
    private Pdfs() {}

    /** The text in reading order, whitespace collapsed within each line. */
    public static List<String> lines(PDDocument doc) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        List<String> out = new ArrayList<>();
        for (String l : s.getText(doc).split("\\R")) {
            String n = Seed.normalize(l);
            if (!n.isEmpty()) {
                out.add(n);
            }
        }
        return out;
    }

    /** The printed text without whitespace and without page footers, which fall inside sentences. */
    public static String body(List<String> lines) {
        return Seed.compact(String.join(
                "", lines.stream().filter(l -> !l.matches("- \\d+ -")).toList()));
    }

    public static String text(PDDocument doc) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setSortByPosition(true);
        return s.getText(doc);
    }

    /** The alternative text of each Figure of the structure tree, in reading order. */
    public static List<String> figureAlts(PDDocument doc) {
        List<String> out = new ArrayList<>();
        figures(doc.getDocumentCatalog().getStructureTreeRoot(), out);
        return out;
    }

    private static void figures(PDStructureNode node, List<String> out) {
        for (Object kid : node.getKids()) {
            if (kid instanceof PDStructureElement e) {
                if ("Figure".equals(e.getStructureType())) {
                    out.add(e.getAlternateDescription());
                }
                figures(e, out);
            }
        }
    }

    /** Outline titles, depth-first, children indented by two spaces per level. */
    public static List<String> outline(PDDocument doc) {
        List<String> out = new ArrayList<>();
        if (doc.getDocumentCatalog().getDocumentOutline() != null) {
            walk(doc.getDocumentCatalog().getDocumentOutline(), "", out);
        }
        return out;
    }

    private static void walk(PDOutlineNode node, String indent, List<String> out) {
        for (PDOutlineItem item : node.children()) {
            out.add(indent + item.getTitle());
            walk(item, indent + "  ", out);
        }
    }

    /** Every font used on any page (XObjects included). */
    public static List<PDFont> fonts(PDDocument doc) throws IOException {
        List<PDFont> out = new ArrayList<>();
        for (PDPage page : doc.getPages()) {
            collect(page.getResources(), out);
        }
        return out;
    }

    private static void collect(PDResources res, List<PDFont> out) throws IOException {
        if (res == null) {
            return;
        }
        for (COSName n : res.getFontNames()) {
            out.add(res.getFont(n));
        }
        for (COSName n : res.getXObjectNames()) {
            if (res.getXObject(n) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject form) {
                collect(form.getResources(), out);
            }
        }
    }
}
