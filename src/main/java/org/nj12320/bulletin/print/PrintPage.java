package org.nj12320.bulletin.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.nj12320.bulletin.layout.Block;
import org.nj12320.bulletin.layout.Bookmark;
import org.nj12320.bulletin.layout.Border;
import org.nj12320.bulletin.layout.BoxStyle;
import org.nj12320.bulletin.layout.Color;
import org.nj12320.bulletin.layout.Edges;
import org.nj12320.bulletin.layout.Face;
import org.nj12320.bulletin.layout.FontBook;
import org.nj12320.bulletin.layout.Inline;
import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.layout.Metadata;
import org.nj12320.bulletin.layout.Op;
import org.nj12320.bulletin.layout.PageStyle;
import org.nj12320.bulletin.layout.ParagraphStyle;
import org.nj12320.bulletin.layout.Table;
import org.nj12320.bulletin.layout.Tag;
import org.nj12320.bulletin.layout.TextStyle;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.world.Folder;

/**
 * The printed edition's page made the layout's document: the page's elements styled by the print stylesheet
 * it links to, each made a block, a table, a line of text or a running head, with the structure element it
 * stands for. Every problem (an element, a property or a value the layout does not support, a font that is not
 * the bulletin's, a page that is not well-formed) is reported at the stylesheet's or the template's line, and
 * nothing is laid out.
 */
public final class PrintPage {
    /** What the browser gives every page before its stylesheet, for the elements the layout knows. */
    private static final String DEFAULTS = String.join(
            "\n",
            "html, body, div, p, h1, h2, h3, h4, h5, h6, header, footer, section, svg { display: block }",
            "desc { display: none }",
            "head, title, meta, link, style, bookmarks { display: none }",
            "table { display: table } caption { display: table-caption } thead { display: table-header-group }",
            "tbody { display: table-row-group } tfoot { display: table-footer-group } tr { display: table-row }",
            "th, td { display: table-cell; padding: 1px; vertical-align: middle } col { display: table-column }",
            "colgroup { display: table-column-group }",
            "p { margin: 1em 0 } h1 { font-size: 2em; margin: 0.67em 0 } h2 { font-size: 1.5em; margin: 0.83em 0 }",
            "h3 { font-size: 1.17em; margin: 1em 0 } h4 { margin: 1.33em 0 } h5 { font-size: 0.83em; margin: 1.67em 0 }",
            "h6 { font-size: 0.67em; margin: 2.33em 0 }",
            "h1, h2, h3, h4, h5, h6, th, strong, b { font-weight: bold } th { text-align: center }");

    /** The elements the layout knows; any other in the page is an error at its template. */
    private static final Set<String> KNOWN = Set.of(
            "html",
            "head",
            "title",
            "meta",
            "link",
            "bookmarks",
            "bookmark",
            "body",
            "div",
            "p",
            "span",
            "h1",
            "h2",
            "h3",
            "h4",
            "h5",
            "h6",
            "strong",
            "b",
            "em",
            "i",
            "br",
            "wbr",
            "table",
            "caption",
            "colgroup",
            "col",
            "thead",
            "tbody",
            "tfoot",
            "tr",
            "th",
            "td",
            "header",
            "footer",
            "section",
            // a drawing: a chart, as lib/chart.ftlx writes it
            "svg",
            "rect",
            "text",
            "path",
            "desc");

    private final FontBook fonts;
    private final Folder templates;
    private final TemplateSources sources;
    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> reported = new LinkedHashSet<>();
    private final Map<TextKey, TextStyle> textStyles = new HashMap<>();
    private final Map<Node.Element, Style> styles = new IdentityHashMap<>();
    private Rules rules = new Rules(List.of());
    private final Map<String, List<Css.Declaration>> inlineStyles = new HashMap<>();
    private Style rootStyle;

    private PrintPage(FontBook fonts, Folder templates) {
        this.fonts = fonts;
        this.templates = templates;
        this.sources = new TemplateSources(templates);
    }

    /** The page as a document to lay out. */
    public static Layout.Document of(String xhtml, Folder templates, FontBook fonts) throws BulletinException {
        return new PrintPage(fonts, templates).map(xhtml);
    }

