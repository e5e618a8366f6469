package org.nj12320.bulletin.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/**
 * The properties the layout supports, and the values each takes, read from a declaration's text into values
 * the cascade applies ({@link Style}). Shorthands ({@code margin}, {@code padding}, {@code border}) are
 * written out into their sides. A property that is not here, or a value it does not take, is an error saying
 * what it takes.
 */
final class Properties {
    private Properties() {}

    /** A length: a number and its unit ({@code pt}, {@code mm}, {@code em}, {@code %} …; none for 0). */
    record Length(float value, String unit) {
        /** In points, with the em and the whole that a percentage is of. */
        float points(float em, float whole) {
            return switch (unit) {
                case "pt" -> value;
                case "mm" -> value * 72f / 25.4f;
                case "cm" -> value * 72f / 2.54f;
                case "in" -> value * 72f;
                case "px" -> value * 0.75f;
                case "pc" -> value * 12f;
                case "q" -> value * 72f / 25.4f / 4f;
                case "em" -> value * em;
                case "%" -> value * whole / 100f;
                default -> value;
            };
        }
    }

    /** A side's border: its width and colour; a width of 0 draws none. */
    record BorderValue(Length width, int color) {}

    /** A word of a property's own (auto, bold, center …). */
    record Keyword(String word) {}

    /** What {@code content} shows: strings, the page number, a running element. */
    record Content(List<Object> parts) {}

    /** The page counter in {@code content}. */
    record PageCounter() {}

    /** A running element in {@code content}: {@code element(name)}. */
    record Element(String name) {}

    /** {@code position: running(name)}. */
    record Running(String name) {}

    /** A font family list. */
    record Families(List<String> names) {}

    /** A number without unit: {@code line-height: 1.8}, {@code orphans: 2}. */
    record Number(float value) {}

    private static final Map<String, Integer> COLOURS =
            Map.of("black", 0x000000, "white", 0xFFFFFF, "red", 0xFF0000, "gray", 0x808080, "grey", 0x808080);

    private static final Set<String> DISPLAYS = Set.of(
            "block",
            "inline",
            "inline-block",
            "none",
            "flex",
            "list-item",
            "table",
            "table-caption",
            "table-header-group",
            "table-row-group",
            "table-footer-group",
            "table-row",
            "table-cell",
            "table-column",
            "table-column-group");

