package org.nj12320.bulletin.print;

import java.util.List;

import org.nj12320.bulletin.layout.ParagraphStyle;
import org.nj12320.bulletin.print.Properties.Length;

/**
 * An element's computed style: what it inherits from its parent, then the declarations that apply to it in
 * cascade order. Lengths are resolved to points as they are applied (an em is the element's own font size,
 * for {@code font-size} its parent's); a line height given as a number is inherited as the number.
 */
final class Style {
    // inherited
    List<String> fontFamily = List.of();
    int fontWeight = 400;
    float fontSize = 12;
    /** The line height as a factor of the font size, or NaN when it is a length ({@link #lineAbsolute}). */
    float lineFactor = 1.2f;

    float lineAbsolute = Float.NaN;
    int color = 0;
    float letterSpacing = 0;
    String textAlign = "left";
    float textIndent = 0;
    boolean nowrap = false;
    boolean breakWord = false;
    ParagraphStyle.WordBreak wordBreak = ParagraphStyle.WordBreak.NORMAL;
    boolean balance = false;
    int orphans = 2;
    int widows = 2;
    boolean compress = true;
    boolean autospace = true;
    /** Emphasis dots under the letters (着重号). */
    boolean emphasis;

    // not inherited
    String display = "inline";
    /** Margins in points; NaN for {@code auto}. */
    float[] margin = new float[4];

    float[] padding = new float[4];
    float[] borderWidth = new float[4];
    int[] borderColor = new int[4];
    Integer background;
    /** The width: points, or a share of the containing width when {@link #widthPercent}; NaN for auto. */
    float width = Float.NaN;

    boolean widthPercent;
    float height = Float.NaN;
    boolean breakBefore;
    boolean breakAfter;
    boolean keepWithPrevious;
    boolean keepWithNext;
    boolean keepTogether;
    String verticalAlign = "baseline";
    String running;
    Properties.Content content;

    /** The text style made of this style, once asked for. */
    org.nj12320.bulletin.layout.TextStyle text;

    /** Where each property got its value, for messages about what the layout cannot do with it. */
    final java.util.Map<String, Css.Declaration> from = new java.util.HashMap<>();

    /** The properties an element takes from its parent unless it declares them. */
    private static final java.util.List<String> INHERITED = java.util.List.of(
            "font-family",
            "font-weight",
            "font-size",
            "line-height",
            "color",
            "letter-spacing",
            "text-align",
            "text-indent",
            "white-space",
            "overflow-wrap",
            "word-break",
            "text-wrap",
            "orphans",
            "widows",
            "text-spacing-trim",
            "text-autospace",
            "text-emphasis",
            "text-emphasis-position");

    /** A new style inheriting from a parent's (or the initial values). */
    static Style inheriting(Style parent) {
        Style s = new Style();
        if (parent != null) {
            s.fontFamily = parent.fontFamily;
            s.fontWeight = parent.fontWeight;
            s.fontSize = parent.fontSize;
            s.lineFactor = parent.lineFactor;
            s.lineAbsolute = parent.lineAbsolute;
            s.color = parent.color;
            s.letterSpacing = parent.letterSpacing;
            s.textAlign = parent.textAlign;
            s.textIndent = parent.textIndent;
            s.nowrap = parent.nowrap;
            s.breakWord = parent.breakWord;
            s.wordBreak = parent.wordBreak;
            s.balance = parent.balance;
            s.orphans = parent.orphans;
            s.widows = parent.widows;
            s.compress = parent.compress;
            s.autospace = parent.autospace;
            s.emphasis = parent.emphasis;
            for (String p : INHERITED) {
                Css.Declaration d = parent.from.get(p);
                if (d != null) {
                    s.from.put(p, d);
                }
            }
        }
        return s;
    }

    /** The line height in points. */
    float lineHeight() {
        return Float.isNaN(lineAbsolute) ? lineFactor * fontSize : lineAbsolute;
    }

