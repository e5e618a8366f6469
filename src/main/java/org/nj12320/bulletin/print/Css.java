package org.nj12320.bulletin.print;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/**
 * Reads the print stylesheet: style rules of the selectors {@link Selector} knows, an {@code @page} rule with
 * its {@code @top-center} and {@code @bottom-center} boxes, and declarations of the properties the layout
 * supports ({@link Properties}), each checked as it is read. Anything else (another at-rule, a selector or a
 * property the layout does not support, a value it cannot use) is an error at its line and column.
 */
final class Css {
    /** A declaration: a property and its value, where it was written, and whether it is {@code !important}. */
    record Declaration(String property, Object value, boolean important, SourceRef at) {}

    /** A style rule: what it selects, what it declares, and its place in the stylesheet. */
    record Rule(List<Selector> selectors, List<Declaration> declarations, int order) {}

    /** A stylesheet read: its rules, the page's declarations and those of its margin boxes, the problems. */
    record Sheet(
            List<Rule> rules,
            List<Declaration> page,
            Map<String, List<Declaration>> marginBoxes,
            List<Problem> problems) {}

    private final String s;
    private final String file;
    private final int lineOffset;
    private int i;
    private final List<Problem> problems = new ArrayList<>();
    private final List<Rule> rules = new ArrayList<>();
    private final List<Declaration> page = new ArrayList<>();
    private final Map<String, List<Declaration>> boxes = new LinkedHashMap<>();

    private Css(String s, String file, int lineOffset) {
        this.s = s;
        this.file = file;
        this.lineOffset = lineOffset;
    }

    /** Reads a stylesheet; its problems are named after {@code file}, lines counted from {@code lineOffset} + 1. */
    static Sheet read(String text, String file, int lineOffset) {
        Css c = new Css(text, file, lineOffset);
        c.sheet();
        return new Sheet(c.rules, c.page, c.boxes, c.problems);
    }

    /** Declarations written in an element's {@code style} attribute. */
    static List<Declaration> inline(String text, SourceRef at, List<Problem> problems) {
        Css c = new Css(text, at.file(), 0);
        List<Declaration> out = c.declarations(0, text.length(), at);
        problems.addAll(c.problems);
        return out;
    }

    /** Where each line of the text starts, for placing a declaration by its offset. */
    private int[] lineStarts;

    private SourceRef at(int offset) {
        if (lineStarts == null) {
            List<Integer> starts = new ArrayList<>();
            starts.add(0);
            for (int k = 0; k < s.length(); k++) {
                if (s.charAt(k) == '\n') {
                    starts.add(k + 1);
                }
            }
            lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        }
        int o = Math.min(offset, s.length());
        int line = java.util.Arrays.binarySearch(lineStarts, o);
        line = line >= 0 ? line : -line - 2;
        return new SourceRef(file, line + 1 + lineOffset, o - lineStarts[line] + 1, "");
    }

    private void error(int offset, String message, String hint) {
        problems.add(Problem.error(at(offset), message, hint));
    }

