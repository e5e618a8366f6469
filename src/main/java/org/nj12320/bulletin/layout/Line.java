package org.nj12320.bulletin.layout;

import java.util.List;

/**
 * A line of a paragraph, set: its glyphs placed from its left edge, its height above and below the baseline.
 *
 * @param width   the width its content takes, from the left edge of the measure to the end of its last glyph's box
 * @param ratio   how far its glue was stretched (positive, a share of its stretch) or shrunk (negative, of its
 *                shrink) to justify it
 * @param letterSpacing the space justification added at each place between characters, in points
 */
public record Line(List<Glyph> glyphs, float ascent, float descent, float width, float ratio, float letterSpacing) {
    public float height() {
        return ascent + descent;
    }
}
