package org.nj12320.bulletin.print;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.layout.Block;
import org.nj12320.bulletin.layout.Border;
import org.nj12320.bulletin.layout.BoxStyle;
import org.nj12320.bulletin.layout.Color;
import org.nj12320.bulletin.layout.Edges;
import org.nj12320.bulletin.layout.Inline;
import org.nj12320.bulletin.layout.Table;
import org.nj12320.bulletin.layout.Tag;

/**
 * The page's tables made the layout's: row groups, rows and cells with their spans, padding, borders and
 * shading, the columns' widths from the {@code <col>} elements, and the structure elements a table's parts
 * stand for ({@code Scope}, {@code RowSpan}, {@code ColSpan} on its cells). A cell's content is mapped as any
 * other, by the page.
 */
final class PrintTables {
    private final Styling styling;
    private final PrintPage page;

    PrintTables(Styling styling, PrintPage page) {
        this.styling = styling;
        this.page = page;
    }

    /** A table element as the layout's table: its caption, columns' widths, header rows and bodies. */
    Block table(Node.Element e, Style s) {
        Block.Flow caption = null;
        List<Float> widths = new ArrayList<>();
        List<Table.Row> head = new ArrayList<>();
        List<Table.Body> bodies = new ArrayList<>();
        Tag headTag = null;
        List<Table.Row> loose = new ArrayList<>();
        for (Node.Element c : e.elements()) {
            Style cs = styling.style(c, s);
            switch (c.name) {
                case "caption" -> {
                    partOfTable(c, cs, "table-caption");
                    caption = new Block.Flow(Styling.box(cs), page.blocks(c, cs), new Tag("Caption"), null);
                }
                case "colgroup" -> {
                    styling.refuse(cs, Styling.BOX, "列组（<colgroup>）", "列宽写在它的 <col> 上，其余写在单元格上");
                    for (Node.Element col : c.elements()) {
                        widths.add(columnWidth(col, styling.style(col, cs)));
                    }
                }
                case "col" -> widths.add(columnWidth(c, cs));
                case "thead" -> {
                    notOfRows(c, cs, "table-header-group");
                    headTag = new Tag("THead");
                    head.addAll(rows(c, cs));
                }
                case "tbody", "tfoot" -> {
                    notOfRows(c, cs, c.name.equals("tbody") ? "table-row-group" : "table-footer-group");
                    bodies.add(new Table.Body(rows(c, cs), new Tag(c.name.equals("tbody") ? "TBody" : "TFoot")));
                }
                case "tr" -> loose.addAll(rows(wrap(c), s));
                default -> styling.problem(styling.sources.find("<" + c.name), "<" + c.name + "> 不能直接放在 <table> 中", "");
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
        return new Table(Styling.box(s), shares, caption, head, bodies, new Tag("Table"), headTag, e.attribute("id"));
    }

    /** A row outside any row group is read as in one. */
    private static Node.Element wrap(Node.Element tr) {
        Node.Element g = new Node.Element("tbody");
        g.children.add(tr);
        g.parent = tr.parent;
        return g;
    }

    private float columnWidth(Node.Element col, Style s) {
        styling.refuse(s, Styling.boxBut("width"), "列（<col>）", "列只能定宽度；底色、边框、内边距写在单元格上");
        if (Float.isNaN(s.width)) {
            return Float.NaN;
        }
        if (!s.widthPercent) {
            styling.problem(styling.where(s, "width", col), "列宽要写成百分比", "写作 width: 25%");
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
                styling.problem(
                        styling.sources.find("<" + tr.name),
                        "<" + tr.name + "> 不能直接放在 <" + group.name + "> 中",
                        "表格的行写作 <tr>");
                continue;
            }
            Style rs = styling.style(tr, gs);
            notOfRows(tr, rs, "table-row");
            List<Table.Cell> cells = new ArrayList<>();
            for (Node.Element td : tr.elements()) {
                if (!td.name.equals("td") && !td.name.equals("th")) {
                    styling.problem(
                            styling.sources.find("<" + td.name),
                            "<" + td.name + "> 不能直接放在 <tr> 中",
                            "单元格写作 <td> 或 <th>");
                    continue;
                }
                cells.add(cell(td, styling.style(td, rs)));
            }
            out.add(new Table.Row(cells, new Tag("TR")));
        }
        return out;
    }

    /**
     * What a row or a group of rows cannot have: the layout draws a table's cells, not its rows, so that a row's
     * shading, borders, height or page breaks would be passed over; they are said, with where to write them.
     */
    private static final List<String> NOT_OF_ROWS = Styling.boxBut("break-inside");

    private void notOfRows(Node.Element e, Style s, String display) {
        styling.refuse(
                s,
                NOT_OF_ROWS,
                "表格的行（<" + e.name + ">）",
                "写在它的单元格上，如 tr.total td { background-color: #f2f2f2 }；表格的分页由排版决定");
        partOfTable(e, s, display);
    }

    /** A part of a table is what its element says: a stylesheet cannot make a cell a block or hide a row. */
    private void partOfTable(Node.Element e, Style s, String display) {
        if (display != null && !s.display.equals(display)) {
            styling.problem(
                    styling.where(s, "display", e),
                    "display：<" + e.name + "> 是表格的一部分，排版只能把它当作“display: " + display + "”",
                    "删去这条 display；不要印的行或格，在模板中不写出来");
        }
    }

    /** What a cell cannot have: its size comes from its table's columns and rows, its room from its padding. */
    private static final List<String> NOT_OF_CELLS =
            List.of("margin-top", "margin-right", "margin-bottom", "margin-left", "width", "height");

    private Table.Cell cell(Node.Element td, Style s) {
        partOfTable(td, s, "table-cell");
        styling.refuse(s, NOT_OF_CELLS, "表格的单元格", "单元格的宽度由 <col> 定，内边距用 padding");
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
        if (s.verticalAlign.equals("bottom")) {
            styling.problem(
                    styling.where(s, "vertical-align", td),
                    "vertical-align：排版只能把单元格的内容放在顶端（top）或居中（middle），不能放在底端",
                    "写 top 或 middle");
        }
        List<Block> content;
        if (td.children.stream().allMatch(n -> page.inline(n, s))) {
            List<Inline> inl = new ArrayList<>();
            for (Node n : td.children) {
                page.inlines(n, s, inl);
            }
            content =
                    List.of(new Block.Paragraph(BoxStyle.NONE, inl, styling.text(s), Styling.paragraph(s), null, null));
        } else {
            content = page.blocks(td, s);
        }
        return new Table.Cell(
                content,
                colspan,
                rowspan,
                new Edges(s.padding[0], s.padding[1], s.padding[2], s.padding[3]),
                new Border.Sides(
                        Styling.border(s, 0), Styling.border(s, 1), Styling.border(s, 2), Styling.border(s, 3)),
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
        styling.problem(styling.sources.find(attr + "=\""), attr + "=\"" + v + "\" 不是正整数", "");
        return 1;
    }
}
