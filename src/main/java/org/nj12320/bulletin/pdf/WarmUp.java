package org.nj12320.bulletin.pdf;

import java.time.ZonedDateTime;
import java.util.List;

import org.nj12320.bulletin.layout.Block;
import org.nj12320.bulletin.layout.Border;
import org.nj12320.bulletin.layout.BoxStyle;
import org.nj12320.bulletin.layout.Color;
import org.nj12320.bulletin.layout.Edges;
import org.nj12320.bulletin.layout.Inline;
import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.layout.Metadata;
import org.nj12320.bulletin.layout.PageStyle;
import org.nj12320.bulletin.layout.ParagraphStyle;
import org.nj12320.bulletin.layout.Table;
import org.nj12320.bulletin.layout.Tag;
import org.nj12320.bulletin.layout.TextStyle;
import org.nj12320.bulletin.model.BulletinException;

/**
 * Lays out a small page and throws the result away, so that the classes of layout and PDF writing are loaded
 * and compiled before the real pages need them. Meant for a second thread at start-up.
 */
public final class WarmUp {
    private WarmUp() {}

    /** Any failure is of no consequence and is ignored: only time was at stake. */
    public static void run(FontSet fonts) {
        try {
            TextStyle serif = new TextStyle(List.of(fonts.face(FontSet.SERIF, 400)), 12, 21.6f, Color.BLACK, 0);
            TextStyle sans = new TextStyle(List.of(fonts.face(FontSet.SANS, 700)), 9, 11.7f, Color.BLACK, 0);
            ParagraphStyle justified = new ParagraphStyle(
                    ParagraphStyle.Align.JUSTIFY,
                    24,
                    true,
                    false,
                    true,
                    true,
                    2,
                    2,
                    ParagraphStyle.WordBreak.NORMAL,
                    false);
            Block.Paragraph p = new Block.Paragraph(
                    BoxStyle.NONE,
                    List.of(new Inline.Text("2023\u2005年，全国卫生健康信息化发展指数（2023）发布：“数字化”……南京市排名第五。", serif)),
                    serif,
                    justified,
                    new Tag("P"),
                    "p");
            Border rule = new Border(0.5f, Color.BLACK);
            Border.Sides all = new Border.Sides(rule, rule, rule, rule);
            Table.Cell head = new Table.Cell(
                    List.of(new Block.Paragraph(
                            BoxStyle.NONE,
                            List.of(new Inline.Text("单位", sans)),
                            sans,
                            ParagraphStyle.DEFAULT,
                            null,
                            null)),
                    1,
                    1,
                    new Edges(3, 4, 3, 4),
                    all,
                    new Color(0xF1E7E7),
                    true,
                    new Tag("TH"));
            Table t = new Table(
                    BoxStyle.NONE,
                    new float[] {1},
                    null,
                    List.of(new Table.Row(List.of(head), new Tag("TR"))),
                    List.of(new Table.Body(List.of(new Table.Row(List.of(head), new Tag("TR"))), new Tag("TBody"))),
                    new Tag("Table"),
                    new Tag("THead"),
                    null);
            PageStyle page = new PageStyle(
                    595.28f,
                    841.89f,
                    new Edges(62, 57, 57, 57),
                    List.of(new PageStyle.MarginBox(
                            PageStyle.Place.BOTTOM,
                            List.of(new PageStyle.Part.PageNumber()),
                            serif,
                            ParagraphStyle.Align.CENTER,
                            true,
                            11,
                            org.nj12320.bulletin.layout.Artifact.FOOTER)));
            Layout.Document doc = new Layout.Document(
                    page, List.of(p, t), new Tag("Document"), new Metadata("样张", "", "", "", "zh-CN"), List.of());
            new PdfMaker(fonts)
                    .make(
                            doc,
                            "warm-up",
                            new DocumentInfo(ZonedDateTime.parse("2000-01-01T00:00Z"), "warm-up"),
                            List.of(new PdfMaker.Attachment(
                                    "warm-up.csv", "warm-up", "text/csv", new byte[] {49, 13, 10})));
        } catch (BulletinException | RuntimeException e) {
            // only time was at stake
        }
    }
}