    private Layout.Document map(String xhtml) throws BulletinException {
        Node.Element html;
        try {
            html = XhtmlReader.read(xhtml);
        } catch (XhtmlReader.Malformed e) {
            throw new BulletinException(Problem.error(
                    SourceRef.file(templates.display()),
                    "模板生成的页面不是格式正确的 XHTML：" + e.getMessage() + "（页面第 " + e.line + " 行）",
                    "检查刚改过的模板：标签是否成对、属性是否加了引号、“&”是否写作 &amp;"));
        }
        Node.Element head = html.child("head");
        Node.Element body = html.child("body");
        if (head == null || body == null) {
            throw new BulletinException(
                    Problem.error(SourceRef.file(templates.display()), "页面缺少 <head> 或 <body>", "检查 print.ftlx"));
        }
        Css.Sheet defaults = Css.read(DEFAULTS, "(默认样式)", 0);
        Css.Sheet sheet = stylesheet(head);
        List<Css.Rule> all = new ArrayList<>(defaults.rules());
        for (Css.Rule r : sheet.rules()) {
            all.add(new Css.Rule(
                    r.selectors(), r.declarations(), defaults.rules().size() + r.order()));
        }
        rules = new Rules(all);
        problems.addAll(sheet.problems());
        rootStyle = style(html, null);
        Style bodyStyle = style(body, rootStyle);
        PageStyle page = page(sheet);
        Tag root = new Tag("Document");
        List<Block> blocks = blocks(body, bodyStyle);
        Metadata meta = metadata(html, head);
        List<Bookmark> bookmarks = bookmarks(head.child("bookmarks"));
        if (!problems.isEmpty()) {
            throw new BulletinException(problems);
        }
        return new Layout.Document(page, blocks, root, meta, bookmarks);
    }

    private void problem(SourceRef at, String message, String hint) {
        if (reported.add(at + message)) {
            problems.add(Problem.error(at, message, hint));
        }
    }

    /** The stylesheet the page links to, read from the templates folder. */
    private Css.Sheet stylesheet(Node.Element head) throws BulletinException {
        for (Node.Element e : head.elements()) {
            if (e.name.equals("style")) {
                problem(
                        sources.find("<style"),
                        "印刷版的样式写在 <style> 里，排版不读它",
                        "把样式写进 style/print.css，页面用 <link rel=\"stylesheet\" href=\"style/print.css\"/> 引用");
            }
            if (e.name.equals("link") && "stylesheet".equals(e.attribute("rel"))) {
                String href = e.attribute("href");
                try {
                    String css = new String(templates.read(href, 1 << 20), StandardCharsets.UTF_8);
                    return Css.read(css, templates.display(href), 0);
                } catch (IOException e1) {
                    throw new BulletinException(Problem.error(
                            sources.find(href), "找不到样式表 " + templates.display(href), "样式表放在模板文件夹中，用相对路径引用"));
                }
            }
        }
        throw new BulletinException(Problem.error(
                SourceRef.file(templates.display("print.ftlx")),
                "印刷版的页面没有引用样式表",
                "在 <head> 中写 <link rel=\"stylesheet\" href=\"style/print.css\"/>"));
    }

    /** An element's computed style (once per element). */
    private Style style(Node.Element e, Style parent) {
        Style s = styles.get(e);
        if (s != null) {
            return s;
        }
        s = Style.inheriting(parent);
        List<Css.Declaration> inline = List.of();
        String attr = e.attribute("style");
        if (attr != null) {
            inline = inlineStyles.computeIfAbsent(attr, a -> {
                List<Problem> found = new ArrayList<>();
                List<Css.Declaration> ds = Css.inline(a, SourceRef.file(templates.display()), found);
                if (!found.isEmpty()) {
                    // said at the template that wrote the attribute, looked for only when there is something to say
                    found.clear();
                    ds = Css.inline(a, sources.find("style=\"" + a.split("[0-9$]")[0]), found);
                    problems.addAll(found);
                }
                return ds;
            });
        }
        s.apply(rules.cascade(e, false, inline), parent == null ? 12 : parent.fontSize);
        styles.put(e, s);
        if (!KNOWN.contains(e.name)) {
            problem(
                    sources.find("<" + e.name),
                    "排版不支持元素 <" + e.name + ">",
                    "印刷版能用的元素见 README 的“The print stylesheet”一节");
        }
        return s;
    }

    /** The style of an element's {@code ::before}, or null when it has no content. */
    private Style before(Node.Element e, Style s) {
        List<Css.Declaration> ds = rules.cascade(e, true, List.of());
        if (ds.isEmpty()) {
            return null;
        }
        Style b = Style.inheriting(s);
        b.apply(ds, s.fontSize);
        return b.content == null || b.content.parts().isEmpty() ? null : b;
    }

    // ---- text

