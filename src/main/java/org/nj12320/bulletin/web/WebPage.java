package org.nj12320.bulletin.web;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.htmlunit.cssparser.dom.AbstractCSSRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleRuleImpl;
import org.htmlunit.cssparser.dom.CSSStyleSheetImpl;
import org.htmlunit.cssparser.dom.Property;
import org.htmlunit.cssparser.parser.CSSErrorHandler;
import org.htmlunit.cssparser.parser.CSSOMParser;
import org.htmlunit.cssparser.parser.CSSParseException;
import org.htmlunit.cssparser.parser.InputSource;
import org.htmlunit.cssparser.parser.selector.Selector;
import org.htmlunit.cssparser.parser.selector.SelectorSpecificity;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Selector.SelectorParseException;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/**
 * Finishes the web edition's page. The WeChat article editor drops a pasted page's stylesheet, its classes and
 * its ids, and keeps each element's style attribute (less a few properties, such as {@code position}); so every
 * rule of the stylesheet that applies to elements is also written into the style attribute of each element it
 * selects, in the cascade's order (importance, then specificity, then order in the sheet), and the text a rule
 * generates before or after an element becomes a span of the page. The page keeps in its stylesheet only what
 * cannot be written so: rules for other pseudo-elements and for states (a selector with a colon) and
 * {@code @media} rules, which must say {@code !important} to win over the attributes.
 */
public final class WebPage {
    private WebPage() {}

    /**
     * The page as an HTML5 document.
     *
     * @param xhtml      the page as the templates made it, its stylesheet in a {@code <style>} element of its head
     * @param stylesheet where that stylesheet comes from, for messages
     */
    public static String finish(String xhtml, SourceRef stylesheet) throws BulletinException {
        Document doc = Jsoup.parse(xhtml);
        doc.outputSettings()
                .syntax(Document.OutputSettings.Syntax.html)
                .escapeMode(Entities.EscapeMode.base)
                .charset("UTF-8")
                .prettyPrint(false);
        Element html = doc.selectFirst("html");
        if (html != null) {
            // an HTML file is not XML: the XHTML namespace and xml:lang say nothing to a browser
            html.removeAttr("xmlns");
            html.removeAttr("xml:lang");
        }
        keptTogether(doc);
        Element style = doc.selectFirst("head > style");
        if (style != null) {
            CSSStyleSheetImpl sheet = parse(style.data(), stylesheet);
            StringBuilder kept = new StringBuilder();
            inline(doc, sheet, kept, stylesheet);
            style.text("");
            style.appendChild(new org.jsoup.nodes.DataNode(kept.toString()));
        }
        return "<!DOCTYPE html>\n" + doc.outerHtml() + "\n";
    }

    /** The period's words in a title or a column's label: 2024 年, 2024 年度, 2023 年 3 月. */
    private static final Pattern PERIOD = Pattern.compile("\\d{4}[ \u2005]年(?:度|[ \u2005]\\d{1,2}[ \u2005]月)?");

    /** A number with the Chinese character after it, most often its unit (161980 人次), and 第 with its number. */
    private static final Pattern NUMBER = Pattern.compile("(?:第\u2005)?\\d[\\d.]*%?\u2005\\p{IsHan}");

    /**
     * A title's period words kept on one line ({@code <span class="period">}, which web.css keeps from
     * breaking), and a line allowed to break after them. A title breaks at its spaces only, so that on a
     * phone 2024 年南京市家庭医生分级诊疗系统转诊数据统计 would leave 2024 alone on its first line and begin
     * the next with 年; it breaks after 2024 年 instead. So in a column's label (2024 年|总量). In the text, a
     * number and the character after it ({@code <span class="quantity">}), as in print: a phone's line that ended
     * with 161980 and began the next with 人次 parted what is read as one. And a unit's name broken where its parts
     * end (below).
     */
    private static void keptTogether(Document doc) {
        opportunities(doc);
        together(doc, "h1, h2, h3, th", PERIOD, "period", true);
        // the text of the elements inside a paragraph too (the masthead's date, the imprint's lines)
        together(doc, "p, li, p *, li *", NUMBER, "quantity", false);
    }

    /** The characters a unit's column holds on a line on a phone (web.css: 7.5 em at the least). */
    private static final int LONGEST_PART = 7;