    /** Reads a declaration, adding what it declares (its sides, for a shorthand) or a problem. */
    static void read(
            String name,
            String value,
            boolean important,
            SourceRef at,
            List<Css.Declaration> out,
            List<Problem> problems) {
        try {
            List<String> v = tokens(value);
            if (v.isEmpty()) {
                throw new Bad("没有写值", "");
            }
            switch (name) {
                case "margin", "padding" -> sides(name, v, at, important, out, name.equals("margin"));
                case "margin-top", "margin-right", "margin-bottom", "margin-left" ->
                    out.add(decl(name, one(v, x -> lengthOrAuto(x, false)), important, at));
                case "padding-top", "padding-right", "padding-bottom", "padding-left" ->
                    out.add(decl(name, one(v, x -> nonNegative(length(x, false), x)), important, at));
                case "border" -> {
                    BorderValue b = border(v);
                    for (String side : List.of("top", "right", "bottom", "left")) {
                        out.add(decl("border-" + side, b, important, at));
                    }
                }
                case "border-top", "border-right", "border-bottom", "border-left" ->
                    out.add(decl(name, border(v), important, at));
                case "background", "background-color" ->
                    out.add(decl("background-color", one(v, Properties::color), important, at));
                case "color" -> out.add(decl(name, one(v, Properties::color), important, at));
                case "font-family" -> out.add(decl(name, families(value), important, at));
                case "font-size" -> out.add(decl(name, one(v, x -> positive(length(x, true), x)), important, at));
                case "text-indent" -> out.add(decl(name, one(v, x -> length(x, false)), important, at));
                case "letter-spacing" ->
                    out.add(decl(
                            name,
                            one(v, x -> x.equals("normal") ? new Length(0, "") : length(x, false)),
                            important,
                            at));
                case "font-weight" -> out.add(decl(name, one(v, Properties::weight), important, at));
                case "line-height" -> out.add(decl(name, one(v, Properties::lineHeight), important, at));
                case "text-align" ->
                    out.add(decl(
                            name, keyword(v, "left", "right", "center", "justify", "start", "end"), important, at));
                case "white-space" -> out.add(decl(name, keyword(v, "normal", "nowrap"), important, at));
                case "word-break" ->
                    out.add(decl(name, keyword(v, "normal", "keep-all", "auto-phrase"), important, at));
                case "text-wrap", "text-wrap-style" ->
                    out.add(decl("text-wrap", keyword(v, "wrap", "auto", "balance"), important, at));
                case "word-wrap", "overflow-wrap" ->
                    out.add(decl("overflow-wrap", keyword(v, "normal", "break-word", "anywhere"), important, at));
                case "display" -> out.add(decl(name, keyword(v, DISPLAYS.toArray(new String[0])), important, at));
                case "page-break-before", "page-break-after" ->
                    out.add(decl(name.substring(5), pageBreak(keyword(v, "auto", "always", "avoid")), important, at));
                case "page-break-inside" -> out.add(decl("break-inside", keyword(v, "auto", "avoid"), important, at));
                case "break-before", "break-after" ->
                    out.add(decl(name, pageBreak(keyword(v, "auto", "page", "avoid", "avoid-page")), important, at));
                case "break-inside" ->
                    out.add(decl(name, avoid(keyword(v, "auto", "avoid", "avoid-page")), important, at));
                case "orphans", "widows" -> out.add(decl(name, one(v, Properties::count), important, at));
                case "vertical-align" ->
                    out.add(decl(name, keyword(v, "top", "middle", "bottom", "baseline"), important, at));
                case "width" -> out.add(decl(name, one(v, x -> lengthOrAuto(x, true)), important, at));
                case "height" -> out.add(decl(name, one(v, x -> lengthOrAuto(x, false)), important, at));
                case "content" -> out.add(decl(name, content(value), important, at));
                case "position" -> out.add(decl(name, position(v), important, at));
                case "caption-side" -> out.add(decl(name, keyword(v, "top"), important, at));
                case "table-layout" -> out.add(decl(name, keyword(v, "fixed"), important, at));
                case "border-collapse" -> out.add(decl(name, keyword(v, "collapse"), important, at));
                case "text-spacing-trim" -> out.add(decl(name, keyword(v, "normal", "space-all"), important, at));
                case "text-autospace" ->
                    out.add(decl(name, keyword(v, "normal", "auto", "no-autospace"), important, at));
                case "size" -> out.add(decl(name, size(v), important, at));
                // emphasis dots (着重号): a filled dot under each letter, as Chinese horizontal text sets them
                case "text-emphasis", "text-emphasis-style" ->
                    out.add(decl("text-emphasis", emphasis(v), important, at));
                case "text-emphasis-position" -> out.add(decl(name, emphasisPosition(v), important, at));
                default -> throw new Bad("排版不支持属性“" + name + "”", "印刷样式表能用的属性见 README 的“The print stylesheet”一节");
            }
        } catch (Bad b) {
            problems.add(Problem.error(at, name + "：" + b.getMessage(), b.hint));
        }
    }

    /** A value the property does not take. */
    static final class Bad extends Exception {
        final String hint;

        Bad(String message, String hint) {
            super(message);
            this.hint = hint;
        }
    }

    private interface Reader {
        Object read(String token) throws Bad;
    }

    private static Css.Declaration decl(String name, Object value, boolean important, SourceRef at) {
        return new Css.Declaration(name, value, important, at);
    }

