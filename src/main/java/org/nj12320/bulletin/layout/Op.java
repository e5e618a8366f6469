package org.nj12320.bulletin.layout;

/**
 * What a page is drawn with, in points from the page's top-left corner, y growing downwards. Each op is
 * content of a slot of the document's structure or an artifact, never both.
 */
public sealed interface Op {
    /**
     * Glyphs of one face, size and colour on one baseline.
     *
     * @param x      each glyph's origin
     * @param scaleX the horizontal scale of every glyph of the run
     * @param end    where the room of the last glyph ends when the run ends a line (a mark there may have given
     *               up its blank half to fill the line), or NaN
     */
    record Text(
            Face face,
            float size,
            Color color,
            float scaleX,
            float y,
            float[] x,
            int[] codePoints,
            float end,
            Tag.Slot slot,
            Artifact artifact)
            implements Op {
        @Override
        public Op moved(float dx, float dy, Artifact as) {
            float[] moved = new float[x.length];
            for (int i = 0; i < moved.length; i++) {
                moved[i] = x[i] + dx;
            }
            Artifact a = as != null && artifact == null ? as : artifact;
            return new Text(face, size, color, scaleX, y + dy, moved, codePoints, end + dx, a == null ? slot : null, a);
        }
    }

    /**
     * A filled rectangle: a rule, a border, a background, all artifacts; or a part of a drawing, content of the
     * figure its slot belongs to.
     */
    record Fill(float x, float y, float width, float height, Color color, Tag.Slot slot, Artifact artifact)
            implements Op {
        /** A rule, a border or a background: an artifact of the given kind. */
        public Fill(float x, float y, float width, float height, Color color, Artifact artifact) {
            this(x, y, width, height, color, null, artifact);
        }

        @Override
        public Op moved(float dx, float dy, Artifact as) {
            Artifact a = as != null && artifact == null ? as : artifact;
            return new Fill(x + dx, y + dy, width, height, color, a == null ? slot : null, a);
        }
    }

    /**
     * A filled shape of straight and curved segments (a ring's segment), content of the figure its slot
     * belongs to, or an artifact.
     *
     * @param path its segments: {@code M x y}, {@code L x y}, {@code C x1 y1 x2 y2 x y} and {@code Z}, as
     *             numbers after a letter each ({@link Path})
     */
    record Shape(Path path, Color color, Tag.Slot slot, Artifact artifact) implements Op {
        @Override
        public Op moved(float dx, float dy, Artifact as) {
            Artifact a = as != null && artifact == null ? as : artifact;
            return new Shape(path.moved(dx, dy), color, a == null ? slot : null, a);
        }
    }

    /** A path: its commands ({@code M}, {@code L}, {@code C}, {@code Z}) and their points, x and y in turn. */
    record Path(String commands, float[] points) {
        /** The path moved. */
        public Path moved(float dx, float dy) {
            float[] p = points.clone();
            for (int i = 0; i < p.length; i += 2) {
                p[i] += dx;
                p[i + 1] += dy;
            }
            return new Path(commands, p);
        }
    }

    /** The op moved, and made an artifact of the given kind (unless null) if it is not one already. */
    Op moved(float dx, float dy, Artifact as);
}