    private void skip() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (s.startsWith("/*", i)) {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else if (s.startsWith("<!--", i) || s.startsWith("-->", i)) {
                i += s.startsWith("<!--", i) ? 4 : 3;
            } else {
                return;
            }
        }
    }

    /** The end of a block that starts at {@code open} (a '{'), past strings and comments. */
    private int blockEnd(int open) {
        int depth = 0;
        int k = open;
        while (k < s.length()) {
            char c = s.charAt(k);
            if (c == '"' || c == '\'') {
                int end = s.indexOf(c, k + 1);
                k = end < 0 ? s.length() : end + 1;
                continue;
            }
            if (s.startsWith("/*", k)) {
                int end = s.indexOf("*/", k + 2);
                k = end < 0 ? s.length() : end + 2;
                continue;
            }
            if (c == '{') {
                depth++;
            } else if (c == '}') {
                depth--;
                if (depth == 0) {
                    return k;
                }
            }
            k++;
        }
        return -1;
    }

    private void sheet() {
        while (true) {
            skip();
            if (i >= s.length()) {
                return;
            }
            int open = s.indexOf('{', i);
            int semicolon = s.indexOf(';', i);
            if (s.startsWith("@", i) && semicolon >= 0 && (open < 0 || semicolon < open)) {
                // an at-rule without a block (@import, @charset): said, and the rules after it read on
                error(i, "排版不支持“" + s.substring(i, semicolon).strip() + "”", "印刷样式表只用 @page 一种 @ 规则，写在这一个文件中");
                i = semicolon + 1;
                continue;
            }
            if (open < 0) {
                error(i, "样式表在这里没有写完：缺少“{”", "每条规则写作“选择器 { 属性: 值; }”");
                return;
            }
            int close = blockEnd(open);
            if (close < 0) {
                error(open, "“{”没有对应的“}”", "补上“}”");
                return;
            }
            String prelude = s.substring(i, open).strip();
            if (prelude.startsWith("@")) {
                String at = prelude.toLowerCase(Locale.ROOT);
                if (at.equals("@page")) {
                    pageRule(open + 1, close);
                } else {
                    error(i, "排版不支持“" + prelude + "”", "印刷样式表只用 @page 一种 @ 规则");
                }
            } else {
                List<Selector> selectors = selectors(i, open);
                List<Declaration> decls = declarations(open + 1, close, null);
                if (!selectors.isEmpty()) {
                    rules.add(new Rule(selectors, decls, rules.size()));
                }
            }
            i = close + 1;
        }
    }

    private void pageRule(int from, int to) {
        int k = from;
        int declStart = from;
        while (k < to) {
            int atSign = s.indexOf('@', k);
            if (atSign < 0 || atSign >= to) {
                break;
            }
            int open = s.indexOf('{', atSign);
            int close = open < 0 ? -1 : blockEnd(open);
            if (open < 0 || close < 0 || close > to) {
                error(atSign, "页边框没有写完", "写作 @top-center { … }");
                return;
            }
            page.addAll(declarations(declStart, atSign, null));
            String name = s.substring(atSign + 1, open).strip();
            if (!name.equals("top-center") && !name.equals("bottom-center")) {
                error(atSign, "排版不支持页边框 @" + name, "只能用 @top-center 和 @bottom-center");
            } else {
                // a box named again (a second @page rule) adds to what the first said, later declarations winning,
                // as the cascade of CSS's page context does
                boxes.computeIfAbsent(name, n -> new ArrayList<>()).addAll(declarations(open + 1, close, null));
            }
            k = close + 1;
            declStart = k;
        }
        page.addAll(declarations(declStart, to, null));
    }

    private List<Selector> selectors(int from, int to) {
        List<Selector> out = new ArrayList<>();
        int start = from;
        for (int k = from; k <= to; k++) {
            if (k == to || s.charAt(k) == ',') {
                String text = s.substring(start, k);
                int lead = start + (text.length() - text.stripLeading().length());
                Selector sel = selector(text.strip(), lead);
                if (sel != null) {
                    out.add(sel);
                }
                start = k + 1;
            }
        }
        return out;
    }

    private Selector selector(String text, int offset) {
        if (text.isEmpty()) {
            error(offset, "选择器是空的", "删去多余的逗号");
            return null;
        }
        List<Selector.Compound> parts = new ArrayList<>();
        List<Character> joins = new ArrayList<>();
        boolean before = false;
        int k = 0;
        char pending = 0;
        while (k < text.length()) {
            char c = text.charAt(k);
            if (Character.isWhitespace(c)) {
                if (pending == 0 && !parts.isEmpty()) {
                    pending = ' ';
                }
                k++;
                continue;
            }
            if (c == '>' || c == '+') {
                pending = c;
                k++;
                continue;
            }
            if (before) {
                error(offset + k, "::before 之后不能再有选择器", "把 ::before 放在选择器的最后");
                return null;
            }
            String element = null;
            List<String> classes = new ArrayList<>();
            String id = null;
            int startCompound = k;
            while (k < text.length()) {
                c = text.charAt(k);
                if (c == '*') {
                    k++;
                } else if (Character.isLetter(c) && k == startCompound) {
                    int e = identEnd(text, k);
                    element = text.substring(k, e).toLowerCase(Locale.ROOT);
                    k = e;
                } else if (c == '.' || c == '#') {
                    int e = identEnd(text, k + 1);
                    if (e == k + 1) {
                        error(offset + k, "“" + c + "”之后缺少名称", "");
                        return null;
                    }
                    if (c == '.') {
                        classes.add(text.substring(k + 1, e));
                    } else {
                        id = text.substring(k + 1, e);
                    }
                    k = e;
                } else if (c == ':') {
                    int e = k + (text.startsWith("::", k) ? 2 : 1);
                    int end = identEnd(text, e);
                    String pseudo = text.substring(e, end);
                    if (!pseudo.equals("before")) {
                        error(offset + k, "排版不支持选择器“" + text.substring(k, end) + "”", "印刷样式表只支持 ::before 一种伪元素，不支持伪类");
                        return null;
                    }
                    before = true;
                    k = end;
                } else if (Character.isWhitespace(c) || c == '>' || c == '+') {
                    break;
                } else {
                    error(offset + k, "排版不支持选择器中的“" + c + "”", "用元素名、.类名、#id，以及空格、> 和 + 组合");
                    return null;
                }
            }
            if (!parts.isEmpty()) {
                joins.add(pending == 0 ? ' ' : pending);
            } else if (pending == '>' || pending == '+') {
                error(offset + startCompound, "选择器不能以“" + pending + "”开头", "");
                return null;
            }
            pending = 0;
            parts.add(new Selector.Compound(element, List.copyOf(classes), id));
        }
        if (pending == '>' || pending == '+') {
            error(offset + text.length() - 1, "选择器不能以“" + pending + "”结尾", "");
            return null;
        }
        return new Selector(List.copyOf(parts), List.copyOf(joins), before);
    }

    private static int identEnd(String t, int k) {
        while (k < t.length()) {
            char c = t.charAt(k);
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                k++;
            } else {
                break;
            }
        }
        return k;
    }

    /** The declarations between two offsets; {@code at}, when given, is where all of them are said to be. */
    private List<Declaration> declarations(int from, int to, SourceRef at) {
        List<Declaration> out = new ArrayList<>();
        int k = from;
        while (k < to) {
            int end = k;
            char quote = 0;
            int depth = 0;
            while (end < to) {
                char c = s.charAt(end);
                if (quote != 0) {
                    if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '"' || c == '\'') {
                    quote = c;
                } else if (s.startsWith("/*", end)) {
                    int e = s.indexOf("*/", end + 2);
                    end = e < 0 ? to : e + 2;
                    continue;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                } else if (c == ';' && depth == 0) {
                    break;
                }
                end++;
            }
            String text = stripComments(s.substring(k, end));
            if (!text.isBlank()) {
                int lead = k + firstNonBlank(s, k, end);
                SourceRef where = at != null ? at : at(lead);
                int colon = text.indexOf(':');
                if (colon < 0) {
                    problems.add(Problem.error(where, "“" + text.strip() + "”不是“属性: 值”", "在属性名和值之间写冒号"));
                } else {
                    String name = text.substring(0, colon).strip().toLowerCase(Locale.ROOT);
                    String value = text.substring(colon + 1).strip();
                    boolean important = false;
                    if (value.endsWith("!important")) {
                        important = true;
                        value = value.substring(0, value.length() - "!important".length())
                                .strip();
                    }
                    Properties.read(name, value, important, where, out, problems);
                }
            }
            k = end + 1;
        }
        return out;
    }

    private static int firstNonBlank(String s, int from, int to) {
        int k = from;
        while (k < to) {
            if (Character.isWhitespace(s.charAt(k))) {
                k++;
            } else if (s.startsWith("/*", k)) {
                int e = s.indexOf("*/", k + 2);
                k = e < 0 ? to : e + 2;
            } else {
                break;
            }
        }
        return k - from;
    }

    private static String stripComments(String t) {
        int c = t.indexOf("/*");
        while (c >= 0) {
            int e = t.indexOf("*/", c + 2);
            t = t.substring(0, c) + " " + (e < 0 ? "" : t.substring(e + 2));
            c = t.indexOf("/*");
        }
        return t;
    }
}
