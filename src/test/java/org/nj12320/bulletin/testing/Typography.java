package org.nj12320.bulletin.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;

/**
 * The rules of Chinese typesetting measured on a PDF's glyphs, as a reader's eye would: paragraphs set at
 * several measures, each measure's paragraphs after a line that names it ({@code 15em}), the body at one size.
 * Works on any PDF of such a text (ours, Typst's), so that both can be held to the same figures.
 *
 * <p>Positions are the glyphs' origins and advances as PDFBox reads them; where a mark's blank half was taken
 * away, its advance as set is measured from where the next glyph stands, not from the font's width.
 */
public final class Typography {
    /** Marks with a blank right half in Chinese (GB) style. */
    static final String CLOSING = "，。、；：！？）」』》”’】〕";

    static final String OPENING = "（「『《“‘【〔";
    static final String NO_START = "、，。；：！？％‰℃”’）》」』】〕.,;:!?%)—…-–～/／";
    static final String NO_END = "“‘（《「『【〔";

    /** What was measured, all in em of the body size. */
    public static final class Figures {
        public int lines;
        public int finalLines;
        public int nonFinal;
        public int flush;
        public List<String> ragged = new ArrayList<>();
        public List<String> startViolations = new ArrayList<>();
        public List<String> endViolations = new ArrayList<>();
        public List<String> splitPairs = new ArrayList<>();
        public List<Float> lineEndMarks = new ArrayList<>();
        public List<Float> lineStartOpening = new ArrayList<>();
        public List<Float> closeOpenPairs = new ArrayList<>();
        public List<Float> closeClosePairs = new ArrayList<>();
        public List<Float> allPairs = new ArrayList<>();
        public List<Float> loneMarks = new ArrayList<>();
        public List<String> widestPairs = new ArrayList<>();
        public List<Float> letterSpacing = new ArrayList<>();
        public List<String> loosest = new ArrayList<>();
        public List<Float> hanLatin = new ArrayList<>();
        public List<String> hanLatinOut = new ArrayList<>();
        public int dashes;
        public List<String> brokenDashes = new ArrayList<>();
        /** Lines that end with a number whose next character, beginning the next line, is a Chinese one. */
        public List<String> numberSplits = new ArrayList<>();
        /** Lines whose last glyph's box (its advance as drawn) runs past the measure, blank or not. */
        public List<String> pastMeasure = new ArrayList<>();

        public float max(List<Float> l) {
            return l.stream().max(Float::compare).orElse(Float.NaN);
        }

        public float min(List<Float> l) {
            return l.stream().min(Float::compare).orElse(Float.NaN);
        }

        public float median(List<Float> l) {
            return quantile(l, 0.5);
        }

        public float quantile(List<Float> l, double q) {
            if (l.isEmpty()) {
                return Float.NaN;
            }
            List<Float> s = l.stream().sorted().toList();
            return s.get((int) Math.min(s.size() - 1, Math.floor(q * s.size())));
        }

        public long over(List<Float> l, float limit) {
            return l.stream().filter(f -> f > limit + 1e-4f).count();
        }

        /** One line per figure, for a report. */
        public List<String> report() {
            List<String> out = new ArrayList<>();
            out.add(String.format(Locale.ROOT, "lines / non-final lines          %d / %d", lines, nonFinal));
            out.add(String.format(Locale.ROOT, "non-final lines flush right      %d/%d", flush, nonFinal));
            out.add(String.format(
                    Locale.ROOT,
                    "line-start / line-end violations %d / %d",
                    startViolations.size(),
                    endViolations.size()));
            out.add(String.format(Locale.ROOT, "—— or …… split or at a start     %d", splitPairs.size()));
            out.add(String.format(
                    Locale.ROOT,
                    "line-end mark, as set (em)       median %.2f, max %.2f (%d)",
                    median(lineEndMarks),
                    max(lineEndMarks),
                    lineEndMarks.size()));
            out.add(String.format(
                    Locale.ROOT,
                    "opening mark at line start (em)  median %.2f, max %.2f (%d)",
                    median(lineStartOpening),
                    max(lineStartOpening),
                    lineStartOpening.size()));
            out.add(String.format(
                    Locale.ROOT,
                    "closing+opening pairs (em)       median %.2f, max %.2f (%d)",
                    median(closeOpenPairs),
                    max(closeOpenPairs),
                    closeOpenPairs.size()));
            out.add(String.format(
                    Locale.ROOT,
                    "closing+closing pairs (em)       median %.2f, max %.2f (%d)",
                    median(closeClosePairs),
                    max(closeClosePairs),
                    closeClosePairs.size()));
            out.add(String.format(
                    Locale.ROOT,
                    "lone mark between Han (em)       median %.2f, min %.2f; under 0.75: %d of %d",
                    median(loneMarks),
                    min(loneMarks),
                    loneMarks.stream().filter(x -> x < 0.75f).count(),
                    loneMarks.size()));
            out.add(String.format(
                    Locale.ROOT,
                    "letter-spacing per line (em)     max %.3f, p95 %.3f; over 0.05: %d, over 0.1: %d of %d",
                    max(letterSpacing),
                    quantile(letterSpacing, 0.95),
                    over(letterSpacing, 0.05f),
                    over(letterSpacing, 0.1f),
                    letterSpacing.size()));
            out.add(String.format(
                    Locale.ROOT,
                    "Han–Latin gap (em)               median %.3f, min %.3f, max %.3f (%d)",
                    median(hanLatin),
                    min(hanLatin),
                    max(hanLatin),
                    hanLatin.size()));
            out.add(String.format(
                    Locale.ROOT, "—— drawn as one rule             %d of %d", dashes - brokenDashes.size(), dashes));
            out.add(String.format(Locale.ROOT, "number | unit split at line end  %d", numberSplits.size()));
            out.add(String.format(Locale.ROOT, "lines whose box passes measure   %d", pastMeasure.size()));
            return out;
        }
    }

