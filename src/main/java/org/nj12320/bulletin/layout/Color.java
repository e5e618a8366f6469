package org.nj12320.bulletin.layout;

/** An sRGB colour, as 0xRRGGBB. */
public record Color(int rgb) {
    public static final Color BLACK = new Color(0);

    // equals and hashCode spelt out: a record's own are bootstrapped at their first call, milliseconds of a cold build
    @Override
    public boolean equals(Object o) {
        return o instanceof Color c && rgb == c.rgb;
    }

    @Override
    public int hashCode() {
        return rgb;
    }

    public float red() {
        return ((rgb >> 16) & 0xFF) / 255f;
    }

    public float green() {
        return ((rgb >> 8) & 0xFF) / 255f;
    }

    public float blue() {
        return (rgb & 0xFF) / 255f;
    }
}