    /** What a text style is made of, by which equal ones are shared. */
    private record TextKey(
            List<String> families,
            int weight,
            float size,
            float lineHeight,
            int color,
            float spacing,
            boolean emphasis) {
        // spelt out: a record's own equals and hashCode are bootstrapped at their first call, milliseconds of a
        // cold build
        @Override
        public boolean equals(Object o) {
            return o instanceof TextKey k
                    && weight == k.weight
                    && Float.compare(size, k.size) == 0
                    && Float.compare(lineHeight, k.lineHeight) == 0
                    && color == k.color
                    && Float.compare(spacing, k.spacing) == 0
                    && emphasis == k.emphasis
                    && families.equals(k.families);
        }

        @Override
        public int hashCode() {
            return Objects.hash(families, weight, size, lineHeight, color, spacing, emphasis);
        }
    }

    private TextStyle text(Style s) {
        if (s.text != null) {
            return s.text;
        }
        TextKey key = new TextKey(
                s.fontFamily, s.fontWeight, s.fontSize, s.lineHeight(), s.color, s.letterSpacing, s.emphasis);
        TextStyle t = textStyles.get(key);
        if (t == null) {
            List<Face> faces = new ArrayList<>();
            for (String family : s.fontFamily) {
                Face f = fonts.face(family, s.fontWeight);
                if (f == null) {
                    Css.Declaration d = s.from.get("font-family");
                    problem(
                            d != null ? d.at() : SourceRef.file(templates.display()),
                            "font-family：没有字体“" + family + "”",
                            "本刊只用 fonts/ 中的字体：" + String.join("、", fonts.families()));
                } else {
                    faces.add(f);
                }
            }
            if (faces.isEmpty()) {
                faces.add(fonts.face(fonts.families().iterator().next(), s.fontWeight));
            }
            t = new TextStyle(faces, s.fontSize, s.lineHeight(), new Color(s.color), s.letterSpacing, s.emphasis);
            textStyles.put(key, t);
        }
        s.text = t;
        return t;
    }

    private static ParagraphStyle paragraph(Style s) {
        ParagraphStyle.Align align = switch (s.textAlign) {
            case "right", "end" -> ParagraphStyle.Align.RIGHT;
            case "center" -> ParagraphStyle.Align.CENTER;
            case "justify" -> ParagraphStyle.Align.JUSTIFY;
            default -> ParagraphStyle.Align.LEFT;
        };
        return new ParagraphStyle(
                align,
                s.textIndent,
                !s.nowrap,
                s.breakWord,
                s.compress,
                s.autospace,
                s.orphans,
                s.widows,
                s.wordBreak,
                s.balance);
    }

    private static BoxStyle box(Style s) {
        Border.Sides border = new Border.Sides(border(s, 0), border(s, 1), border(s, 2), border(s, 3));
        return new BoxStyle(
                new Edges(zero(s.margin[0]), zero(s.margin[1]), zero(s.margin[2]), zero(s.margin[3])),
                border,
                new Edges(s.padding[0], s.padding[1], s.padding[2], s.padding[3]),
                s.background == null ? null : new Color(s.background),
                s.height,
                s.widthPercent ? Float.NaN : s.width,
                s.widthPercent ? s.width : Float.NaN,
                s.breakBefore,
                s.keepWithNext,
                s.keepTogether);
    }

    private static float zero(float f) {
        return Float.isNaN(f) ? 0 : f;
    }

    private static Border border(Style s, int side) {
        return s.borderWidth[side] <= 0 ? Border.NONE : new Border(s.borderWidth[side], new Color(s.borderColor[side]));
    }

    // ---- blocks

    private static boolean blank(Node n) {
        return n instanceof Node.Text t && t.text.isBlank();
    }

    private boolean inline(Node n, Style parent) {
        if (n instanceof Node.Text) {
            return true;
        }
        Node.Element e = (Node.Element) n;
        Style s = style(e, parent);
        return s.running == null && (s.display.equals("inline") || s.display.equals("inline-block"));
    }

    /** The blocks of an element's content: block-level children, and anonymous paragraphs for runs of text. */
    private List<Block> blocks(Node.Element e, Style s) {
        List<Block> out = new ArrayList<>();
        List<Node> run = new ArrayList<>();
        // list items side by side make one list
        List<Block> list = null;
        for (Node n : e.children) {
            if (list != null && blank(n)) {
                continue;
            }
            if (inline(n, s)) {
                list = close(list, out);
                run.add(n);
                continue;
            }
            anonymous(run, s, out);
            Block b = block((Node.Element) n, s);
            if (b == null) {
                continue;
            }
            if (style((Node.Element) n, s).display.equals("list-item")) {
                list = list == null ? new ArrayList<>() : list;
                list.add(b);
            } else {
                list = close(list, out);
                out.add(b);
            }
        }
        close(list, out);
        anonymous(run, s, out);
        return out;
    }

