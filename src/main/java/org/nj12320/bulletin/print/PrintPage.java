package org.nj12320.bulletin.print;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.layout.Block;
import org.nj12320.bulletin.layout.Bookmark;
import org.nj12320.bulletin.layout.BoxStyle;
import org.nj12320.bulletin.layout.FontBook;
import org.nj12320.bulletin.layout.Inline;
import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.layout.Metadata;
import org.nj12320.bulletin.layout.PageStyle;
import org.nj12320.bulletin.layout.ParagraphStyle;
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
 * nothing is laid out. The styles are {@link Styling}'s, the tables {@link PrintTables}', the charts
 * {@link Drawings}' and the pages, metadata and bookmarks {@link PageSetup}'s; the blocks, lines and lists of
 * the flow are made here.
 */
public final class PrintPage {
    private final Folder templates;
    private final Styling styling;
    private final PrintTables tables;
    private final Drawings drawings;

    private PrintPage(FontBook fonts, Folder templates) {
        this.templates = templates;
        this.styling = new Styling(fonts, templates);
        this.tables = new PrintTables(styling, this);
        this.drawings = new Drawings(styling);
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
        Css.Sheet sheet = styling.read(head);
        Style rootStyle = styling.style(html, null);
        Style bodyStyle = styling.style(body, rootStyle);
        // the page's own box is the page's, which @page describes
        for (Node.Element e : List.of(html, body)) {
            styling.refuse(
                    e == html ? rootStyle : bodyStyle,
                    Styling.BOX,
                    "页面（<" + e.name + ">）",
                    "页边距写在 @page 的 margin 中；其余的写在页面中的块（如 .article）上");
        }
        PageStyle page = PageSetup.page(sheet, rootStyle, styling);
        Tag root = new Tag("Document");
        List<Block> blocks = blocks(body, bodyStyle);
        Metadata meta = PageSetup.metadata(html, head);
        List<Bookmark> bookmarks = PageSetup.bookmarks(head.child("bookmarks"));
        if (!styling.problems().isEmpty()) {
            throw new BulletinException(styling.problems());
        }
        return new Layout.Document(page, blocks, root, meta, bookmarks);
    }

    // ---- blocks

    private static boolean blank(Node n) {
        return n instanceof Node.Text t && t.text.isBlank();
    }

    boolean inline(Node n, Style parent) {
        if (n instanceof Node.Text) {
            return true;
        }
        Node.Element e = (Node.Element) n;
        Style s = styling.style(e, parent);
        return s.running == null && (s.display.equals("inline") || s.display.equals("inline-block"));
    }

