package org.nj12320.bulletin.layout;

/** One side's border: a solid rule of a width (points) and a colour; {@link #NONE} draws nothing. */
public record Border(float width, Color color) {
    public static final Border NONE = new Border(0, Color.BLACK);

    public boolean isNone() {
        return width <= 0;
    }

    /** The four sides of a box. */
    public record Sides(Border top, Border right, Border bottom, Border left) {
        public static final Sides NONE = new Sides(Border.NONE, Border.NONE, Border.NONE, Border.NONE);

        public boolean isNone() {
            return top.isNone() && right.isNone() && bottom.isNone() && left.isNone();
        }
    }
}
