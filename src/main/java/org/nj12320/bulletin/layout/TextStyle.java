package org.nj12320.bulletin.layout;

import java.util.List;

/**
 * How a run of text is set.
 *
 * @param faces         the faces to draw it with, in order: each character is drawn with the first that has it
 * @param size          the font size, in points
 * @param lineHeight    the height of a line of this text, in points
 * @param color         the colour of its glyphs
 * @param letterSpacing space added after every character, in points
 * @param emphasis      whether each of its letters (not its marks) has an emphasis dot under it (着重号)
 */
public record TextStyle(
        List<Face> faces, float size, float lineHeight, Color color, float letterSpacing, boolean emphasis) {
    public TextStyle {
        faces = List.copyOf(faces);
        if (faces.isEmpty()) {
            throw new IllegalArgumentException("a text style needs a face");
        }
    }

    /** A style without emphasis dots. */
    public TextStyle(List<Face> faces, float size, float lineHeight, Color color, float letterSpacing) {
        this(faces, size, lineHeight, color, letterSpacing, false);
    }

    /** The face that draws the character: the first that has it, else the first of all (its missing glyph). */
    public Face face(int codePoint) {
        for (Face f : faces) {
            if (f.has(codePoint)) {
                return f;
            }
        }
        return faces.get(0);
    }

    /** The face whose metrics make the line: the first. */
    public Face primary() {
        return faces.get(0);
    }

    /** Above the baseline within a line of this style: half the leading, then the face's ascent. */
    float above() {
        Face f = primary();
        return (lineHeight - (f.ascent() + f.descent()) * size) / 2 + f.ascent() * size;
    }

    float below() {
        return lineHeight - above();
    }
}
