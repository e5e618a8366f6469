package org.nj12320.bulletin.print;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.layout.Bookmark;
import org.nj12320.bulletin.layout.Edges;
import org.nj12320.bulletin.layout.Metadata;
import org.nj12320.bulletin.layout.PageStyle;
import org.nj12320.bulletin.layout.ParagraphStyle;

/** What the page says of the document as a whole: its pages, its metadata and its bookmarks. */
final class PageSetup {
    private PageSetup() {}

    /** The page's size, margins and margin boxes, from the stylesheet's {@code @page} rule. */
    static PageStyle page(Css.Sheet sheet, Style rootStyle, Styling styling) {
        Style ps = Style.inheriting(rootStyle);
        ps.apply(sheet.page(), rootStyle.fontSize);
        // the page has a size and margins; what its text looks like, its margin boxes take from it
        styling.refuse(
                ps,
                Styling.boxBut("margin-top", "margin-right", "margin-bottom", "margin-left"),
                "页面（@page）",
                "@page 写 size、margin，以及页边框中文字的字体、字号、颜色");
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
        Edges margin = new Edges(
                Styling.zero(ps.margin[0]),
                Styling.zero(ps.margin[1]),
                Styling.zero(ps.margin[2]),
                Styling.zero(ps.margin[3]));
        List<PageStyle.MarginBox> boxes = new ArrayList<>();
        // what the stylesheet takes out of the flow to show in a margin box, by name, and which names the boxes show
        Map<String, Css.Declaration> running = new java.util.LinkedHashMap<>();
        for (Css.Rule r : sheet.rules()) {
            for (Css.Declaration d : r.declarations()) {
                if (d.value() instanceof Properties.Running run) {
                    running.putIfAbsent(run.name(), d);
                }
            }
        }
        java.util.Set<String> shown = new java.util.HashSet<>();
        for (Map.Entry<String, List<Css.Declaration>> e : sheet.marginBoxes().entrySet()) {
            Style bs = Style.inheriting(ps);
            bs.apply(e.getValue(), ps.fontSize);
            boolean top = e.getKey().startsWith("top");
            // set as a line of text in the margin, at a distance from the text block: nothing else of a box
            List<String> refused = new ArrayList<>(Styling.boxBut(top ? "padding-bottom" : "padding-top"));
            refused.add("text-indent");
            styling.refuse(
                    bs,
                    refused,
                    "页边框（@" + e.getKey() + "）",
                    "页边框是页边上的一行文字：只能写 content、字体、字号、颜色、text-align、vertical-align，以及它与正文之间的 "
                            + (top ? "padding-bottom" : "padding-top"));
            List<PageStyle.Part> parts = new ArrayList<>();
            if (bs.content != null) {
                for (Object p : bs.content.parts()) {
                    if (p instanceof String str) {
                        parts.add(new PageStyle.Part.Literal(str));
                    } else if (p instanceof Properties.PageCounter) {
                        parts.add(new PageStyle.Part.PageNumber());
                    } else if (p instanceof Properties.Element el) {
                        parts.add(new PageStyle.Part.Running(el.name()));
                        shown.add(el.name());
                        if (!running.containsKey(el.name())) {
                            styling.problem(
                                    bs.from.get("content").at(),
                                    "element(" + el.name() + ")：样式表中没有 position: running(" + el.name()
                                            + ") 的元素，这个页边框什么也不会印",
                                    "检查名字是否写错");
                        }
                    }
                }
            }
            boolean toContent = top ? bs.verticalAlign.equals("bottom") : bs.verticalAlign.equals("top");
            float gap = top ? bs.padding[2] : bs.padding[0];
            ParagraphStyle.Align align =
                    bs.from.containsKey("text-align") ? Styling.paragraph(bs).align() : ParagraphStyle.Align.CENTER;
            boxes.add(new PageStyle.MarginBox(
                    top ? PageStyle.Place.TOP : PageStyle.Place.BOTTOM,
                    parts,
                    styling.text(bs),
                    align,
                    toContent,
                    gap,
                    top ? org.nj12320.bulletin.layout.Artifact.HEADER : org.nj12320.bulletin.layout.Artifact.FOOTER));
        }
        for (Map.Entry<String, Css.Declaration> r : running.entrySet()) {
            if (!shown.contains(r.getKey())) {
                // taken out of the flow and shown nowhere: it would not be printed at all
                styling.problem(
                        r.getValue().at(),
                        "position: running(" + r.getKey() + ")：没有页边框用 element(" + r.getKey() + ") 显示它，这样的元素就不会印出",
                        "在 @page 的 @top-center 或 @bottom-center 中写 content: element(" + r.getKey()
                                + ", start)，或删去这条 position");
            }
        }
        return new PageStyle(width, height, margin, boxes);
    }

    /** The document's title, author, subject, keywords and language, from the page's head. */
    static Metadata metadata(Node.Element html, Node.Element head) {
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

    /** The bookmarks the page lists in its head. */
    static List<Bookmark> bookmarks(Node.Element list) {
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
