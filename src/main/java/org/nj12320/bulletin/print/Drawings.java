package org.nj12320.bulletin.print;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.layout.Block;
import org.nj12320.bulletin.layout.Color;
import org.nj12320.bulletin.layout.Op;
import org.nj12320.bulletin.layout.Tag;
import org.nj12320.bulletin.layout.TextStyle;

/** The page's drawings (the charts, as lib/chart.ftlx writes them in SVG) made the layout's. */
final class Drawings {
    private final Styling styling;

    Drawings(Styling styling) {
        this.styling = styling;
    }

    /** What a drawing takes from its attributes, not from the stylesheet: the hint of every such problem. */
    private static final String DRAWN =
            "图的大小、位置、字号和颜色由 lib/chart.ftlx 写在它的属性中（width、height、x、y、font-size、fill）；样式表只给它字体";

    /**
     * An SVG drawing of rectangles and lines of text (a chart), set as one Figure whose alternative text is its
     * {@code <desc>}. Its width and height are points; its words take the font of its style at its
     * {@code font-size}, and the colour of their {@code fill}.
     */
    Block drawing(Node.Element svg, Style s) {
        float width = number(svg, "width");
        float height = number(svg, "height");
        String size = svg.attribute("font-size");
        TextStyle base = styling.text(s);
        float fontSize = size == null ? base.size() : Float.parseFloat(size);
        // its size, its words' size and colours are its attributes, as lib/chart.ftlx writes them
        List<String> attributes = new ArrayList<>(List.of("height", "color", "letter-spacing"));
        if (size != null) {
            attributes.add("font-size");
        }
        styling.refuseOwn(svg, s, attributes, "图（<svg>）", DRAWN);
        List<Block.Mark> marks = new ArrayList<>();
        String alt = null;
        for (Node n : svg.children) {
            if (!(n instanceof Node.Element m)) {
                continue;
            }
            // what the layout does not know is said at its template; what a stylesheet gives a shape, at its line
            Style ms = styling.style(m, s);
            styling.refuseOwn(m, ms, new ArrayList<>(ms.from.keySet()), "图中的图形（<" + m.name + ">）", DRAWN);
            switch (m.name) {
                case "rect" ->
                    marks.add(new Block.Mark.Rect(
                            number(m, "x"), number(m, "y"), number(m, "width"), number(m, "height"), fill(m)));
                case "text" ->
                    marks.add(new Block.Mark.Label(
                            number(m, "x"),
                            number(m, "y"),
                            switch (String.valueOf(m.attribute("text-anchor"))) {
                                case "middle" -> Block.Mark.Anchor.MIDDLE;
                                case "end" -> Block.Mark.Anchor.END;
                                default -> Block.Mark.Anchor.START;
                            },
                            m.text(),
                            textAt(
                                    base,
                                    m.attribute("font-size") == null ? fontSize : number(m, "font-size"),
                                    fill(m))));
                case "path" -> {
                    Op.Path path = path(m);
                    if (path != null) {
                        marks.add(new Block.Mark.Shape(path, fill(m)));
                    }
                }
                case "desc" -> alt = m.text().strip();
                case "title" -> {
                    // the chart's name, which its heading prints and its description begins with
                }
                default ->
                    styling.problem(
                            styling.sources.find("<" + m.name),
                            "图中不能有 <" + m.name + ">",
                            "图只由 <rect>、<path> 和 <text> 画成");
            }
        }
        if (alt == null || alt.isEmpty()) {
            styling.problem(
                    styling.sources.find("<svg"), "图没有文字说明（<desc>）：读屏软件和 PDF/UA 都要它", "在 <svg> 中写 <desc>，用文字说出图中的数字");
        }
        return new Block.Drawing(Styling.box(s), width, height, marks, new Tag("Figure").alt(alt));
    }

    /** A path's outline: absolute M, L, C and Z, as lib/chart.ftlx writes them; null, and said, for any other. */
    private Op.Path path(Node.Element e) {
        String d = String.valueOf(e.attribute("d")).strip();
        StringBuilder commands = new StringBuilder();
        List<Float> points = new ArrayList<>();
        for (String token : d.split("[\\s,]+")) {
            if (token.matches("[MLCZ]")) {
                commands.append(token);
            } else if (token.matches("-?[0-9.]+")) {
                points.add(Float.parseFloat(token));
            } else {
                styling.problem(styling.sources.find("<path"), "图形的 d 只能用 M、L、C、Z（绝对坐标），实有“" + token + "”", "");
                return null;
            }
        }
        float[] p = new float[points.size()];
        for (int i = 0; i < p.length; i++) {
            p[i] = points.get(i);
        }
        return new Op.Path(commands.toString(), p);
    }

    private static TextStyle textAt(TextStyle base, float size, Color color) {
        return new TextStyle(base.faces(), size, size * 1.2f, color, 0);
    }

    private float number(Node.Element e, String attribute) {
        String v = e.attribute(attribute);
        try {
            return v == null ? 0 : Float.parseFloat(v);
        } catch (NumberFormatException x) {
            styling.problem(
                    styling.sources.find(attribute + "=\"" + v),
                    "<" + e.name + "> 的 " + attribute + " 应为数字，实为“" + v + "”",
                    "");
            return 0;
        }
    }

    private static Color fill(Node.Element e) {
        String v = e.attribute("fill");
        return v != null && v.matches("#[0-9a-fA-F]{6}")
                ? new Color(Integer.parseInt(v.substring(1), 16))
                : Color.BLACK;
    }
}