    /** A list of the items gathered, if any; none is open after it. */
    private static List<Block> close(List<Block> list, List<Block> out) {
        if (list != null && !list.isEmpty()) {
            out.add(new Block.Flow(BoxStyle.NONE, list, new Tag("L"), null));
        }
        return null;
    }

    private void anonymous(List<Node> run, Style s, List<Block> out) {
        if (run.stream().allMatch(PrintPage::blank)) {
            run.clear();
            return;
        }
        List<Inline> content = new ArrayList<>();
        for (Node n : run) {
            inlines(n, s, content);
        }
        run.clear();
        out.add(new Block.Paragraph(BoxStyle.NONE, content, text(s), paragraph(s), null, null));
    }

    private static String role(Node.Element e) {
        return switch (e.name) {
            case "p" -> "P";
            case "h1", "h2", "h3", "h4", "h5", "h6" -> "H" + e.name.charAt(1);
            case "table" -> "Table";
            case "caption" -> "Caption";
            case "span", "strong", "b", "em", "i", "br", "wbr" -> null;
            default -> "Div";
        };
    }

    private Block block(Node.Element e, Style parent) {
        Style s = style(e, parent);
        if (s.display.equals("none")) {
            return null;
        }
        if (s.running != null) {
            // the element leaves the flow and is set in a margin box, as it is styled apart from that
            String name = s.running;
            s.running = null;
            Block inside = block(e, parent);
            s.running = name;
            return new Block.Running(name, e.text().isBlank() || inside == null ? List.of() : List.of(inside));
        }
        String id = e.attribute("id");
        if (e.name.equals("svg")) {
            return drawing(e, s);
        }
        switch (s.display) {
            case "table":
                return table(e, s);
            case "flex":
                return row(e, s);
            case "block", "list-item", "table-caption", "inline", "inline-block":
                break;
            default:
                problem(
                        where(s, "display", e),
                        "排版不能把 <" + e.name + "> 当作“display: " + s.display + "”放在这里",
                        "表格的部分（tr、td 等）只能在 <table> 中");
                return null;
        }
        if (!s.verticalAlign.equals("baseline")) {
            problem(where(s, "vertical-align", e), "vertical-align：排版不能移动块的上下位置", "只对表格单元格和页边框有效");
        }
        if (s.content != null) {
            problem(where(s, "content", e), "content 只能用于 ::before 和页边框", "");
        }
        String role = role(e);
        Tag tag = role == null ? null : new Tag(role);
        boolean allInline = e.children.stream().allMatch(n -> inline(n, s));
        if (allInline && !Float.isNaN(s.height) && e.children.stream().allMatch(PrintPage::blank)) {
            return new Block.Flow(box(s), List.of(), tag, id);
        }
        if (allInline) {
            List<Inline> content = new ArrayList<>();
            Style b = before(e, s);
            if (b != null) {
                content.add(beforeBox(b, e));
            }
            for (Node n : e.children) {
                inlines(n, s, content);
            }
            if (s.display.equals("list-item")) {
                // an item of a list: its mark (the ::before) is its label, the rest its body
                Block.Paragraph body =
                        new Block.Paragraph(box(s), content, text(s), paragraph(s), new Tag("LBody"), id);
                return new Block.Flow(BoxStyle.NONE, List.of(body), new Tag("LI"), null);
            }
            return new Block.Paragraph(box(s), content, text(s), paragraph(s), tag, id);
        }
        return new Block.Flow(box(s), blocks(e, s), tag, id);
    }