    /** Applies declarations in cascade order: font size first, since the others' ems depend on it. */
    void apply(List<Css.Declaration> declarations, float parentFontSize) {
        for (Css.Declaration d : declarations) {
            if (d.property().equals("font-size")) {
                fontSize = ((Length) d.value()).points(parentFontSize, parentFontSize);
                from.put("font-size", d);
            }
        }
        for (Css.Declaration d : declarations) {
            if (!d.property().equals("font-size")) {
                set(d);
                from.put(d.property(), d);
            }
        }
    }

    private float pt(Object v) {
        return ((Length) v).points(fontSize, 0);
    }

    private static int side(String property) {
        if (property.endsWith("-top")) {
            return 0;
        }
        if (property.endsWith("-right")) {
            return 1;
        }
        return property.endsWith("-bottom") ? 2 : 3;
    }

    private static String word(Object v) {
        return ((Properties.Keyword) v).word();
    }

    private void set(Css.Declaration d) {
        String p = d.property();
        Object v = d.value();
        if (p.startsWith("margin-")) {
            margin[side(p)] = v instanceof Properties.Keyword ? Float.NaN : pt(v);
        } else if (p.startsWith("padding-")) {
            padding[side(p)] = pt(v);
        } else if (p.startsWith("border-") && v instanceof Properties.BorderValue b) {
            borderWidth[side(p)] = b.width().points(fontSize, 0);
            borderColor[side(p)] = b.color();
        } else {
            switch (p) {
                case "background-color" -> background = (Integer) v;
                case "color" -> color = (Integer) v;
                case "font-family" -> fontFamily = ((Properties.Families) v).names();
                case "font-weight" -> fontWeight = (Integer) v;
                case "line-height" -> {
                    if (v instanceof Properties.Number n) {
                        lineFactor = n.value();
                        lineAbsolute = Float.NaN;
                    } else {
                        lineAbsolute = ((Length) v).points(fontSize, fontSize);
                    }
                }
                case "letter-spacing" -> letterSpacing = pt(v);
                case "text-indent" -> textIndent = pt(v);
                case "text-align" -> textAlign = word(v);
                case "white-space" -> nowrap = word(v).equals("nowrap");
                case "overflow-wrap" -> breakWord = !word(v).equals("normal");
                case "word-break" ->
                    wordBreak = switch (word(v)) {
                        case "keep-all" -> ParagraphStyle.WordBreak.KEEP_ALL;
                        case "auto-phrase" -> ParagraphStyle.WordBreak.AUTO_PHRASE;
                        default -> ParagraphStyle.WordBreak.NORMAL;
                    };
                case "text-wrap" -> balance = word(v).equals("balance");
                case "display" -> display = word(v);
                case "break-before" -> {
                    breakBefore = word(v).equals("page");
                    keepWithPrevious = word(v).equals("avoid");
                }
                case "break-after" -> {
                    breakAfter = word(v).equals("page");
                    keepWithNext = word(v).equals("avoid");
                }
                case "break-inside" -> keepTogether = word(v).equals("avoid");
                case "orphans" -> orphans = (int) ((Properties.Number) v).value();
                case "widows" -> widows = (int) ((Properties.Number) v).value();
                case "vertical-align" -> verticalAlign = word(v);
                case "width" -> {
                    if (v instanceof Properties.Keyword) {
                        width = Float.NaN;
                    } else if (((Length) v).unit().equals("%")) {
                        width = ((Length) v).value() / 100f;
                        widthPercent = true;
                    } else {
                        width = pt(v);
                        widthPercent = false;
                    }
                }
                case "height" -> height = v instanceof Properties.Keyword ? Float.NaN : pt(v);
                case "content" -> content = (Properties.Content) v;
                case "position" -> running = v instanceof Properties.Running r ? r.name() : null;
                case "text-spacing-trim" -> compress = !word(v).equals("space-all");
                case "text-autospace" -> autospace = !word(v).equals("no-autospace");
                case "text-emphasis" -> emphasis = word(v).equals("dot");
                case "text-emphasis-position" -> {}
                default -> {
                    // caption-side, table-layout, border-collapse, size: one value only, or read elsewhere
                }
            }
        }
    }
}