    private static Object one(List<String> v, Reader r) throws Bad {
        if (v.size() != 1) {
            throw new Bad("只能写一个值，写了“" + String.join(" ", v) + "”", "");
        }
        return r.read(v.get(0));
    }

    private static void sides(
            String name, List<String> v, SourceRef at, boolean important, List<Css.Declaration> out, boolean auto)
            throws Bad {
        if (v.size() > 4) {
            throw new Bad("最多写四个值（上、右、下、左）", "");
        }
        List<Object> l = new ArrayList<>();
        for (String t : v) {
            l.add(auto ? lengthOrAuto(t, false) : nonNegative(length(t, false), t));
        }
        Object top = l.get(0);
        Object right = l.size() > 1 ? l.get(1) : top;
        Object bottom = l.size() > 2 ? l.get(2) : top;
        Object left = l.size() > 3 ? l.get(3) : right;
        out.add(decl(name + "-top", top, important, at));
        out.add(decl(name + "-right", right, important, at));
        out.add(decl(name + "-bottom", bottom, important, at));
        out.add(decl(name + "-left", left, important, at));
    }

    static Length length(String t, boolean percent) throws Bad {
        String s = t.toLowerCase(Locale.ROOT);
        int k = 0;
        while (k < s.length()
                && (Character.isDigit(s.charAt(k)) || s.charAt(k) == '.' || s.charAt(k) == '-' || s.charAt(k) == '+')) {
            k++;
        }
        String num = s.substring(0, k);
        String unit = s.substring(k);
        float value;
        try {
            value = Float.parseFloat(num);
        } catch (NumberFormatException e) {
            throw new Bad("“" + t + "”不是长度", "长度写作 12pt、4mm、1.5em 这样的数字加单位");
        }
        if (unit.isEmpty() && value != 0) {
            throw new Bad("长度“" + t + "”缺少单位", "写作 " + t + "pt 或 " + t + "mm");
        }
        if (!unit.isEmpty()
                && !Set.of("pt", "mm", "cm", "in", "px", "pc", "q", "em", "%").contains(unit)) {
            throw new Bad("不认识的单位“" + unit + "”", "用 pt、mm、cm、in、px、pc、Q（四分之一毫米，排字用的级）、em 或 %");
        }
        if (unit.equals("%") && !percent) {
            throw new Bad("这里不能用百分比", "写出长度，如 4mm");
        }
        return new Length(value, unit);
    }

    /** A length that cannot be less than nothing: a padding, a line's height. */
    private static Length nonNegative(Length l, String t) throws Bad {
        if (l.value() < 0) {
            throw new Bad("“" + t + "”是负数：这里不能为负", "写 0 或正数");
        }
        return l;
    }

    /** A length that must be something: a font's size. */
    private static Length positive(Length l, String t) throws Bad {
        if (l.value() <= 0) {
            throw new Bad("“" + t + "”：字号须大于 0", "不要印的文字，在模板中不写出来");
        }
        return l;
    }

    private static Object lengthOrAuto(String t, boolean percent) throws Bad {
        return t.equals("auto") ? new Keyword("auto") : length(t, percent);
    }

    static int color(String t) throws Bad {
        String s = t.toLowerCase(Locale.ROOT);
        if (COLOURS.containsKey(s)) {
            return COLOURS.get(s);
        }
        if (s.startsWith("#") && (s.length() == 4 || s.length() == 7)) {
            try {
                String hex = s.substring(1);
                if (hex.length() == 3) {
                    hex = "" + hex.charAt(0) + hex.charAt(0) + hex.charAt(1) + hex.charAt(1) + hex.charAt(2)
                            + hex.charAt(2);
                }
                return Integer.parseInt(hex, 16);
            } catch (NumberFormatException e) {
                // said below
            }
        }
        throw new Bad("“" + t + "”不是颜色", "颜色写作 #d40000 或 #333");
    }