    /**
     * The places to break the text marks with a zero-width space (the ends of the parts of a unit's name) made
     * {@code <wbr>}, so that text copied from the page is the words alone. A name whose parts each fit a phone's
     * unit column keeps its class {@code phrased}, by which web.css has its lines break at those places only.
     */
    private static void opportunities(Document doc) {
        for (Element name : doc.select(".phrased")) {
            // a line may also break before an opening bracket: 南京市江宁医院 | （湖山路）
            for (String part : name.wholeText().split("\u200B|(?=[（(])")) {
                if (part.codePointCount(0, part.length()) > LONGEST_PART) {
                    // a part wider than a phone's unit column would be broken anywhere, lines left uneven: the
                    // name wraps as any other, in even lines
                    name.removeClass("phrased");
                }
            }
        }
        for (Element e : doc.body().getAllElements()) {
            for (TextNode t : e.textNodes()) {
                String text = t.getWholeText();
                if (text.indexOf('\u200B') < 0) {
                    continue;
                }
                String[] parts = text.split("\u200B", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) {
                        t.before(new Element("wbr"));
                    }
                    if (!parts[i].isEmpty()) {
                        t.before(new TextNode(parts[i]));
                    }
                }
                t.remove();
            }
        }
    }

    private static void together(Document doc, String where, Pattern pattern, String kind, boolean breakAfter) {
        for (Element h : doc.select(where)) {
            for (TextNode t : h.textNodes()) {
                String text = t.getWholeText();
                Matcher m = pattern.matcher(text);
                if (!m.find()) {
                    continue;
                }
                List<Node> parts = new ArrayList<>();
                int from = 0;
                do {
                    parts.add(new TextNode(text.substring(from, m.start())));
                    parts.add(new Element("span").addClass(kind).text(m.group()));
                    if (breakAfter
                            && m.end() < text.length()
                            && Character.UnicodeScript.of(text.codePointAt(m.end())) == Character.UnicodeScript.HAN) {
                        parts.add(new Element("wbr"));
                    }
                    from = m.end();
                } while (m.find());
                parts.add(new TextNode(text.substring(from)));
                for (Node p : parts) {
                    t.before(p);
                }
                t.remove();
            }
        }
    }

    /** A declaration of a rule that applies to an element, with what decides its place in the cascade. */
    private record Declared(Property property, SelectorSpecificity specificity, int order) {}

    private static final Comparator<Declared> CASCADE = Comparator.comparing(
                    (Declared d) -> d.property().isImportant())
            .thenComparing(Declared::specificity)
            .thenComparingInt(Declared::order);

    private static void inline(Document doc, CSSStyleSheetImpl sheet, StringBuilder kept, SourceRef stylesheet)
            throws BulletinException {
        Map<Element, List<Declared>> declared = new IdentityHashMap<>();
        int order = 0;
        for (AbstractCSSRuleImpl rule : sheet.getCssRules().getRules()) {
            if (!(rule instanceof CSSStyleRuleImpl styleRule)) {
                kept.append(rule.getCssText()).append('\n');
                continue;
            }
            List<Selector> stays = new ArrayList<>();
            for (Selector selector : styleRule.getSelectors()) {
                String text = selector.toString();
                if (generated(doc, text, styleRule)) {
                    continue;
                }
                if (text.contains(":")) {
                    stays.add(selector);
                    continue;
                }
                SelectorSpecificity specificity = new SelectorSpecificity(selector);
                List<Element> elements;
                try {
                    elements = doc.select(text);
                } catch (SelectorParseException e) {
                    throw new BulletinException(Problem.error(
                            stylesheet, "网页版样式表的选择器“" + text + "”无法用于写入样式属性：" + e.getMessage(), "改用类名、元素名及其组合"));
                }
                List<Property> properties = styleRule.getStyle().getProperties();
                for (Element e : elements) {
                    for (int i = 0; i < properties.size(); i++) {
                        declared.computeIfAbsent(e, k -> new ArrayList<>())
                                .add(new Declared(properties.get(i), specificity, order + i));
                    }
                }
                order += properties.size();
            }
            if (!stays.isEmpty()) {
                kept.append(String.join(
                                ", ", stays.stream().map(Selector::toString).toList()))
                        .append(" { ")
                        .append(styleRule.getStyle().getCssText())
                        .append(" }\n");
            }
        }
        for (Map.Entry<Element, List<Declared>> entry : declared.entrySet()) {
            Element e = entry.getKey();
            Map<String, String> values = new LinkedHashMap<>();
            entry.getValue().stream().sorted(CASCADE).forEach(d -> {
                values.remove(d.property().getName());
                values.put(d.property().getName(), value(d.property()));
            });
            // what the template wrote into the element itself comes last and wins, as in a browser
            StringBuilder css = new StringBuilder();
            values.forEach(
                    (name, value) -> css.append(name).append(": ").append(value).append("; "));
            String own = e.attr("style").strip();
            css.append(own);
            e.attr("style", css.toString().strip());
        }
    }

    /**
     * Writes the text a {@code ::before} or {@code ::after} rule generates into the page, as a span of its own
     * that carries the rule's other declarations in its style attribute, when the rule generates a plain string
     * for elements selected without any other pseudo-class: WeChat, which drops the stylesheet, then keeps the
     * ◆ before each brief too. The span is hidden from screen readers, as generated text is a decoration here.
     * Whether the rule was so written, and is not to be kept in the stylesheet, where it would generate the text
     * a second time.
     */
    private static boolean generated(Document doc, String selector, CSSStyleRuleImpl rule) {
        boolean before = selector.endsWith("::before");
        if (!before && !selector.endsWith("::after")) {
            return false;
        }
        String of = selector.substring(0, selector.lastIndexOf("::"));
        Property content = rule.getStyle().getPropertyDeclaration("content");
        if (of.contains(":") || of.isBlank() || content == null) {
            return false;
        }
        String text = content.getValue().getCssText();
        if (text.length() < 2 || !(text.startsWith("\"") && text.endsWith("\"")) || text.contains("\\")) {
            return false;
        }
        StringBuilder css = new StringBuilder();
        for (Property p : rule.getStyle().getProperties()) {
            if (!p.getName().equals("content")) {
                css.append(p.getName()).append(": ").append(value(p)).append("; ");
            }
        }
        List<Element> elements;
        try {
            elements = doc.select(of);
        } catch (SelectorParseException e) {
            return false;
        }
        for (Element e : elements) {
            Element span = new Element("span")
                    .attr("aria-hidden", "true")
                    .attr("style", css.toString().strip())
                    .text(text.substring(1, text.length() - 1));
            if (before) {
                e.prependChild(span);
            } else {
                e.appendChild(span);
            }
        }
        return true;
    }

    private static String value(Property p) {
        return p.getValue().getCssText() + (p.isImportant() ? " !important" : "");
    }

    /** The last stylesheet parsed: a running {@code watch} finishes page after page with the same one. */
    private record Parsed(String css, CSSStyleSheetImpl sheet) {}

    private static volatile Parsed last;

    private static CSSStyleSheetImpl parse(String css, SourceRef stylesheet) throws BulletinException {
        Parsed p = last;
        if (p != null && p.css().equals(css)) {
            return p.sheet();
        }
        CSSStyleSheetImpl sheet = parseAnew(css, stylesheet);
        last = new Parsed(css, sheet);
        return sheet;
    }

    private static CSSStyleSheetImpl parseAnew(String css, SourceRef stylesheet) throws BulletinException {
        List<Problem> problems = new ArrayList<>();
        CSSOMParser parser = new CSSOMParser();
        parser.setErrorHandler(new CSSErrorHandler() {
            @Override
            public void warning(CSSParseException e) {}

            @Override
            public void error(CSSParseException e) {
                problems.add(problem(e));
            }

            @Override
            public void fatalError(CSSParseException e) {
                problems.add(problem(e));
            }

            private Problem problem(CSSParseException e) {
                return Problem.error(
                        new SourceRef(stylesheet.file(), e.getLineNumber(), e.getColumnNumber(), ""),
                        "网页版样式表有误：" + e.getMessage(),
                        "检查这一行的括号、分号和属性名");
            }
        });
        try {
            // the stylesheet begins on the line after <style>: its first line is the file's first
            CSSStyleSheetImpl sheet = parser.parseStyleSheet(
                    new InputSource(new StringReader(css.startsWith("\n") ? css.substring(1) : css)), null);
            if (!problems.isEmpty()) {
                throw new BulletinException(problems);
            }
            return sheet;
        } catch (IOException e) {
            throw new BulletinException(Problem.error(stylesheet, "无法读取网页版样式表：" + e.getMessage(), ""));
        }
    }
}
