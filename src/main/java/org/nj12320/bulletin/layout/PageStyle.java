package org.nj12320.bulletin.layout;

import java.util.List;

/**
 * The pages a document is laid out on: their size, the margins around the text block, and what stands in the
 * margins (a running head, the page number).
 */
public record PageStyle(float width, float height, Edges margin, List<MarginBox> boxes) {
    public PageStyle {
        boxes = List.copyOf(boxes);
    }

    public float contentWidth() {
        return width - margin.horizontal();
    }

    public float contentHeight() {
        return height - margin.top() - margin.bottom();
    }

    /** Where in the margins a box stands: above or below the text block, across its width. */
    public enum Place {
        TOP,
        BOTTOM
    }

    /**
     * What a margin box shows, part after part.
     */
    public sealed interface Part {
        /** Text as it is. */
        record Literal(String text) implements Part {}

        /** The page's number. */
        record PageNumber() implements Part {}

        /** The value of a running element in force where the page's content begins. */
        record Running(String name) implements Part {}
    }

    /**
     * A box in the top or bottom margin, as wide as the text block.
     *
     * @param style     how its text is set (literal parts and the page number; running elements bring their own)
     * @param align     how its text is placed across
     * @param toContent whether the box's content stands next to the text block (at the bottom of the top margin,
     *                  at the top of the bottom margin) rather than away from it
     * @param gap       the space between the content and the text block, in points
     */
    public record MarginBox(
            Place place,
            List<Part> parts,
            TextStyle style,
            ParagraphStyle.Align align,
            boolean toContent,
            float gap,
            Artifact artifact) {
        public MarginBox {
            parts = List.copyOf(parts);
        }
    }
}