    private static BorderValue border(List<String> v) throws Bad {
        Length width = new Length(1, "pt");
        int color = 0;
        boolean none = false;
        for (String t : v) {
            if (t.equals("solid")) {
                continue;
            }
            if (t.equals("none") || t.equals("0")) {
                none = true;
            } else if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') {
                width = length(t, false);
            } else if (t.startsWith("#") || COLOURS.containsKey(t)) {
                color = color(t);
            } else {
                throw new Bad("排版不支持边框样式“" + t + "”", "边框写作“0.5pt solid #333”，或 none");
            }
        }
        return new BorderValue(none ? new Length(0, "") : width, color);
    }

    private static Object weight(String t) throws Bad {
        return switch (t) {
            case "normal" -> 400;
            case "bold" -> 700;
            default -> {
                try {
                    int w = Integer.parseInt(t);
                    if (w >= 100 && w <= 900) {
                        yield w;
                    }
                } catch (NumberFormatException e) {
                    // said below
                }
                throw new Bad("“" + t + "”不是字重", "写 normal、bold 或 100 到 900");
            }
        };
    }

    private static Object lineHeight(String t) throws Bad {
        if (t.equals("normal")) {
            return new Number(1.2f);
        }
        float factor;
        try {
            factor = Float.parseFloat(t);
        } catch (NumberFormatException e) {
            return nonNegative(length(t, true), t);
        }
        if (factor < 0) {
            throw new Bad("“" + t + "”是负数：行高不能为负", "写作 1.8 这样的倍数，或 20pt 这样的长度");
        }
        return new Number(factor);
    }

    private static Object count(String t) throws Bad {
        try {
            int n = Integer.parseInt(t);
            if (n >= 1) {
                return new Number(n);
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new Bad("“" + t + "”不是正整数", "写行数，如 2");
    }

    private static Keyword keyword(List<String> v, String... allowed) throws Bad {
        if (v.size() == 1) {
            for (String a : allowed) {
                if (a.equals(v.get(0))) {
                    return new Keyword(a);
                }
            }
        }
        throw new Bad("排版不支持值“" + String.join(" ", v) + "”", "可以写：" + String.join("、", allowed));
    }

    /** {@code none}, or a filled dot: {@code dot}, {@code filled dot}, {@code filled}. */
    private static Keyword emphasis(List<String> v) throws Bad {
        String words = String.join(" ", v);
        return switch (words) {
            case "none" -> new Keyword("none");
            case "dot", "filled", "filled dot", "dot filled" -> new Keyword("dot");
            default -> throw new Bad("排版不支持值“" + words + "”", "可以写：none、filled dot（实心圆点，印在字下）");
        };
    }

    /** Under the text, as Chinese sets emphasis dots in horizontal lines; the side is of vertical text only. */
    private static Keyword emphasisPosition(List<String> v) throws Bad {
        if (!v.isEmpty()
                && v.size() <= 2
                && v.get(0).equals("under")
                && (v.size() == 1 || v.get(1).equals("right") || v.get(1).equals("left"))) {
            return new Keyword("under");
        }
        throw new Bad("排版不支持值“" + String.join(" ", v) + "”", "可以写：under（横排中文的着重号印在字下）");
    }

    private static Keyword pageBreak(Keyword k) {
        return switch (k.word()) {
            case "always", "page" -> new Keyword("page");
            case "avoid", "avoid-page" -> new Keyword("avoid");
            default -> k;
        };
    }

    private static Keyword avoid(Keyword k) {
        return k.word().startsWith("avoid") ? new Keyword("avoid") : k;
    }

    private static Families families(String value) throws Bad {
        List<String> names = new ArrayList<>();
        for (String part : value.split(",")) {
            String n = part.strip();
            if (n.length() >= 2 && (n.startsWith("\"") && n.endsWith("\"") || n.startsWith("'") && n.endsWith("'"))) {
                n = n.substring(1, n.length() - 1);
            }
            if (n.isEmpty()) {
                throw new Bad("字体名是空的", "");
            }
            names.add(n);
        }
        return new Families(List.copyOf(names));
    }

    private static Content content(String value) throws Bad {
        List<Object> parts = new ArrayList<>();
        List<String> v = tokens(value);
        if (v.size() == 1 && (v.get(0).equals("none") || v.get(0).equals("normal"))) {
            return new Content(List.of());
        }
        for (String t : v) {
            if (t.startsWith("\"") || t.startsWith("'")) {
                parts.add(t.substring(1, t.length() - 1));
            } else if (t.replace(" ", "").equals("counter(page)")) {
                parts.add(new PageCounter());
            } else if (t.startsWith("element(") && t.endsWith(")")) {
                String[] args = t.substring(8, t.length() - 1).split(",");
                String name = args[0].strip();
                if (args.length > 1 && !args[1].strip().equals("start")) {
                    throw new Bad("排版只支持 element(名称, start)", "页面顶部显示的是本页内容开始处有效的值");
                }
                parts.add(new Element(name));
            } else {
                throw new Bad("排版不支持内容“" + t + "”", "写带引号的文字、counter(page) 或 element(名称, start)");
            }
        }
        return new Content(List.copyOf(parts));
    }

    private static Object position(List<String> v) throws Bad {
        if (v.size() == 1 && v.get(0).equals("static")) {
            return new Keyword("static");
        }
        if (v.size() == 1 && v.get(0).startsWith("running(") && v.get(0).endsWith(")")) {
            return new Running(v.get(0).substring(8, v.get(0).length() - 1).strip());
        }
        throw new Bad("排版不支持定位“" + String.join(" ", v) + "”", "只能写 static 或 running(名称)（页眉中重复的内容）");
    }

    /** The page size: A4, or a width and a height. */
    private static Object size(List<String> v) throws Bad {
        if (v.size() == 1 && v.get(0).equalsIgnoreCase("a4")) {
            return List.of(new Length(210, "mm"), new Length(297, "mm"));
        }
        if (v.size() == 2 && v.get(1).equals("portrait") && v.get(0).equalsIgnoreCase("a4")) {
            return List.of(new Length(210, "mm"), new Length(297, "mm"));
        }
        if (v.size() == 2 && v.get(1).equals("landscape") && v.get(0).equalsIgnoreCase("a4")) {
            return List.of(new Length(297, "mm"), new Length(210, "mm"));
        }
        if (v.size() == 2 && (v.get(0).equalsIgnoreCase("a4") || v.get(1).equals("landscape"))) {
            throw new Bad("排版不支持纸张“" + String.join(" ", v) + "”", "写 A4、A4 landscape，或宽和高，如 210mm 297mm");
        }
        if (v.size() == 2) {
            return List.of(length(v.get(0), false), length(v.get(1), false));
        }
        throw new Bad("排版不支持纸张“" + String.join(" ", v) + "”", "写 A4、A4 landscape，或宽和高，如 210mm 297mm");
    }

    /** A value split into its parts: words, quoted strings, functions with their arguments. */
    static List<String> tokens(String value) {
        List<String> out = new ArrayList<>();
        int k = 0;
        int n = value.length();
        while (k < n) {
            char c = value.charAt(k);
            if (Character.isWhitespace(c)) {
                k++;
                continue;
            }
            int start = k;
            if (c == '"' || c == '\'') {
                int e = value.indexOf(c, k + 1);
                k = e < 0 ? n : e + 1;
            } else {
                int depth = 0;
                while (k < n) {
                    char d = value.charAt(k);
                    if (d == '(') {
                        depth++;
                    } else if (d == ')') {
                        depth--;
                    } else if (depth == 0 && (Character.isWhitespace(d) || d == '"' || d == '\'')) {
                        break;
                    }
                    k++;
                }
            }
            out.add(value.substring(start, k));
        }
        return out;
    }
}
