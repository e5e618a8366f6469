package org.nj12320.bulletin.pdf;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
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
    /** How each run of text of the pages is narrowed ({@link #narrowings}), settled with the subsets. */
    private final Map<Op.Text, int[]> narrowed = new IdentityHashMap<>();

    /** The subset of each face the pages draw with, known before they are drawn. */
    private final Map<Face, FontSubset> subsets;

    private final Map<Face, FontSubset.Embedded> fonts = new HashMap<>();

    /**
     * A drawer of these pages, the subsets of their fonts settled at once: the glyphs' numbers now, the font files
     * in the background while the pages are drawn.
     */
    PageDrawer(PDDocument doc, StructureTree structure, List<Page> pages) throws IOException {
        this.doc = doc;
        this.structure = structure;
        for (Page page : pages) {
            narrowed.putAll(narrowings(page.ops()));
        }
        this.subsets = subsets(pages, narrowed);
    }

    private static Map<Face, FontSubset> subsets(List<Page> pages, Map<Op.Text, int[]> narrowings) throws IOException {
        Map<Face, BitSet> drawn = new LinkedHashMap<>();
        Map<Face, TreeSet<Long>> narrowed = new HashMap<>();
        for (Page page : pages) {
            for (Op op : page.ops()) {
                if (op instanceof Op.Text t) {
                    BitSet set = drawn.computeIfAbsent(t.face(), f -> new BitSet());
                    int[] cps = t.codePoints();
                    int[] n = narrowings.get(t);
                    for (int i = 0; i < cps.length; i++) {
                        set.set(cps[i]);
                        if (n[i] != 0) {
                            narrowed.computeIfAbsent(t.face(), f -> new TreeSet<>())
                                    .add(FontSubset.narrowKey(cps[i], n[i] >> 4, n[i] & 0xF));
                        }
                    }
                }
            }
        }
        Map<Face, FontSubset> out = new HashMap<>();
        for (Map.Entry<Face, BitSet> e : drawn.entrySet()) {
            long[] marks = narrowed.getOrDefault(e.getKey(), new TreeSet<>()).stream()
                    .mapToLong(Long::longValue)
                    .toArray();
            out.put(
                    e.getKey(),
                    ((FontSet.Loaded) e.getKey()).subset(e.getValue().stream().toArray(), marks));
        }
        return out;
    }

    /** A tenth of an em: the step in which a mark's box is narrowed to the room it was given. */
    private static final float TENTH = 0.1f;

    /**
     * How far each glyph of each run of a page is narrowed, in tenths of an em taken from its left and its right
     * ({@code left << 4 | right}): where the next glyph stands closer than this one's advance, the room taken is
     * this mark's right blank as far as it has one, the rest the next one's left blank, to the nearest tenth.
     * The next glyph may be the first of the next run on the same line (a bold word after a mark).
     */
    static Map<Op.Text, int[]> narrowings(List<Op> ops) {
        Map<Op.Text, int[]> out = new IdentityHashMap<>();
        Op.Text before = null;
        for (Op op : ops) {
            if (!(op instanceof Op.Text t)) {
                before = null;
                continue;
            }
            int[] n = new int[t.codePoints().length];
            out.put(t, n);
            float[] x = t.x();
            for (int i = 0; i + 1 < n.length; i++) {
                narrow(t, i, t, i + 1, x[i + 1] - x[i], n, n);
            }
            if (!Float.isNaN(t.end())) {
                // a mark that ends a full line: its blank half was taken to fill the line
                narrow(t, n.length - 1, null, 0, t.end() - x[n.length - 1], n, null);
            }
            if (before != null && before.y() == t.y() && x[0] > before.x()[before.x().length - 1]) {
                int last = before.x().length - 1;
                narrow(before, last, t, 0, x[0] - before.x()[last], out.get(before), n);
            }
            before = t;
        }
        return out;
    }

    /**
     * Narrows glyph {@code i} of {@code a} and glyph {@code k} of {@code b}, which stands {@code step} after it
     * ({@code b} null: the end of a line, {@code step} after it). The halves of a {@code ——}, stretched to meet,
     * overlap each other and their neighbours by their side bearings: they are narrowed by all of that, their ink
     * left as it is.
     */
    private static void narrow(Op.Text a, int i, Op.Text b, int k, float step, int[] na, int[] nb) {
        float em = a.size() * a.scaleX();
        float taken = a.face().advance(a.codePoints()[i]) * em - step;
        if (taken < TENTH / 2 * em) {
            return;
        }
        float right = a.scaleX() != 1
                ? taken
                : Math.min(taken, a.face().blank(a.codePoints()[i]).right() * em);
        int roomA = tenths(a.face().advance(a.codePoints()[i])) - 1 - (na[i] >> 4);
        if (b == null) {
            // rounded up: the box ends within the measure
            na[i] |= clamp((int) Math.ceil(right / (TENTH * em) - 0.01f), roomA);
            return;
        }
        float left = b.scaleX() != 1
                ? taken - right
                : Math.min(taken - right, b.face().blank(b.codePoints()[k]).left() * b.size() * b.scaleX());
        // never narrower than a tenth of an em: what is taken from a glyph's two sides stays within its advance
        int roomB = tenths(b.face().advance(b.codePoints()[k])) - 1;
        na[i] |= clamp(Math.round(right / (TENTH * em)), roomA);
        nb[k] |= clamp(Math.round(left / (TENTH * b.size() * b.scaleX())), roomB) << 4;
    }

    private static int tenths(float em) {
        return (int) Math.floor(em / TENTH + 0.001f);
    }

    /** A number of tenths between none and the room there is, and at most 15 (four bits). */
    private static int clamp(int tenths, int room) {
        return Math.max(0, Math.min(tenths, Math.min(room, 15)));
    }

    /** Draws a page and adds it to the document. */
    PDPage draw(Page page) throws IOException {
        PDPage p = new PDPage(new PDRectangle(page.width(), page.height()));
        doc.addPage(p);
        int index = doc.getNumberOfPages() - 1;
        p.setStructParents(index);
        // the order of tabbing through annotations follows the structure, as PDF/UA asks
        p.getCOSObject().setItem(COSName.getPDFName("Tabs"), COSName.S);
        PDResources resources = new PDResources();
        p.setResources(resources);
        structure.startPage(p);
        Pen pen = new Pen(new ContentWriter(), resources, page.height());
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
        PDStream contents = new PDStream(doc, new ByteArrayInputStream(pen.out.bytes()), COSName.FLATE_DECODE);
        p.setContents(contents);
        return p;
    }

    /** Every font the pages drew with, its file put in the document once it is written. */
    void finishFonts() throws IOException {
        for (FontSubset.Embedded f : fonts.values()) {
            f.finish();
        }
    }

    private static Tag.Slot slot(Op op) {
        return op instanceof Op.Text t ? t.slot() : op instanceof Op.Shape s ? s.slot() : ((Op.Fill) op).slot();
    }

    private static Artifact artifact(Op op) {
        return op instanceof Op.Text t
                ? t.artifact()
                : op instanceof Op.Shape s ? s.artifact() : ((Op.Fill) op).artifact();
    }

    private static boolean sameSequence(Op a, Op b) {
        return slot(a) == slot(b) && artifact(a) == artifact(b);
    }

    /** Ops of one piece of content, or of one kind of artifact, as one marked-content sequence. */
    private void sequence(Pen pen, List<Op> ops) throws IOException {
        Op first = ops.get(0);
        Tag.Slot slot = slot(first);
        ContentWriter out = pen.out;
        if (slot != null) {
            int mcid = structure.mark(slot);
            out.raw("/")
                    .raw(slot.owner().role())
                    .raw(" <</MCID ")
                    .number(mcid)
                    .raw(">> BDC")
                    .newline();
        } else {
            out.raw(artifactProperties(artifact(first))).raw(" BDC").newline();
        }
        boolean inText = false;
        for (Op op : ops) {
            if (op instanceof Op.Text t) {
                if (!inText) {
                    out.raw("BT").newline();
                    inText = true;
                }
                pen.text(t, font(t.face()));
            } else {
                if (inText) {
                    out.raw("ET").newline();
                    inText = false;
                }
                if (op instanceof Op.Shape s) {
                    pen.shape(s);
                } else {
                    pen.fill((Op.Fill) op);
                }
            }
        }
        if (inText) {
            out.raw("ET").newline();
        }
        out.raw("EMC").newline();
    }

    private static String artifactProperties(Artifact a) {
        Artifact kind = a == null ? Artifact.LAYOUT : a;
        return switch (kind) {
            case LAYOUT -> "/Artifact <</Type /Layout>>";
            case HEADER -> "/Artifact <</Type /Pagination /Subtype /Header>>";
            case FOOTER -> "/Artifact <</Type /Pagination /Subtype /Footer>>";
            case REPEATED -> "/Artifact <</Type /Pagination>>";
        };
    }

    /** The document's font for a face: the subset of the glyphs the document draws with it. */
    private FontSubset.Embedded font(Face face) throws IOException {
        FontSubset.Embedded f = fonts.get(face);
        if (f == null) {
            f = subsets.get(face).embedIn(doc, "F" + (fonts.size() + 1));
            fonts.put(face, f);
        }
        return f;
    }

    /** The content stream with the state it is in, so that nothing is set twice. */
    private final class Pen {
        final ContentWriter out;
        final PDResources resources;
        final float height;
        COSDictionary pageFonts;
        FontSubset.Embedded font;
        float size;
        Color color;

        Pen(ContentWriter out, PDResources resources, float height) {
            this.out = out;
            this.resources = resources;
            this.height = height;
        }

        void color(Color c) {
            if (!c.equals(color)) {
                out.number(c.red())
                        .space()
                        .number(c.green())
                        .space()
                        .number(c.blue())
                        .raw(" rg")
                        .newline();
                color = c;
            }
        }

        void fill(Op.Fill f) {
            color(f.color());
            out.number(f.x())
                    .space()
                    .number(height - f.y() - f.height())
                    .space()
                    .number(f.width())
                    .space()
                    .number(f.height())
                    .raw(" re f")
                    .newline();
        }

        void shape(Op.Shape s) {
            color(s.color());
            float[] p = s.path().points();
            int at = 0;
            for (char c : s.path().commands().toCharArray()) {
                int n = switch (c) {
                    case 'M', 'L' -> 2;
                    case 'C' -> 6;
                    default -> 0;
                };
                for (int i = 0; i < n; i += 2) {
                    out.number(p[at + i]).space().number(height - p[at + i + 1]).space();
                }
                at += n;
                out.raw(
                                switch (c) {
                                    case 'M' -> "m";
                                    case 'L' -> "l";
                                    case 'C' -> "c";
                                    default -> "h";
                                })
                        .newline();
            }
            out.raw("f").newline();
        }

        void text(Op.Text t, FontSubset.Embedded f) {
            if (f != font || t.size() != size) {
                if (pageFonts == null) {
                    pageFonts = new COSDictionary();
                    resources.getCOSObject().setItem(COSName.FONT, pageFonts);
                }
                pageFonts.setItem(COSName.getPDFName(f.resourceName()), f.font());
                out.raw("/")
                        .raw(f.resourceName())
                        .space()
                        .number(t.size())
                        .raw(" Tf")
                        .newline();
                font = f;
                size = t.size();
            }
            color(t.color());
            float[] x = t.x();
            int[] cps = t.codePoints();
            float scale = t.scaleX();
            int[] narrow = narrowed.get(t);
            // a glyph narrowed on its left stands that much further right, its ink where the mark's would be
            float[] at = new float[cps.length];
            for (int i = 0; i < cps.length; i++) {
                at[i] = x[i] + (narrow[i] >> 4) * TENTH * t.size() * scale;
            }
            Face face = t.face();
            boolean spaced = spacedOut(t, face, at);
            if (spaced) {
                // letters spaced apart (统 计 数 据): read as the word they are, not as letters with spaces
                out.raw("/Span <</ActualText <FEFF");
                for (int cp : cps) {
                    for (char c : Character.toChars(cp)) {
                        out.raw(String.format(Locale.ROOT, "%04X", (int) c));
                    }
                }
                out.raw(">>> BDC").newline();
            }
            out.number(scale)
                    .raw(" 0 0 1 ")
                    .number(at[0])
                    .space()
                    .number(height - t.y())
                    .raw(" Tm [");
            for (int i = 0; i < cps.length; i++) {
                int left = narrow[i] >> 4;
                int right = narrow[i] & 0xF;
                out.hex2(f.subset().code(cps[i], left, right));
                if (i + 1 < cps.length) {
                    // where the next glyph stands against where this one's advance would put it, in the
                    // thousandths of an em the positioning numbers count in
                    float natural = (face.advance(cps[i]) - (left + right) * TENTH) * 1000;
                    float wanted = (at[i + 1] - at[i]) / (t.size() * scale) * 1000;
                    float adjust = natural - wanted;
                    if (Math.abs(adjust) > 0.05f) {
                        out.number(Math.round(adjust * 100) / 100.0);
                    }
                }
            }
            out.raw("] TJ").newline();
            if (spaced) {
                out.raw("EMC").newline();
            }
        }
    }

    /**
     * How far apart letters stand in a heading set with letter-spacing (统 计 数 据, half an em; the masthead, a
     * quarter), and never in a
     * justified line: a reader that rebuilds words from positions would read a space between each two.
     */
    private static final float SPACED_OUT = 0.2f;

    /** Whether each two letters of a run stand {@link #SPACED_OUT} apart or more. */
    private static boolean spacedOut(Op.Text t, Face face, float[] at) {
        int[] cps = t.codePoints();
        if (cps.length < 2) {
            return false;
        }
        float em = t.size() * t.scaleX();
        for (int i = 0; i + 1 < cps.length; i++) {
            if (at[i + 1] - at[i] - face.advance(cps[i]) * em < SPACED_OUT * em || cps[i] == ' ') {
                return false;
            }
        }
        return true;
    }
}
