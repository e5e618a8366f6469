package org.nj12320.bulletin.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** The lines of a PDF with where their glyphs stand, for the typesetting rules that are about position. */
public final class TextLines extends PDFTextStripper {

    /** A line: its text (U+2005 kept), its page (1-based), the left and right edges of its ink, its baseline and glyphs. */
    public record Line(int page, String text, float left, float right, float y, List<TextPosition> glyphs) {}

    private final List<Line> lines = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private final List<TextPosition> glyphs = new ArrayList<>();

    private TextLines() throws IOException {
        setSortByPosition(true);
    }

    /** The lines of a document that begin with a closing mark or end with an opening one. */
    public static List<String> breakingTheLineRules(PDDocument doc) throws IOException {
        List<String> bad = new ArrayList<>();
        for (Line l : of(doc)) {
            String t = l.text().replace("\u2005", " ").strip();
            if (!t.isEmpty()
                    && ("、，。；：！？％）》”’—…".indexOf(t.charAt(0)) >= 0 || "（《“‘".indexOf(t.charAt(t.length() - 1)) >= 0)) {
                bad.add(t);
            }
        }
        return bad;
    }

    public static List<Line> of(PDDocument doc) throws IOException {
        TextLines t = new TextLines();
        t.getText(doc);
        t.flush();
        return t.lines;
    }

    @Override
    protected void writeString(String s, List<TextPosition> positions) {
        text.append(s);
        glyphs.addAll(positions);
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    @Override
    protected void writePageEnd() throws IOException {
        flush();
        super.writePageEnd();
    }

    private void flush() {
        if (!glyphs.isEmpty()) {
            float left = Float.MAX_VALUE;
            float right = -Float.MAX_VALUE;
            for (TextPosition p : glyphs) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
            }
            lines.add(new Line(
                    getCurrentPageNo(),
                    text.toString().strip(),
                    left,
                    right,
                    glyphs.get(0).getYDirAdj(),
                    List.copyOf(glyphs)));
        }
        text.setLength(0);
        glyphs.clear();
    }
}
