package org.nj12320.bulletin.layout;

/**
 * The box around a block: margins (which collapse with those next to them, as in CSS), borders, padding, a
 * background, a fixed height, and what it asks of page breaks.
 *
 * @param height      the height of the box's content, in points; NaN for as tall as its content
 * @param width       the width of the box's content, in points; NaN for as wide as there is room (or as
 *                    {@code widthShare} says)
 * @param widthShare  the width of the box's content as a share of the room there is; NaN when not given so
 * @param background  the colour behind the box's padding and content; null for none
 * @param breakBefore whether the block must begin a page
 * @param breakAfter  whether the block must end a page, the next one beginning another
 * @param keepWithPrevious whether a page break between this block and the one before is to be avoided (the
 *                    colophon, which would otherwise stand alone on a last page)
 * @param keepWithNext whether a page break between this block and the next is to be avoided (a heading)
 * @param keepTogether whether a page break inside the block is to be avoided, as long as that does not leave
 *                    most of a page empty
 */
public record BoxStyle(
        Edges margin,
        Border.Sides border,
        Edges padding,
        Color background,
        float height,
        float width,
        float widthShare,
        boolean breakBefore,
        boolean breakAfter,
        boolean keepWithPrevious,
        boolean keepWithNext,
        boolean keepTogether) {

    public static final BoxStyle NONE = new BoxStyle(
            Edges.ZERO,
            Border.Sides.NONE,
            Edges.ZERO,
            null,
            Float.NaN,
            Float.NaN,
            Float.NaN,
            false,
            false,
            false,
            false,
            false);

    /** What the box takes of the width beside its content: margins, borders and padding. */
    public float horizontal() {
        return margin.horizontal() + border.left().width() + border.right().width() + padding.horizontal();
    }

    /** The width of the box's content when the block has {@code room} across (its margins included). */
    float content(float room) {
        if (!Float.isNaN(width)) {
            return width;
        }
        if (!Float.isNaN(widthShare)) {
            return widthShare * room;
        }
        return room - horizontal();
    }

    /** The box's top border and padding. */
    float topInside() {
        return border.top().width() + padding.top();
    }

    float bottomInside() {
        return border.bottom().width() + padding.bottom();
    }

    boolean decorated() {
        return background != null || !border.isNone();
    }
}
