package org.nj12320.bulletin.layout;

/** A piece of a paragraph's content. */
public sealed interface Inline {
    /** Text in one style. */
    record Text(String text, TextStyle style) implements Inline {}

    /**
     * A box of fixed width holding a short text on one line, such as the mark before a list item.
     *
     * @param width the box's width, in points
     * @param shift how far the box is moved to the right of where it stands (negative: into the left margin)
     * @param tag   the element it is content of, or null when it is an ornament (an artifact)
     * @param rise  how far its text stands above the line's baseline, in points
     */
    record Box(float width, float shift, Text content, Tag tag, float rise) implements Inline {
        public Box(float width, float shift, Text content, Tag tag) {
            this(width, shift, content, tag, 0);
        }
    }

    /** A forced line break. */
    record Break() implements Inline {}

    /** A place a line may break, taking no room and drawn as nothing (what HTML's wbr element marks). */
    static Inline opportunity(TextStyle style) {
        return new Text(Character.toString(Chars.BREAK_OPPORTUNITY), style);
    }
}