    /**
     * An SVG drawing of rectangles and lines of text (a chart), set as one Figure whose alternative text is its
     * {@code <desc>}. Its width and height are points; its words take the font of its style at its
     * {@code font-size}, and the colour of their {@code fill}.
     */
    private Block drawing(Node.Element svg, Style s) {
        float width = number(svg, "width");
        float height = number(svg, "height");
        String size = svg.attribute("font-size");
        TextStyle base = text(s);
        float fontSize = size == null ? base.size() : Float.parseFloat(size);
        List<Block.Mark> marks = new ArrayList<>();
        String alt = null;
        for (Node n : svg.children) {
            if (!(n instanceof Node.Element m)) {
                continue;
            }
            style(m, s); // what the layout does not know is said at its template
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
                    problem(sources.find("<" + m.name), "图中不能有 <" + m.name + ">", "图只由 <rect>、<path> 和 <text> 画成");
            }
        }
        if (alt == null || alt.isEmpty()) {
            problem(sources.find("<svg"), "图没有文字说明（<desc>）：读屏软件和 PDF/UA 都要它", "在 <svg> 中写 <desc>，用文字说出图中的数字");
        }
        return new Block.Drawing(box(s), width, height, marks, new Tag("Figure").alt(alt));
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
                problem(sources.find("<path"), "图形的 d 只能用 M、L、C、Z（绝对坐标），实有“" + token + "”", "");
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
            problem(sources.find(attribute + "=\"" + v), "<" + e.name + "> 的 " + attribute + " 应为数字，实为“" + v + "”", "");
            return 0;
        }
    }

    private static Color fill(Node.Element e) {
        String v = e.attribute("fill");
        return v != null && v.matches("#[0-9a-fA-F]{6}")
                ? new Color(Integer.parseInt(v.substring(1), 16))
                : Color.BLACK;
    }

    private SourceRef where(Style s, String property, Node.Element e) {
        Css.Declaration d = s.from.get(property);
        return d != null ? d.at() : sources.find("<" + e.name);
    }

    /** The {@code ::before} of an element: a box of its width (hanging by a negative margin), or plain text. */
    private Inline beforeBox(Style b, Node.Element e) {
        StringBuilder sb = new StringBuilder();
        for (Object p : b.content.parts()) {
            if (p instanceof String str) {
                sb.append(str);
            } else {
                problem(where(b, "content", e), "::before 只能写文字", "");
            }
        }
        Inline.Text t = new Inline.Text(sb.toString(), text(b));
        boolean box = b.display.equals("inline-block") && !Float.isNaN(b.width) && !b.widthPercent;
        boolean middle = b.verticalAlign.equals("middle");
        if (!b.verticalAlign.equals("baseline") && !(box && middle)) {
            problem(
                    where(b, "vertical-align", e),
                    "vertical-align：::before 只能写 middle，且要与 display: inline-block 和 width 同用",
                    "middle 使它的中线与文字的中线对齐（列表前的小圆点）");
        }
        if (box) {
            // a list item's label; elsewhere an ornament, as a screen reader is told: no content of the document
            Tag label = styles.get(e).display.equals("list-item") ? new Tag("Lbl") : null;
            return new Inline.Box(b.width, zero(b.margin[3]), t, label, middle ? rise(t, text(styles.get(e))) : 0);
        }
        return t;
    }

    /**
     * How far a mark in a size of its own is raised so that its middle stands on the middle of the characters
     * around it (a dot in 8 pt set on the baseline of 10.5 pt text would sit a point low): the difference of
     * the two ideographic em boxes' middles.
     */
    private static float rise(Inline.Text mark, TextStyle around) {
        if (mark.text().isEmpty()) {
            return 0;
        }
        TextStyle own = mark.style();
        float middle = around.face('中').central() * around.size();
        return middle - own.face(mark.text().codePointAt(0)).central() * own.size();
    }

    private void inlines(Node n, Style s, List<Inline> out) {
        if (n instanceof Node.Text t) {
            out.add(new Inline.Text(t.text, text(s)));
            return;
        }
        Node.Element e = (Node.Element) n;
        Style st = style(e, s);
        if (st.display.equals("none")) {
            return;
        }
        if (e.name.equals("br")) {
            out.add(new Inline.Break());
            return;
        }
        if (e.name.equals("wbr")) {
            // a place the line may break, as a header label's editor marked it
            out.add(Inline.opportunity(text(st)));
            return;
        }
        inlineOnly(e, st);
        if (st.margin[3] > 0) {
            // an inline element's left margin: a space of its width before its text
            out.add(new Inline.Box(st.margin[3], 0, new Inline.Text("", text(st)), null));
        }
        Style b = before(e, st);
        if (b != null) {
            out.add(beforeBox(b, e));
        }
        for (Node c : e.children) {
            if (c instanceof Node.Element ce && !inline(ce, st)) {
                problem(sources.find("<" + ce.name), "<" + ce.name + "> 是块级元素，不能放在一行文字中间（<" + e.name + "> 里）", "");
                continue;
            }
            inlines(c, st, out);
        }
    }

    /** The box properties the layout has no use for on an element inside a line of text. */
    private static final List<String> BOX_ONLY = List.of(
            "margin-top",
            "margin-right",
            "margin-bottom",
            "padding-top",
            "padding-right",
            "padding-bottom",
            "padding-left",
            "border-top",
            "border-right",
            "border-bottom",
            "border-left",
            "background-color",
            "width",
            "height",
            "break-before",
            "break-after",
            "break-inside");

    /** An element inside a line may set how its text looks and a space before it, nothing of a box. */
    private void inlineOnly(Node.Element e, Style st) {
        for (String property : BOX_ONLY) {
            Css.Declaration d = st.from.get(property);
            if (d != null && !isZero(d.value())) {
                problem(
                        d.at(),
                        property + "：排版不能用在一行文字中的元素上（<" + e.name
                                + (e.classes().isEmpty() ? "" : " class=\"" + String.join(" ", e.classes()) + "\"")
                                + ">）",
                        "这一属性只对段落、表格等块有效；行中的元素只能改字体、字号、颜色、字距和左边距");
            }
        }
        if (!st.verticalAlign.equals("baseline")) {
            problem(where(st, "vertical-align", e), "vertical-align：排版不能移动一行文字中元素的上下位置", "只对表格单元格和页边框有效");
        }
        if (st.display.equals("inline-block")) {
            problem(where(st, "display", e), "display: inline-block 只能用于 ::before", "");
        }
        if (st.content != null) {
            problem(where(st, "content", e), "content 只能用于 ::before 和页边框", "");
        }
    }

    private static boolean isZero(Object v) {
        if (v instanceof Properties.Length l) {
            return l.value() == 0;
        }
        if (v instanceof Properties.BorderValue b) {
            return b.width().value() == 0;
        }
        return v instanceof Properties.Keyword k && k.word().equals("auto");
    }

    private Block row(Node.Element e, Style s) {
        List<Block.RowItem> items = new ArrayList<>();
        for (Node n : e.children) {
            if (blank(n)) {
                continue;
            }
            if (n instanceof Node.Text t) {
                items.add(new Block.RowItem(
                        0,
                        new Block.Paragraph(
                                BoxStyle.NONE,
                                List.of(new Inline.Text(t.text, text(s))),
                                text(s),
                                nowrap(s),
                                null,
                                null)));
                continue;
            }
            Node.Element c = (Node.Element) n;
            Style cs = style(c, s);
            if (cs.display.equals("none")) {
                continue;
            }
            List<Inline> content = new ArrayList<>();
            inlines(c, cs, content);
            items.add(new Block.RowItem(
                    cs.margin[3], new Block.Paragraph(BoxStyle.NONE, content, text(cs), nowrap(cs), null, null)));
        }
        return new Block.Row(box(s), items, new Tag("Div"));
    }

    private static ParagraphStyle nowrap(Style s) {
        ParagraphStyle p = paragraph(s);
        return new ParagraphStyle(
                ParagraphStyle.Align.LEFT,
                0,
                false,
                false,
                p.compress(),
                p.autospace(),
                1,
                1,
                ParagraphStyle.WordBreak.NORMAL,
                false);
    }

    // ---- tables

    private Block table(Node.Element e, Style s) {
        Block.Flow caption = null;
        List<Float> widths = new ArrayList<>();
        List<Table.Row> head = new ArrayList<>();
        List<Table.Body> bodies = new ArrayList<>();
        Tag headTag = null;
        List<Table.Row> loose = new ArrayList<>();
        for (Node.Element c : e.elements()) {
            Style cs = style(c, s);
            switch (c.name) {
                case "caption" -> caption = new Block.Flow(box(cs), blocks(c, cs), new Tag("Caption"), null);
                case "colgroup" -> {
                    for (Node.Element col : c.elements()) {
                        widths.add(columnWidth(col, style(col, cs)));
                    }
                }
                case "col" -> widths.add(columnWidth(c, cs));
                case "thead" -> {
                    headTag = new Tag("THead");
                    head.addAll(rows(c, cs));
                }
                case "tbody", "tfoot" ->
                    bodies.add(new Table.Body(rows(c, cs), new Tag(c.name.equals("tbody") ? "TBody" : "TFoot")));
                case "tr" -> loose.addAll(rows(wrap(c), s));
                default -> problem(sources.find("<" + c.name), "<" + c.name + "> 不能直接放在 <table> 中", "");
            }
        }
        if (!loose.isEmpty()) {
            bodies.add(new Table.Body(loose, new Tag("TBody")));
        }
        int columns = columns(head, bodies);
        float[] shares = new float[columns];
        float given = 0;
        int unknown = 0;
        for (int i = 0; i < columns; i++) {
            float w = i < widths.size() ? widths.get(i) : Float.NaN;
            shares[i] = w;
            if (Float.isNaN(w)) {
                unknown++;
            } else {
                given += w;
            }
        }
        for (int i = 0; i < columns; i++) {
            if (Float.isNaN(shares[i])) {
                shares[i] = unknown == 0 ? 0 : Math.max(0, 1 - given) / unknown;
            }
        }
        float sum = 0;
        for (float f : shares) {
            sum += f;
        }
        for (int i = 0; i < columns && sum > 0; i++) {
            shares[i] /= sum;
        }
        return new Table(box(s), shares, caption, head, bodies, new Tag("Table"), headTag, e.attribute("id"));
    }

    /** A row outside any row group is read as in one. */
    private static Node.Element wrap(Node.Element tr) {
        Node.Element g = new Node.Element("tbody");
        g.children.add(tr);
        g.parent = tr.parent;
        return g;
    }

    private float columnWidth(Node.Element col, Style s) {
        if (Float.isNaN(s.width)) {
            return Float.NaN;
        }
        if (!s.widthPercent) {
            problem(where(s, "width", col), "列宽要写成百分比", "写作 width: 25%");
            return Float.NaN;
        }
        return s.width;
    }

    private static int columns(List<Table.Row> head, List<Table.Body> bodies) {
        int n = 0;
        List<Table.Row> all = new ArrayList<>(head);
        for (Table.Body b : bodies) {
            all.addAll(b.rows());
        }
        for (Table.Row r : all) {
            int w = 0;
            for (Table.Cell c : r.cells()) {
                w += c.colspan();
            }
            n = Math.max(n, w);
        }
        // a cell spanning rows takes a column in the rows below it
        for (int i = 0; i < all.size(); i++) {
            int extra = 0;
            for (int k = 0; k < i; k++) {
                for (Table.Cell c : all.get(k).cells()) {
                    if (k + c.rowspan() > i) {
                        extra += c.colspan();
                    }
                }
            }
            int w = extra;
            for (Table.Cell c : all.get(i).cells()) {
                w += c.colspan();
            }
            n = Math.max(n, w);
        }
        return Math.max(n, 1);
    }

    private List<Table.Row> rows(Node.Element group, Style gs) {
        List<Table.Row> out = new ArrayList<>();
        for (Node.Element tr : group.elements()) {
            if (!tr.name.equals("tr")) {
                problem(sources.find("<" + tr.name), "<" + tr.name + "> 不能直接放在 <" + group.name + "> 中", "表格的行写作 <tr>");
                continue;
            }
            Style rs = style(tr, gs);
            List<Table.Cell> cells = new ArrayList<>();
            for (Node.Element td : tr.elements()) {
                if (!td.name.equals("td") && !td.name.equals("th")) {
                    problem(sources.find("<" + td.name), "<" + td.name + "> 不能直接放在 <tr> 中", "单元格写作 <td> 或 <th>");
                    continue;
                }
                cells.add(cell(td, style(td, rs)));
            }
            out.add(new Table.Row(cells, new Tag("TR")));
        }
        return out;
    }

    /** What a cell cannot have: its size comes from its table's columns and rows, its room from its padding. */
    private static final List<String> NOT_OF_CELLS =
            List.of("margin-top", "margin-right", "margin-bottom", "margin-left", "width", "height");

    private Table.Cell cell(Node.Element td, Style s) {
        for (String property : NOT_OF_CELLS) {
            Css.Declaration d = s.from.get(property);
            if (d != null && !isZero(d.value())) {
                problem(d.at(), property + "：排版不能用在表格的单元格上", "单元格的宽度由 <col> 定，内边距用 padding");
            }
        }
        int colspan = span(td, "colspan");
        int rowspan = span(td, "rowspan");
        Tag tag = new Tag(td.name.equals("th") ? "TH" : "TD");
        if (td.name.equals("th")) {
            String scope = td.attribute("scope");
            tag.attribute("Scope", scope != null && scope.startsWith("row") ? "Row" : "Column");
        }
        if (rowspan > 1) {
            tag.attribute("RowSpan", Integer.toString(rowspan));
        }
        if (colspan > 1) {
            tag.attribute("ColSpan", Integer.toString(colspan));
        }
        List<Block> content;
        if (td.children.stream().allMatch(n -> inline(n, s))) {
            List<Inline> inl = new ArrayList<>();
            for (Node n : td.children) {
                inlines(n, s, inl);
            }
            content = List.of(new Block.Paragraph(BoxStyle.NONE, inl, text(s), paragraph(s), null, null));
        } else {
            content = blocks(td, s);
        }
        return new Table.Cell(
                content,
                colspan,
                rowspan,
                new Edges(s.padding[0], s.padding[1], s.padding[2], s.padding[3]),
                new Border.Sides(border(s, 0), border(s, 1), border(s, 2), border(s, 3)),
                s.background == null ? null : new Color(s.background),
                !s.verticalAlign.equals("top"),
                tag);
    }

    private int span(Node.Element td, String attr) {
        String v = td.attribute(attr);
        if (v == null) {
            return 1;
        }
        try {
            int n = Integer.parseInt(v.strip());
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        problem(sources.find(attr + "=\""), attr + "=\"" + v + "\" 不是正整数", "");
        return 1;
    }

    // ---- the page, the metadata, the bookmarks

    private PageStyle page(Css.Sheet sheet) {
        Style ps = Style.inheriting(rootStyle);
        ps.apply(sheet.page(), rootStyle.fontSize);
        float width = 595.28f;
        float height = 841.89f;
        for (Css.Declaration d : sheet.page()) {
            if (d.property().equals("size")) {
                @SuppressWarnings("unchecked")
                List<Properties.Length> wh = (List<Properties.Length>) d.value();
                width = wh.get(0).points(12, 0);
                height = wh.get(1).points(12, 0);
            }
        }
        Edges margin = new Edges(zero(ps.margin[0]), zero(ps.margin[1]), zero(ps.margin[2]), zero(ps.margin[3]));
        List<PageStyle.MarginBox> boxes = new ArrayList<>();
        for (Map.Entry<String, List<Css.Declaration>> e : sheet.marginBoxes().entrySet()) {
            Style bs = Style.inheriting(rootStyle);
            bs.apply(e.getValue(), rootStyle.fontSize);
            boolean top = e.getKey().startsWith("top");
            List<PageStyle.Part> parts = new ArrayList<>();
            if (bs.content != null) {
                for (Object p : bs.content.parts()) {
                    if (p instanceof String str) {
                        parts.add(new PageStyle.Part.Literal(str));
                    } else if (p instanceof Properties.PageCounter) {
                        parts.add(new PageStyle.Part.PageNumber());
                    } else if (p instanceof Properties.Element el) {
                        parts.add(new PageStyle.Part.Running(el.name()));
                    }
                }
            }
            boolean toContent = top ? bs.verticalAlign.equals("bottom") : bs.verticalAlign.equals("top");
            float gap = top ? bs.padding[2] : bs.padding[0];
            ParagraphStyle.Align align =
                    bs.from.containsKey("text-align") ? paragraph(bs).align() : ParagraphStyle.Align.CENTER;
            boxes.add(new PageStyle.MarginBox(
                    top ? PageStyle.Place.TOP : PageStyle.Place.BOTTOM,
                    parts,
                    text(bs),
                    align,
                    toContent,
                    gap,
                    top ? org.nj12320.bulletin.layout.Artifact.HEADER : org.nj12320.bulletin.layout.Artifact.FOOTER));
        }
        return new PageStyle(width, height, margin, boxes);
    }

    private static Metadata metadata(Node.Element html, Node.Element head) {
        String title =
                head.child("title") == null ? "" : head.child("title").text().strip();
        String author = "";
        String subject = "";
        String keywords = "";
        for (Node.Element m : head.elements()) {
            if (m.name.equals("meta") && m.attribute("name") != null) {
                String v = m.attribute("content") == null ? "" : m.attribute("content");
                switch (m.attribute("name")) {
                    case "author" -> author = v;
                    case "subject", "description" -> subject = v;
                    case "keywords" -> keywords = v;
                    default -> {
                        // other metadata is for browsers
                    }
                }
            }
        }
        String lang = html.attribute("lang") != null ? html.attribute("lang") : html.attribute("xml:lang");
        return new Metadata(title, author, subject, keywords, lang == null ? "zh-CN" : lang);
    }

    private static List<Bookmark> bookmarks(Node.Element list) {
        List<Bookmark> out = new ArrayList<>();
        if (list == null) {
            return out;
        }
        for (Node.Element b : list.elements()) {
            if (b.name.equals("bookmark")) {
                String href = b.attribute("href") == null ? "" : b.attribute("href");
                out.add(new Bookmark(
                        b.attribute("name") == null ? "" : b.attribute("name"),
                        href.startsWith("#") ? href.substring(1) : href,
                        bookmarks(b)));
            }
        }
        return out;
    }
}