    private Typography() {}

    /** A glyph: its character, origin, advance from the font and the size it is set at. */
    record G(String text, float x, float width, float size, float scaleX, TextPosition p) {
        int cp() {
            return text.codePointAt(0);
        }
    }

    /** Measures the text block of each section (after its {@code NNem} line), its left edge {@code left} points. */
    public static Figures measure(PDDocument doc, float left, float em) throws IOException {
        Figures f = new Figures();
        List<TextLines.Line> lines = TextLines.of(doc);
        float measure = Float.NaN;
        List<List<G>> section = new ArrayList<>();
        for (TextLines.Line l : lines) {
            String t = l.text().strip();
            if (t.matches("\\d+(\\.\\d+)?em")) {
                paragraphs(section, left, measure, em, f);
                section.clear();
                measure = Float.parseFloat(t.substring(0, t.length() - 2)) * em;
                continue;
            }
            if (Float.isNaN(measure) || t.matches("- ?\\d+ ?-") || t.matches("\\d+")) {
                continue;
            }
            List<G> gs = new ArrayList<>();
            for (TextPosition p : l.glyphs()) {
                if (p.getUnicode().isBlank() || p.getUnicode().equals("\u2005")) {
                    continue;
                }
                float scale = p.getTextMatrix().getScalingFactorX() / Math.max(0.01f, p.getFontSizeInPt());
                gs.add(new G(p.getUnicode(), p.getXDirAdj(), p.getWidthDirAdj(), p.getFontSizeInPt(), scale, p));
            }
            if (!gs.isEmpty()) {
                section.add(gs);
            }
        }
        paragraphs(section, left, measure, em, f);
        return f;
    }

    private static void paragraphs(List<List<G>> lines, float left, float measure, float em, Figures f) {
        for (int i = 0; i < lines.size(); i++) {
            List<G> line = lines.get(i);
            boolean last = i + 1 == lines.size() || lines.get(i + 1).get(0).x() > left + 1.5f * em;
            line(line, last, left, measure, em, f);
            if (i + 1 < lines.size()) {
                List<G> next = lines.get(i + 1);
                G a = line.get(line.size() - 1);
                G b = next.get(0);
                if ((a.text().equals("—") || a.text().equals("…"))
                        && (b.text().equals("—") || b.text().equals("…"))) {
                    f.splitPairs.add(text(line) + " / " + text(next));
                }
                boolean paragraphEnds = b.x() > left + 1.5f * em;
                if (!paragraphEnds && Character.isDigit(a.cp()) && isHan(b.cp())) {
                    f.numberSplits.add(text(line) + " / " + text(next));
                }
            }
        }
    }

    private static String text(List<G> line) {
        StringBuilder sb = new StringBuilder();
        for (G g : line) {
            sb.append(g.text());
        }
        return sb.toString();
    }

    private static boolean isHan(int cp) {
        return cp >= 0x4E00 && cp <= 0x9FFF;
    }

    private static boolean isLatin(int cp) {
        return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }

    /**
     * A full-width mark (not a Latin one): a glyph an em wide, or one of the CJK marks and forms, or a curly quote
     * at least half an em wide (a mark may be drawn narrowed to the room it was given, its box no wider).
     */
    private static boolean wide(G g) {
        int cp = g.cp();
        return g.width() > 0.9f * g.size() * g.scaleX()
                || (cp >= 0x3000 && cp <= 0x303F)
                || (cp >= 0xFF00 && cp <= 0xFFEF)
                || (cp >= 0x2018 && cp <= 0x201D && g.width() >= 0.45f * g.size() * g.scaleX());
    }

