package org.nj12320.bulletin.layout;

import java.util.List;

/**
 * The document as the page breaker sees it: pieces that cannot be split (a line, a table row), the space between
 * them, the places a page may break with what a break there costs, and markers of where boxes, running values
 * and anchors begin and end.
 */
sealed interface Vertical {
    /** Breaks that must not be taken, unless nothing else fits. */
    int NEVER = 1_000_000;
    /** A break to avoid: taken only when the alternative leaves most of a page empty. */
    int AVOID = 1000;

    int FORCED = Integer.MIN_VALUE;

    /**
     * Something of a fixed height that stays whole on one page.
     *
     * @param ops what it draws, x from the text block's left edge, y from the piece's top
     */
    record Piece(float height, List<Op> ops) implements Vertical {}

    /** A margin: adjacent ones collapse into one (the largest, less the most negative); at a page break, none. */
    record Space(float size) implements Vertical {}

    /**
     * A place where a page may end.
     *
     * @param header rows to set again at the top of the next page when it ends here (a table's header), or null
     */
    record Break(int cost, Piece header) implements Vertical {}

    /** The top of a box with a border or background, which is drawn around what follows until its close. */
    record Open(Decoration box) implements Vertical {}

    record Close(Decoration box) implements Vertical {}

    /** A running element set (or, with no content, cleared) here. */
    record Mark(String name, List<Block> content) implements Vertical {}

    /** A named place, for bookmarks. */
    record Anchor(String name) implements Vertical {}

    /** A decorated box: where it stands across the text block and how it looks. */
    final class Decoration {
        final float x;
        final float width;
        final BoxStyle style;

        Decoration(float x, float width, BoxStyle style) {
            this.x = x;
            this.width = width;
            this.style = style;
        }
    }
}