    /** The blocks of an element's content: block-level children, and anonymous paragraphs for runs of text. */
    List<Block> blocks(Node.Element e, Style s) {
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
            if (styling.style((Node.Element) n, s).display.equals("list-item")) {
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
        out.add(new Block.Paragraph(BoxStyle.NONE, content, styling.text(s), Styling.paragraph(s), null, null));
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
        Style s = styling.style(e, parent);
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
            return drawings.drawing(e, s);
        }
        switch (s.display) {
            case "table":
                return tables.table(e, s);
            case "flex":
                return row(e, s);
            case "block", "list-item", "table-caption", "inline", "inline-block":
                break;
            default:
                styling.problem(
                        styling.where(s, "display", e),
                        "排版不能把 <" + e.name + "> 当作“display: " + s.display + "”放在这里",
                        "表格的部分（tr、td 等）只能在 <table> 中");
                return null;
        }
        if (!s.verticalAlign.equals("baseline")) {
            styling.problem(styling.where(s, "vertical-align", e), "vertical-align：排版不能移动块的上下位置", "只对表格单元格和页边框有效");
        }
        if (s.content != null) {
            styling.problem(styling.where(s, "content", e), "content 只能用于 ::before 和页边框", "");
        }
        String role = role(e);
        Tag tag = role == null ? null : new Tag(role);
        boolean allInline = e.children.stream().allMatch(n -> inline(n, s));
        if (allInline && !Float.isNaN(s.height) && e.children.stream().allMatch(PrintPage::blank)) {
            return new Block.Flow(Styling.box(s), List.of(), tag, id);
        }
        if (allInline) {
            if (s.balance && s.textAlign.equals("justify")) {
                // a justified paragraph fills every line but its last: there is nothing to make even
                styling.problem(
                        styling.where(s, "text-wrap", e),
                        "text-wrap: balance 不能用于两端对齐（text-align: justify）的段落：两端对齐的段落除末行外行行排满，无从匀称",
                        "标题等居中或左对齐的文字才用 balance；这一段要匀称，就把它的 text-align 改为 center 或 left");
            }
            List<Inline> content = new ArrayList<>();
            Style b = styling.before(e, s);
            if (b != null) {
                content.add(beforeBox(b, e));
            }
            for (Node n : e.children) {
                inlines(n, s, content);
            }
            if (s.display.equals("list-item")) {
                if (!Float.isNaN(s.height)) {
                    styling.problem(
                            styling.where(s, "height", e), "height：排版不能给列表的一项定高", "删去 height，用 margin 或 padding 留出空白");
                }
                // an item of a list: its mark (the ::before) is its label, the rest its body
                Block.Paragraph body = new Block.Paragraph(
                        Styling.box(s), content, styling.text(s), Styling.paragraph(s), new Tag("LBody"), id);
                return new Block.Flow(BoxStyle.NONE, List.of(body), new Tag("LI"), null);
            }
            if (!Float.isNaN(s.height)) {
                // a paragraph of a fixed height: its lines in a box of that height, as one piece, as CSS sets a
                // block's height (what does not fit is drawn below it, over what follows)
                Block.Paragraph inside =
                        new Block.Paragraph(BoxStyle.NONE, content, styling.text(s), Styling.paragraph(s), tag, null);
                return new Block.Flow(Styling.box(s), List.of(inside), null, id);
            }
            return new Block.Paragraph(Styling.box(s), content, styling.text(s), Styling.paragraph(s), tag, id);
        }
        return new Block.Flow(Styling.box(s), blocks(e, s), tag, id);
    }

