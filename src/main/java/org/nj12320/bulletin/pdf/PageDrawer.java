package org.nj12320.bulletin.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.util.Matrix;
import org.nj12320.bulletin.layout.Artifact;
import org.nj12320.bulletin.layout.Color;
import org.nj12320.bulletin.layout.Face;
import org.nj12320.bulletin.layout.Op;
import org.nj12320.bulletin.layout.Page;
import org.nj12320.bulletin.layout.Tag;

/**
 * Draws laid-out pages into a PDF: each piece of content as a marked-content sequence with its own number, which
 * the structure tree points at; everything else (rules, shading, running heads, page numbers, repeated header
 * rows) as an artifact of its kind. Glyphs are placed exactly where the layout put them, by the positioning
 * numbers of one text-showing operator per run.
 */
final class PageDrawer {
    private final PDDocument doc;
    private final StructureTree structure;
    private final Map<Face, PDType0Font> fonts = new HashMap<>();

    PageDrawer(PDDocument doc, StructureTree structure) {
        this.doc = doc;
        this.structure = structure;
    }

    /** Draws a page and adds it to the document. */
    PDPage draw(Page page) throws IOException {
        PDPage p = new PDPage(new PDRectangle(page.width(), page.height()));
        doc.addPage(p);
        int index = doc.getNumberOfPages() - 1;
        p.setStructParents(index);
        // the order of tabbing through annotations follows the structure, as PDF/UA asks
        p.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        structure.startPage(p);
        try (PDPageContentStream cs = new PDPageContentStream(doc, p, PDPageContentStream.AppendMode.OVERWRITE, true)) {
            Pen pen = new Pen(cs, page.height());
            List<Op> ops = page.ops();
            int i = 0;
            while (i < ops.size()) {
                Op first = ops.get(i);
                int j = i + 1;
                while (j < ops.size() && sameSequence(first, ops.get(j))) {
                    j++;
                }
                sequence(pen, ops.subList(i, j));
                i = j;
            }
        }
        return p;
    }

    private static Tag.Slot slot(Op op) {
        return op instanceof Op.Text t ? t.slot() : null;
    }

    private static Artifact artifact(Op op) {
        return op instanceof Op.Text t ? t.artifact() : ((Op.Fill) op).artifact();
    }

    private static boolean sameSequence(Op a, Op b) {
        return slot(a) == slot(b) && artifact(a) == artifact(b);
    }

    /** Ops of one piece of content, or of one kind of artifact, as one marked-content sequence. */
    private void sequence(Pen pen, List<Op> ops) throws IOException {
        Op first = ops.get(0);
        Tag.Slot slot = slot(first);
        PDPageContentStream cs = pen.cs;
        if (slot != null) {
            int mcid = structure.mark(slot);
            COSDictionary props = new COSDictionary();
            props.setInt(COSName.MCID, mcid);
            cs.beginMarkedContent(COSName.getPDFName(slot.owner().role()), PDPropertyList.create(props));
        } else {
            cs.beginMarkedContent(
                    COSName.getPDFName("Artifact"), PDPropertyList.create(artifactProperties(artifact(first))));
        }
        boolean inText = false;
        for (Op op : ops) {
            if (op instanceof Op.Text t) {
                if (!inText) {
                    cs.beginText();
                    inText = true;
                }
                pen.text(t, font(t.face()));
            } else {
                if (inText) {
                    cs.endText();
                    inText = false;
                }
                pen.fill((Op.Fill) op);
            }
        }
        if (inText) {
            cs.endText();
        }
        cs.endMarkedContent();
    }

    private static COSDictionary artifactProperties(Artifact a) {
        COSDictionary d = new COSDictionary();
        Artifact kind = a == null ? Artifact.LAYOUT : a;
        switch (kind) {
            case LAYOUT -> d.setItem(COSName.TYPE, COSName.getPDFName("Layout"));
            case HEADER -> {
                d.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
                d.setItem(COSName.SUBTYPE, COSName.getPDFName("Header"));
            }
            case FOOTER -> {
                d.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
                d.setItem(COSName.SUBTYPE, COSName.getPDFName("Footer"));
            }
            case REPEATED -> d.setItem(COSName.TYPE, COSName.getPDFName("Pagination"));
        }
        return d;
    }

    /** The document's font object for a face: embedded as a subset of the glyphs the document draws. */
    private PDType0Font font(Face face) throws IOException {
        PDType0Font f = fonts.get(face);
        if (f == null) {
            FontSet.Loaded loaded = (FontSet.Loaded) face;
            f = PDType0Font.load(doc, loaded.font(), true);
            fonts.put(face, f);
        }
        return f;
    }

    /** The content stream with the state it is in, so that nothing is set twice. */
    private static final class Pen {
        final PDPageContentStream cs;
        final float height;
        PDType0Font font;
        float size;
        Color color;

        Pen(PDPageContentStream cs, float height) {
            this.cs = cs;
            this.height = height;
        }

        void color(Color c) throws IOException {
            if (!c.equals(color)) {
                cs.setNonStrokingColor(c.red(), c.green(), c.blue());
                color = c;
            }
        }

        void fill(Op.Fill f) throws IOException {
            color(f.color());
            cs.addRect(f.x(), height - f.y() - f.height(), f.width(), f.height());
            cs.fill();
        }

        void text(Op.Text t, PDType0Font f) throws IOException {
            if (f != font || t.size() != size) {
                cs.setFont(f, t.size());
                font = f;
                size = t.size();
            }
            color(t.color());
            float[] x = t.x();
            int[] cps = t.codePoints();
            float scale = t.scaleX();
            cs.setTextMatrix(new Matrix(scale, 0, 0, 1, x[0], height - t.y()));
            List<Object> parts = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            Face face = t.face();
            for (int i = 0; i < cps.length; i++) {
                run.appendCodePoint(cps[i]);
                if (i + 1 < cps.length) {
                    // where the next glyph stands against where this one's advance would put it, in the
                    // thousandths of an em the positioning numbers count in
                    float natural = face.advance(cps[i]) * 1000;
                    float wanted = (x[i + 1] - x[i]) / (t.size() * scale) * 1000;
                    float adjust = natural - wanted;
                    if (Math.abs(adjust) > 0.05f) {
                        parts.add(run.toString());
                        run.setLength(0);
                        parts.add(Math.round(adjust * 100) / 100f);
                    }
                }
            }
            parts.add(run.toString());
            cs.showTextWithPositioning(parts.toArray());
        }
    }
}
