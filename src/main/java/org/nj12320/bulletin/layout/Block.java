package org.nj12320.bulletin.layout;

import java.util.List;

/** A block of a document: laid out in turn, from the top of the page down. */
public sealed interface Block permits Block.Flow, Block.Paragraph, Block.Row, Block.Running, Block.Drawing, Table {
    /** The box around it, with what it asks of page breaks. */
    BoxStyle box();

    /**
     * Blocks one under another in a box.
     *
     * @param tag    the structure element the box is, or null when it is none (its content belongs to the
     *               element around it)
     * @param anchor a name a bookmark can point at, or null
     */
    record Flow(BoxStyle box, List<Block> children, Tag tag, String anchor) implements Block {
        public Flow {
            children = List.copyOf(children);
        }
    }

    /** A paragraph: text broken into lines, in a box. */
    record Paragraph(BoxStyle box, List<Inline> content, TextStyle strut, ParagraphStyle style, Tag tag, String anchor)
            implements Block {
        public Paragraph {
            content = List.copyOf(content);
        }

        /** Its lines at a measure. */
        public List<Line> lines(float measure) {
            List<LineItems.Item> items = LineItems.of(content, strut, style, measure);
            if (items.stream().noneMatch(i -> i.kind == LineItems.BOX && i.glyphs.length > 0)) {
                return List.of();
            }
            return LineBreaker.set(
                    items,
                    measure,
                    style.align() == ParagraphStyle.Align.JUSTIFY,
                    style.balance(),
                    style.align(),
                    strut);
        }
    }

    /**
     * Pieces of text side by side on one line, each at its natural width, the space left over shared by the
     * gaps marked {@code auto} (as a CSS flex row with automatic margins).
     */
    record Row(BoxStyle box, List<RowItem> items, Tag tag) implements Block {
        public Row {
            items = List.copyOf(items);
        }
    }

    /**
     * One piece of a {@link Row}.
     *
     * @param before the space before it, in points; NaN for a share of what is left over
     */
    record RowItem(float before, Paragraph text) {}

    /**
     * A drawing of rectangles and labels (a chart), set as one piece, centred in the width, and tagged as one
     * element (a {@code Figure} with its {@link Tag#alt() alternative text}), whose content every mark is.
     *
     * @param width  its width in points; a drawing wider than the room is an error of whoever made it
     * @param height its height in points
     */
    record Drawing(BoxStyle box, float width, float height, List<Mark> marks, Tag tag) implements Block {
        public Drawing {
            marks = List.copyOf(marks);
        }
    }

    /** What a drawing is made of, in points from its top-left corner, y growing downwards. */
    sealed interface Mark permits Mark.Rect, Mark.Label, Mark.Shape {
        /** A filled rectangle. */
        record Rect(float x, float y, float width, float height, Color color) implements Mark {}

        /** A filled shape of straight and curved segments. */
        record Shape(Op.Path path, Color color) implements Mark {}

        /**
         * A line of text on a baseline, its start, centre or end at {@code x}.
         *
         * @param anchor where {@code x} is on the text: its start, its middle or its end
         */
        record Label(float x, float baseline, Anchor anchor, String text, TextStyle style) implements Mark {}

        enum Anchor {
            START,
            MIDDLE,
            END
        }
    }

    /**
     * Sets the value of a running element (a running head) from here on: the blocks it shows, or none to clear
     * it. A page shows the value in force where its content begins.
     */
    record Running(String name, List<Block> content) implements Block {
        public Running {
            content = List.copyOf(content);
        }

        /** None: it leaves the flow, and asks nothing of the breaks around where it is set. */
        @Override
        public BoxStyle box() {
            return BoxStyle.NONE;
        }
    }
}
