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

import org.nj12320.bulletin.layout.Border;
import org.nj12320.bulletin.layout.BoxStyle;
import org.nj12320.bulletin.layout.Color;
import org.nj12320.bulletin.layout.Edges;
import org.nj12320.bulletin.layout.Face;
import org.nj12320.bulletin.layout.FontBook;
import org.nj12320.bulletin.layout.ParagraphStyle;
import org.nj12320.bulletin.layout.TextStyle;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.world.Folder;

/**
 * The print stylesheet applied to the page: each element's computed style, by the cascade of a browser's
 * defaults, the stylesheet the page links to and the element's style attribute, and what the layout takes of it
 * (its text, paragraph and box styles). The problems found on the way (a property or a value the layout does not
 * support, a font that is not the bulletin's, an element it does not know) are gathered here, each said once, at
 * the stylesheet's or the template's line.
 */
final class Styling {
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

    /**
     * The attributes of old HTML that say how an element looks, which the layout does not read: written in a
     * template, each is said rather than passed over (a {@code hidden} row would otherwise print).
     */
    private static final Set<String> PRESENTATIONAL = Set.of(
            "align",
            "valign",
            "bgcolor",
            "background",
            "border",
            "cellpadding",
            "cellspacing",
            "frame",
            "rules",
            "hidden",
            "color",
            "face",
            "nowrap",
            "width",
            "height");

    /** A drawing's elements, whose sizes and colours are their attributes. */
    private static final Set<String> DRAWING = Set.of("svg", "rect", "text", "path", "title", "desc");

    /** Where the defaults' declarations say they come from. */
    private static final String DEFAULTS_NAME = "(默认样式)";

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
    /** Where in the templates a piece of the page was written, for the problems found in it. */
    final TemplateSources sources;

    private final List<Problem> problems = new ArrayList<>();
    private final Set<String> reported = new LinkedHashSet<>();
    private final Map<TextKey, TextStyle> textStyles = new HashMap<>();
    private final Map<Node.Element, Style> styles = new IdentityHashMap<>();
    private final Map<String, List<Css.Declaration>> inlineStyles = new HashMap<>();
    private Rules rules = new Rules(List.of());

    Styling(FontBook fonts, Folder templates) {
        this.fonts = fonts;
        this.templates = templates;
        this.sources = new TemplateSources(templates);
    }

    /** Reads the stylesheet the page's head links to, after the defaults, and gives it (its page rules too). */
    Css.Sheet read(Node.Element head) throws BulletinException {
        Css.Sheet defaults = Css.read(DEFAULTS, DEFAULTS_NAME, 0);
        Css.Sheet sheet = stylesheet(head);
        List<Css.Rule> all = new ArrayList<>(defaults.rules());
        for (Css.Rule r : sheet.rules()) {
            all.add(new Css.Rule(
                    r.selectors(), r.declarations(), defaults.rules().size() + r.order()));
        }
        rules = new Rules(all);
        problems.addAll(sheet.problems());
        return sheet;
    }

    /** The problems found so far. */
    List<Problem> problems() {
        return problems;
    }

    /** An element's computed style, once it has been computed. */
    Style of(Node.Element e) {
        return styles.get(e);
    }

    void problem(SourceRef at, String message, String hint) {
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
    Style style(Node.Element e, Style parent) {
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
        if (!DRAWING.contains(e.name)) {
            for (String a : e.attributes.keySet()) {
                if (PRESENTATIONAL.contains(a)) {
                    problem(
                            sources.find(a + "=\""),
                            "<" + e.name + "> 的属性 " + a + "=\"" + e.attribute(a) + "\" 在印刷版中不起作用",
                            "它的样子写在样式表 templates/style/print.css 中");
                }
            }
        }
        return s;
    }

    /** The style of an element's {@code ::before}, or null when it has no content. */
    Style before(Node.Element e, Style s) {
        List<Css.Declaration> ds = rules.cascade(e, true, List.of());
        if (ds.isEmpty()) {
            return null;
        }
        Style b = Style.inheriting(s);
        b.apply(ds, s.fontSize);
        return b.content == null || b.content.parts().isEmpty() ? null : b;
    }

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

    TextStyle text(Style s) {
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

    static ParagraphStyle paragraph(Style s) {
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

    static BoxStyle box(Style s) {
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
                s.breakAfter,
                s.keepWithPrevious,
                s.keepWithNext,
                s.keepTogether);
    }

    static float zero(float f) {
        return Float.isNaN(f) ? 0 : f;
    }

    static Border border(Style s, int side) {
        return s.borderWidth[side] <= 0 ? Border.NONE : new Border(s.borderWidth[side], new Color(s.borderColor[side]));
    }

    /** The properties of a block's box, which what has no box of its own cannot take. */
    static final List<String> BOX = List.of(
            "margin-top",
            "margin-right",
            "margin-bottom",
            "margin-left",
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

    /** The box's properties but these. */
    static List<String> boxBut(String... taken) {
        List<String> out = new ArrayList<>(BOX);
        out.removeAll(List.of(taken));
        return out;
    }

    /**
     * Says, at its line, each of these properties that the stylesheet gives the element (a zero or {@code auto}
     * aside) where the layout would pass it over.
     *
     * @param what the element, as the message names it: 一行文字中的元素（&lt;span&gt;）
     */
    void refuse(Style s, List<String> properties, String what, String hint) {
        for (String property : properties) {
            Css.Declaration d = s.from.get(property);
            if (d != null && !isZero(d.value())) {
                problem(d.at(), property + "：排版不能用在" + what + "上", hint);
            }
        }
    }

    /**
     * The same for properties an element may have inherited: only those the stylesheet gives the element itself,
     * not those it takes from its parent.
     */
    void refuseOwn(Node.Element e, Style s, List<String> properties, String what, String hint) {
        Style parent = e.parent == null ? null : styles.get(e.parent);
        for (String property : properties) {
            Css.Declaration d = s.from.get(property);
            if (d != null
                    && (parent == null || parent.from.get(property) != d)
                    && !DEFAULTS_NAME.equals(d.at().file())) {
                problem(d.at(), property + "：排版不能用在" + what + "上", hint);
            }
        }
    }

    SourceRef where(Style s, String property, Node.Element e) {
        Css.Declaration d = s.from.get(property);
        return d != null ? d.at() : sources.find("<" + e.name);
    }

    static boolean isZero(Object v) {
        if (v instanceof Properties.Length l) {
            return l.value() == 0;
        }
        if (v instanceof Properties.BorderValue b) {
            return b.width().value() == 0;
        }
        return v instanceof Properties.Keyword k && k.word().equals("auto");
    }
}