    /** The {@code ::before} of an element: a box of its width (hanging by a negative margin), or plain text. */
    private Inline beforeBox(Style b, Node.Element e) {
        StringBuilder sb = new StringBuilder();
        for (Object p : b.content.parts()) {
            if (p instanceof String str) {
                sb.append(str);
            } else {
                styling.problem(styling.where(b, "content", e), "::before 只能写文字", "");
            }
        }
        Inline.Text t = new Inline.Text(sb.toString(), styling.text(b));
        boolean box = b.display.equals("inline-block") && !Float.isNaN(b.width) && !b.widthPercent;
        boolean middle = b.verticalAlign.equals("middle");
        if (!b.verticalAlign.equals("baseline") && !(box && middle)) {
            styling.problem(
                    styling.where(b, "vertical-align", e),
                    "vertical-align：::before 只能写 middle，且要与 display: inline-block 和 width 同用",
                    "middle 使它的中线与文字的中线对齐（列表前的小圆点）");
        }
        // a box hanging before the text (display: inline-block, a width in a length, a margin-left) or plain text
        styling.refuse(
                b,
                box ? BEFORE_BOX : Styling.BOX,
                "::before（" + opening(e) + " 之前）",
                "::before 是一段文字；要它悬在文字前，写 display: inline-block、width（长度）和负的 margin-left");
        if (box) {
            // a list item's label; elsewhere an ornament, as a screen reader is told: no content of the document
            Tag label = styling.of(e).display.equals("list-item") ? new Tag("Lbl") : null;
            return new Inline.Box(
                    b.width, Styling.zero(b.margin[3]), t, label, middle ? rise(t, styling.text(styling.of(e))) : 0);
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

    void inlines(Node n, Style s, List<Inline> out) {
        if (n instanceof Node.Text t) {
            out.add(new Inline.Text(t.text, styling.text(s)));
            return;
        }
        Node.Element e = (Node.Element) n;
        Style st = styling.style(e, s);
        if (st.display.equals("none")) {
            return;
        }
        if (e.name.equals("br")) {
            out.add(new Inline.Break());
            return;
        }
        if (e.name.equals("wbr")) {
            // a place the line may break, as a header label's editor marked it
            out.add(Inline.opportunity(styling.text(st)));
            return;
        }
        inlineOnly(e, st);
        if (st.margin[3] > 0) {
            // an inline element's left margin: a space of its width before its text
            out.add(new Inline.Box(st.margin[3], 0, new Inline.Text("", styling.text(st)), null));
        }
        Style b = styling.before(e, st);
        if (b != null) {
            out.add(beforeBox(b, e));
        }
        for (Node c : e.children) {
            if (c instanceof Node.Element ce && !inline(ce, st)) {
                styling.problem(
                        styling.sources.find("<" + ce.name),
                        "<" + ce.name + "> 是块级元素，不能放在一行文字中间（<" + e.name + "> 里）",
                        "");
                continue;
            }
            inlines(c, st, out);
        }
    }

    /**
     * What says how a paragraph is set (where its lines may break, how its marks and spaces are set, its
     * alignment and indent): a paragraph's, not a part of a line's.
     */
    private static final List<String> OF_A_PARAGRAPH = List.of(
            "white-space",
            "word-break",
            "overflow-wrap",
            "text-wrap",
            "text-spacing-trim",
            "text-autospace",
            "text-align",
            "text-indent",
            "orphans",
            "widows");

    /** What a {@code ::before} set as a box takes of a box: its width, and where it stands. */
    private static final List<String> BEFORE_BOX = Styling.boxBut("width", "margin-left");

    /** What an element inside a line (a piece of a flex row is one) may take of a box: a space before it. */
    private static final List<String> IN_A_LINE = Styling.boxBut("margin-left");

    /** An element's opening tag as the message names it: {@code <span class="gap">}. */
    static String opening(Node.Element e) {
        return "<" + e.name + (e.classes().isEmpty() ? "" : " class=\"" + String.join(" ", e.classes()) + "\"") + ">";
    }

    /** An element inside a line may set how its text looks and a space before it, nothing of a box. */
    private void inlineOnly(Node.Element e, Style st) {
        styling.refuse(st, IN_A_LINE, "一行文字中的元素（" + opening(e) + "）", "这一属性只对段落、表格等块有效；行中的元素只能改字体、字号、颜色、字距和左边距");
        styling.refuseOwn(e, st, OF_A_PARAGRAPH, "一行文字中的元素（" + opening(e) + "）", "这一属性对整段起作用：写在段落（p）或它外面的块上");
        if (!st.verticalAlign.equals("baseline")) {
            styling.problem(
                    styling.where(st, "vertical-align", e), "vertical-align：排版不能移动一行文字中元素的上下位置", "只对表格单元格和页边框有效");
        }
        if (st.display.equals("inline-block")) {
            styling.problem(styling.where(st, "display", e), "display: inline-block 只能用于 ::before", "");
        }
        if (st.content != null) {
            styling.problem(styling.where(st, "content", e), "content 只能用于 ::before 和页边框", "");
        }
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
                                List.of(new Inline.Text(t.text, styling.text(s))),
                                styling.text(s),
                                nowrap(s),
                                null,
                                null)));
                continue;
            }
            Node.Element c = (Node.Element) n;
            Style cs = styling.style(c, s);
            if (cs.display.equals("none")) {
                continue;
            }
            List<Inline> content = new ArrayList<>();
            inlines(c, cs, content);
            items.add(new Block.RowItem(
                    cs.margin[3],
                    new Block.Paragraph(BoxStyle.NONE, content, styling.text(cs), nowrap(cs), null, null)));
        }
        return new Block.Row(Styling.box(s), items, new Tag("Div"));
    }

    private static ParagraphStyle nowrap(Style s) {
        ParagraphStyle p = Styling.paragraph(s);
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
}
