package org.nj12320.bulletin.layout;

import java.util.List;

/**
 * A line of a paragraph, set: its glyphs placed from its left edge, its height above and below the baseline.
 *
 * @param width   the width its content takes, from the left edge of the measure to the end of its last glyph's box
 * @param ratio   how far its glue was stretched (positive, a share of its stretch) or shrunk (negative, of its
 *                shrink) to justify it
 * @param letterSpacing the space justification added at each place between characters, in points
 * @param end     where the room of its last glyph ends: its width, and at a paragraph's end the blank half its
 *                last mark keeps (a mark that ends any other line gave its blank half up)
 */
public record Line(
        List<Glyph> glyphs, float ascent, float descent, float width, float ratio, float letterSpacing, float end) {
    public float height() {
        return ascent + descent;
    }
}
