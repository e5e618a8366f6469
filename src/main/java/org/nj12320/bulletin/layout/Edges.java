package org.nj12320.bulletin.layout;

/** Four lengths around a box, in points: margins or padding. */
public record Edges(float top, float right, float bottom, float left) {
    public static final Edges ZERO = new Edges(0, 0, 0, 0);

    public float horizontal() {
        return left + right;
    }
}