    private static void line(List<G> line, boolean last, float left, float measure, float em, Figures f) {
        String text = text(line);
        f.lines++;
        if (last) {
            f.finalLines++;
        }
        G first = line.get(0);
        G end = line.get(line.size() - 1);
        if (NO_START.indexOf(first.cp()) >= 0) {
            f.startViolations.add(text);
        }
        if (NO_END.indexOf(end.cp()) >= 0) {
            f.endViolations.add(text);
        }
        if (first.text().equals("—") || first.text().equals("…")) {
            f.splitPairs.add(text);
        }
        // the letter-spacing justification added: the median room between Han characters beyond their advance
        List<Float> hanGaps = new ArrayList<>();
        for (int k = 1; k < line.size(); k++) {
            G a = line.get(k - 1);
            G b = line.get(k);
            if (isHan(a.cp()) && isHan(b.cp())) {
                hanGaps.add((b.x() - a.x() - a.width()) / em);
            }
        }
        float ls = hanGaps.isEmpty() ? 0 : hanGaps.stream().sorted().toList().get(hanGaps.size() / 2);
        if (!last && !hanGaps.isEmpty()) {
            f.letterSpacing.add(ls);
            if (ls > 0.05f) {
                f.loosest.add(String.format(Locale.ROOT, "%.3f %s", ls, text));
            }
        }
        float right = measure + left;
        // a closing mark's ink is its left half, whether its box is drawn whole or narrowed to the half it was set at
        float endRight =
                end.x() + (CLOSING.indexOf(end.cp()) >= 0 ? Math.min(end.width(), 0.5f * end.size()) : end.width());
        if (end.text().equals("—") && end.scaleX() > 1.01f) {
            // the second half of a dash drawn stretched to meet the first: where its ink ends
            endRight = end.x() + 0.928f * end.size() * end.scaleX();
        }
        if (end.x() + end.width() > right + 0.5f) {
            f.pastMeasure.add(String.format(Locale.ROOT, "%.2f %s", (end.x() + end.width() - right) / em, text));
        }
        if (!last) {
            f.nonFinal++;
            if (Math.abs(endRight - right) <= 0.5f) {
                f.flush++;
            } else {
                f.ragged.add(String.format(Locale.ROOT, "%.2f %s", (endRight - right) / em, text));
            }
            if (CLOSING.indexOf(end.cp()) >= 0 && wide(end)) {
                f.lineEndMarks.add((right - end.x()) / em);
            }
        }
        if (OPENING.indexOf(first.cp()) >= 0 && line.size() > 1 && Math.abs(first.x() + 0.5f * em - left) < 0.6f * em) {
            f.lineStartOpening.add((line.get(1).x() - left) / em - ls);
        }
        for (int k = 1; k < line.size(); k++) {
            G a = line.get(k - 1);
            G b = line.get(k);
            boolean aClose = CLOSING.indexOf(a.cp()) >= 0;
            boolean aOpen = OPENING.indexOf(a.cp()) >= 0;
            boolean bClose = CLOSING.indexOf(b.cp()) >= 0;
            boolean bOpen = OPENING.indexOf(b.cp()) >= 0;
            if ((aClose || aOpen) && (bClose || bOpen) && wide(a) && wide(b)) {
                // from the first mark's ink to where the next character stands (or the line ends)
                float inkStart = a.x() + (aOpen ? 0.5f * a.size() : 0);
                float after = k + 1 < line.size() ? line.get(k + 1).x() : (last ? b.x() + b.width() : right);
                float pair = (after - inkStart) / em - 2 * ls;
                if (bClose && k + 1 == line.size() && !last) {
                    pair = (right - inkStart) / em - ls;
                }
                f.allPairs.add(pair);
                if (aClose && bOpen) {
                    f.closeOpenPairs.add(pair);
                } else if (aClose && bClose) {
                    f.closeClosePairs.add(pair);
                }
                if (pair > 1.5f + 0.02f) {
                    f.widestPairs.add(String.format(Locale.ROOT, "%.2f %s%s in %s", pair, a.text(), b.text(), text));
                }
            }
            if (aClose
                    && wide(a)
                    && isHan(b.cp())
                    && k >= 2
                    && isHan(line.get(k - 2).cp())) {
                // a closing mark between two Han characters: its advance as set
                f.loneMarks.add((b.x() - a.x()) / em - ls);
            }
            boolean hl = isHan(a.cp()) && isLatin(b.cp());
            boolean lh = isLatin(a.cp()) && isHan(b.cp());
            if (hl || lh) {
                float gap = (b.x() - a.x() - a.width()) / em - ls;
                f.hanLatin.add(gap);
                if (gap < 0.125f - 0.01f || gap > 0.25f + 0.01f) {
                    f.hanLatinOut.add(String.format(Locale.ROOT, "%.3f %s%s in %s", gap, a.text(), b.text(), text));
                }
            }
            if (b.text().equals("⸺") || b.text().equals("——")) {
                // a two-em dash drawn as one glyph
                f.dashes++;
            }
            if (a.text().equals("—") && b.text().equals("—")) {
                f.dashes++;
                // the ink of the first, as drawn, reaches the ink of the second (the dash's ink spans 0.072 to 0.928
                // of its em in both faces)
                float inkRight = a.x() + 0.928f * a.size() * a.scaleX();
                float inkLeft = b.x() + 0.072f * b.size() * b.scaleX();
                if (inkLeft - inkRight > 0.01f * em) {
                    f.brokenDashes.add(text);
                }
            }
        }
    }
}
