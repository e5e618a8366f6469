package org.nj12320.bulletin.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

/**
 * The layout alone, with a face whose every character is one em wide and ten points tall: how pages are filled
 * (keeps, orphans and widows, tables across pages, running heads, margins), checked on the ops it places.
 */
class LayoutTest {
    /** A face of one-em characters; the marks of {@code ，。（）} with their blank halves. */
    static final Face MONO = face(cp -> !(cp < 0x2E80 && cp != 0x2014 && cp != 0x2026), cp -> switch (cp) {
        case '，', '。', '）' -> new Face.Blank(0, 0.5f);
        case '（' -> new Face.Blank(0.5f, 0);
        default -> Face.Blank.NONE;
    });

    /**
     * A face whose characters are an em wide where {@code wide} says so and half an em otherwise, each mark with
     * the blank halves {@code blank} gives it, ink from a tenth to nine tenths of its em.
     */
    static Face face(IntPredicate wide, IntFunction<Face.Blank> blank) {
        return new Face() {
            @Override
            public boolean has(int cp) {
                return true;
            }

            @Override
            public float advance(int cp) {
                return wide.test(cp) ? 1f : 0.5f;
            }

            @Override
            public float ascent() {
                return 0.8f;
            }

            @Override
            public float descent() {
                return 0.2f;
            }

            @Override
            public float central() {
                return 0.38f;
            }

            @Override
            public Blank blank(int cp) {
                return blank.apply(cp);
            }

            @Override
            public float inkLeft(int cp) {
                return 0.1f;
            }

            @Override
            public float inkRight(int cp) {
                return 0.9f;
            }
        };
    }

    static final TextStyle TEXT = new TextStyle(List.of(MONO), 10, 10, Color.BLACK, 0);
    static final ParagraphStyle JUSTIFIED = new ParagraphStyle(
            ParagraphStyle.Align.JUSTIFY, 0, true, false, true, true, 2, 2, ParagraphStyle.WordBreak.NORMAL, false);

    /** A page 100 points wide (ten characters) and {@code lines} lines tall, with no margins. */
    static PageStyle page(int lines, List<PageStyle.MarginBox> boxes) {
        return new PageStyle(100, lines * 10, Edges.ZERO, boxes);
    }

    static Block.Paragraph para(String text, Tag tag) {
        return para(text, tag, BoxStyle.NONE);
    }

    /** A justified paragraph in a box that asks what it asks of the page breaks around it. */
    static Block.Paragraph para(String text, Tag tag, BoxStyle box) {
        return new Block.Paragraph(box, List.of(new Inline.Text(text, TEXT)), TEXT, JUSTIFIED, tag, null);
    }

    static BoxStyle keepWithNext() {
        return breaks(false, false, false, true, false);
    }

    /** A box of no size that asks this of the page breaks before, after and inside it. */
    static BoxStyle breaks(
            boolean breakBefore,
            boolean breakAfter,
            boolean keepWithPrevious,
            boolean keepWithNext,
            boolean keepTogether) {
        return new BoxStyle(
                Edges.ZERO,
                Border.Sides.NONE,
                Edges.ZERO,
                null,
                Float.NaN,
                Float.NaN,
                Float.NaN,
                breakBefore,
                breakAfter,
                keepWithPrevious,
                keepWithNext,
                keepTogether);
    }

    /** The text of each page, line by line (glyph runs on one baseline joined). */
    static List<List<String>> text(Layout.Result r) {
        List<List<String>> out = new ArrayList<>();
        for (Page p : r.pages()) {
            List<String> lines = new ArrayList<>();
            float y = Float.NaN;
            StringBuilder sb = new StringBuilder();
            for (Op op : p.ops()) {
                if (op instanceof Op.Text t) {
                    if (t.y() != y && sb.length() > 0) {
                        lines.add(sb.toString());
                        sb.setLength(0);
                    }
                    y = t.y();
                    for (int cp : t.codePoints()) {
                        if (cp != ' ' && cp != 0x2005) {
                            sb.appendCodePoint(cp);
                        }
                    }
                }
            }
            if (sb.length() > 0) {
                lines.add(sb.toString());
            }
            out.add(lines);
        }
        return out;
    }

    static Layout.Result lay(PageStyle page, List<Block> blocks) {
        return Layout.of(new Layout.Document(
                page, blocks, new Tag("Document"), new Metadata("t", "", "", "", "zh-CN"), List.of()));
    }

    @Test
    void aHeadingIsNeverLastOnItsPage() {
        // four lines of text fill three of four lines and a half: the heading goes over with its paragraph
        Block.Paragraph before = para("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十", new Tag("P"));
        Block.Paragraph heading = para("标题", new Tag("H2"), keepWithNext());
        Block.Paragraph after = para("甲乙丙丁戊己庚辛壬癸甲乙丙丁戊", new Tag("P"));
        List<List<String>> pages = text(lay(page(4, List.of()), List.of(before, heading, after)));
        assertThat(pages.get(0)).doesNotContain("标题");
        assertThat(pages.get(1).get(0)).isEqualTo("标题");
    }

    @Test
    void aBlockKeptWithTheOneBeforeTakesItOverToTheNextPage() {
        // three lines and one fill a page of four; the two lines of the last block go to the next page
        Block.Paragraph text = para("一二三四五六七八九十".repeat(3), new Tag("P"));
        Block.Paragraph item = para("甲乙丙丁戊己庚辛壬癸", new Tag("P"));
        Block.Paragraph alone = para("子丑寅卯辰巳午未申酉戌亥子丑寅卯辰巳午未", new Tag("P"));
        assertThat(text(lay(page(4, List.of()), List.of(text, item, alone)))
                        .get(1)
                        .get(0))
                .as("without the rule, the last block alone on its page")
                .startsWith("子丑");
        // break-before: avoid, as the colophon has it: the line before it goes over with it
        Block.Paragraph kept = para("子丑寅卯辰巳午未申酉戌亥子丑寅卯辰巳午未", new Tag("P"), breaks(false, false, true, false, false));
        List<List<String>> pages = text(lay(page(4, List.of()), List.of(text, item, kept)));
        assertThat(pages.get(0)).doesNotContain("甲乙丙丁戊己庚辛壬癸");
        assertThat(pages.get(1)).startsWith("甲乙丙丁戊己庚辛壬癸");
    }

    @Test
    void aBlockThatMustEndItsPageHasTheNextBeginAnother() {
        Block.Paragraph last = para("一二三四五", new Tag("P"), breaks(false, true, false, false, false));
        List<List<String>> pages = text(lay(page(4, List.of()), List.of(last, para("甲乙丙丁戊", new Tag("P")))));
        assertThat(pages).hasSize(2);
        assertThat(pages.get(1)).startsWith("甲乙丙丁戊");

        // asked by the last block inside a box, it ends the box's page too: the block after the box begins another
        Block.Flow section =
                new Block.Flow(BoxStyle.NONE, List.of(para("子丑寅卯", new Tag("P")), last), new Tag("Sect"), null);
        List<List<String>> nested = text(lay(page(6, List.of()), List.of(section, para("甲乙丙丁戊", new Tag("P")))));
        assertThat(nested).hasSize(2);
        assertThat(nested.get(1)).startsWith("甲乙丙丁戊");
    }

    @Test
    void aBreakAvoidedBeforeTheFirstBlockInsideABoxIsAvoidedBeforeTheBox() {
        Block.Paragraph text = para("一二三四五六七八九十".repeat(3), new Tag("P"));
        Block.Paragraph item = para("甲乙丙丁戊己庚辛壬癸", new Tag("P"));
        Block.Paragraph kept = para("子丑寅卯辰巳午未申酉", new Tag("P"), breaks(false, false, true, false, false));
        Block.Flow colophon =
                new Block.Flow(BoxStyle.NONE, List.of(kept, para("戌亥子丑寅卯辰巳午未", new Tag("P"))), new Tag("Div"), null);
        List<List<String>> pages = text(lay(page(4, List.of()), List.of(text, item, colophon)));
        assertThat(pages.get(1)).startsWith("甲乙丙丁戊己庚辛壬癸");
    }

    @Test
    void noLineOfAParagraphIsLeftAloneAtTheFootOrTheHeadOfAPage() {
        Block.Paragraph first = para("一二三四五六七八九十一二三四五六七八九十", new Tag("P"));
        // five lines, of which three fit under the first paragraph on a page of five: two and three, never one
        Block.Paragraph second = para("甲乙丙丁戊己庚辛壬癸".repeat(5), new Tag("P"));
        List<List<String>> pages = text(lay(page(5, List.of()), List.of(first, second)));
        int onFirst = pages.get(0).size() - 2;
        int onSecond = pages.get(1).size();
        assertThat(onFirst).isGreaterThanOrEqualTo(2);
        assertThat(onSecond).isGreaterThanOrEqualTo(2);
        assertThat(onFirst + onSecond).isEqualTo(5);
    }

    private static Table.Cell cell(String text, Tag tag) {
        Border rule = new Border(0.5f, Color.BLACK);
        return new Table.Cell(
                List.of(para(text, null)), 1, 1, Edges.ZERO, new Border.Sides(rule, rule, rule, rule), null, true, tag);
    }

    private static Table table(int rows) {
        List<Table.Row> body = new ArrayList<>();
        for (int i = 1; i <= rows; i++) {
            body.add(new Table.Row(List.of(cell("行" + i, new Tag("TD"))), new Tag("TR")));
        }
        Block.Flow caption = new Block.Flow(
                BoxStyle.NONE,
                List.of(para("表题", new Tag("H3")), new Block.Running("head", List.of(para("表题续", null)))),
                new Tag("Caption"),
                null);
        Table.Row head = new Table.Row(List.of(cell("表头", new Tag("TH"))), new Tag("TR"));
        List<Table.Cell> last = new ArrayList<>(body.get(rows - 1).cells());
        Table.Cell end = last.get(0);
        List<Block> content = new ArrayList<>(end.content());
        content.add(new Block.Running("head", List.of()));
        body.set(
                rows - 1,
                new Table.Row(
                        List.of(new Table.Cell(content, 1, 1, end.padding(), end.border(), null, true, end.tag())),
                        new Tag("TR")));
        return new Table(
                BoxStyle.NONE,
                new float[] {1},
                caption,
                List.of(head),
                List.of(new Table.Body(body, new Tag("TBody"))),
                new Tag("Table"),
                new Tag("THead"),
                null);
    }

    @Test
    void aTableContinuedHasItsHeaderRowsAgainAndItsTitleInTheHeadOfThePage() {
        PageStyle.MarginBox head = new PageStyle.MarginBox(
                PageStyle.Place.TOP,
                List.of(new PageStyle.Part.Running("head")),
                TEXT,
                ParagraphStyle.Align.CENTER,
                true,
                0,
                Artifact.HEADER);
        List<List<String>> pages = text(lay(page(8, List.of(head)), List.of(table(12))));
        assertThat(pages).hasSizeGreaterThanOrEqualTo(2);
        assertThat(pages.get(0)).startsWith("表题", "表头", "行1").doesNotContain("表题续");
        // the head of the page it continues on, its header again, then the rows that follow, none twice
        assertThat(pages.get(1)).contains("表题续");
        assertThat(pages.get(1).get(0)).isEqualTo("表头");
        List<String> rows = new ArrayList<>();
        pages.forEach(p -> p.stream().filter(l -> l.startsWith("行")).forEach(rows::add));
        assertThat(rows).hasSize(12).doesNotHaveDuplicates();
        // the last two rows together
        List<String> last = pages.get(pages.size() - 1);
        assertThat(last.stream().filter(l -> l.startsWith("行")).count()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void aTablesTitleHeaderAndFirstTwoRowsStayTogether() {
        // three lines left under the paragraph: too few for title, header and two rows
        Block.Paragraph before = para("一二三四五六七八九十".repeat(5), new Tag("P"));
        List<List<String>> pages = text(lay(page(8, List.of()), List.of(before, table(6))));
        assertThat(pages.get(0)).doesNotContain("表题", "表头");
        assertThat(pages.get(1)).startsWith("表题", "表头", "行1", "行2");
    }

    /** A table in a box to be kept whole, as the short tables of the bulletin are. */
    private static Block kept(Table t) {
        return new Block.Flow(breaks(false, false, false, false, true), List.of(t), null, null);
    }

    @Test
    void aTableKeptWholeMovesOnUnlessThatLeavesMostOfThePageEmpty() {
        // after three lines of a twenty-line page, a table of twenty rows does not fit: it starts here and goes on
        Block.Paragraph shortText = para("一二三四五六七八九十".repeat(3), new Tag("P"));
        List<List<String>> split = text(lay(page(20, List.of()), List.of(shortText, kept(table(20)))));
        assertThat(split.get(0)).contains("表题", "表头", "行1");
        // after sixteen lines, the eight-row table is moved whole to the next page
        Block.Paragraph longText = para("一二三四五六七八九十".repeat(16), new Tag("P"));
        List<List<String>> moved = text(lay(page(20, List.of()), List.of(longText, kept(table(8)))));
        assertThat(moved.get(0)).doesNotContain("表题");
        assertThat(moved.get(1)).startsWith("表题", "表头", "行1");
        assertThat(moved.get(1).stream().filter(l -> l.startsWith("行"))).hasSize(8);
    }

    @Test
    void theRepeatedHeaderIsAnArtifactAndTheFirstOneContent() {
        Layout.Result r = lay(page(8, List.of()), List.of(table(12)));
        List<Op.Text> headers = new ArrayList<>();
        for (Page p : r.pages()) {
            for (Op op : p.ops()) {
                if (op instanceof Op.Text t && new String(t.codePoints(), 0, t.codePoints().length).equals("表头")) {
                    headers.add(t);
                }
            }
        }
        assertThat(headers).hasSizeGreaterThanOrEqualTo(2);
        assertThat(headers.get(0).slot()).isNotNull();
        assertThat(headers.get(0).artifact()).isNull();
        assertThat(headers.subList(1, headers.size()))
                .allSatisfy(t -> assertThat(t.artifact()).isEqualTo(Artifact.REPEATED))
                .allSatisfy(t -> assertThat(t.slot()).isNull());
    }

    @Test
    void aConnectorOrASeparatorNeverStartsALine() {
        // 日 ends a full line of ten, and the line after would start with the connector: it goes with 日
        for (String mark : List.of("-", "～", "/")) {
            List<Line> lines = para("一二三四五六七八九日" + mark + "28日甲乙丙丁", null).lines(100);
            assertThat(lines).hasSizeGreaterThan(1);
            assertThat(lines)
                    .as(mark)
                    .allSatisfy(l -> assertThat(l.glyphs().get(0).codePoint()).isNotEqualTo(mark.codePointAt(0)));
        }
        // with nothing after 日 that may not start a line, the first line is those ten
        assertThat(para("一二三四五六七八九日28日甲乙丙丁", null).lines(100).get(0).glyphs()).hasSize(10);
    }

    @Test
    void aBreakAfterANumberOrAfterTheOrdinalMarkCostsWhatOneBeforeItDoesNot() {
        List<LineItems.Item> items = LineItems.of(List.of(new Inline.Text("共2019年底第4期共", TEXT)), TEXT, JUSTIFIED, 100);
        List<LineItems.Item> glue = items.stream()
                .filter(it -> it.kind == LineItems.GLUE && it.breakable && !it.lastResort)
                .toList();
        int n = LineItems.NUMBER_BREAK_COST;
        assertThat(glue.stream().map(g -> g.cost))
                .as("共|2019 2019|年 年|底 底|第 第|4 4|期")
                .containsExactly(0, n, 0, 0, n, n);
    }

    /** The lines of a name set as a table's unit names are, left-aligned and balanced, under a word-break. */
    private static List<String> name(String text, ParagraphStyle.WordBreak wordBreak, float measure) {
        ParagraphStyle style =
                new ParagraphStyle(ParagraphStyle.Align.LEFT, 0, true, true, true, true, 1, 1, wordBreak, true);
        Block.Paragraph p =
                new Block.Paragraph(BoxStyle.NONE, List.of(new Inline.Text(text, TEXT)), TEXT, style, null, null);
        List<String> out = new ArrayList<>();
        for (Line l : p.lines(measure)) {
            StringBuilder sb = new StringBuilder();
            l.glyphs().forEach(g -> sb.appendCodePoint(g.codePoint()));
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void underAutoPhraseALineBreaksWhereTheContentMarksAPlaceAndTheLinesAreEven() {
        // the ends of a name's parts, as the templates mark them with a zero-width space
        String shop = "江苏益丰大药房连锁有限公司\u200B秦淮区\u200B御道街\u200B诊所";
        assertThat(name(shop, ParagraphStyle.WordBreak.AUTO_PHRASE, 200)).containsExactly("江苏益丰大药房连锁有限公司", "秦淮区御道街诊所");
        assertThat(name(
                        "南京市\u200B江北新区\u200B泰山街道\u200B桥荫路\u200B社区\u200B卫生服务站",
                        ParagraphStyle.WordBreak.AUTO_PHRASE,
                        200))
                .containsExactly("南京市江北新区泰山街道", "桥荫路社区卫生服务站");
        assertThat(name("南京鼓楼医院集团\u200B仪征医院", ParagraphStyle.WordBreak.AUTO_PHRASE, 100))
                .containsExactly("南京鼓楼医院集团", "仪征医院");
        // without it, the lines are as even as they can be, wherever that falls
        assertThat(name(shop, ParagraphStyle.WordBreak.NORMAL, 200))
                .hasSize(2)
                .allSatisfy(l -> assertThat(l.length()).isBetween(10, 11));
        // balanced, a name takes no more lines than it would otherwise: 43 characters at 20 a line, three
        assertThat(name(shop + shop + "院", ParagraphStyle.WordBreak.AUTO_PHRASE, 200))
                .hasSize(3);
        // and a name that fits its line is not broken at all
        assertThat(name(shop, ParagraphStyle.WordBreak.AUTO_PHRASE, 210)).containsExactly(shop.replace("\u200B", ""));
    }

    @Test
    void marksAtALinesEndAreSetHalfWidthAndAdjacentOnesOneAndAHalf() {
        // ten characters to a line: with the comma's blank taken away, 。 ends it by its ink alone
        Block.Paragraph p = para("一二三四，五六七八九。甲乙", null);
        List<Line> lines = p.lines(100);
        assertThat(lines).hasSize(2);
        List<Glyph> g = lines.get(0).glyphs();
        assertThat(g.get(g.size() - 1).codePoint()).isEqualTo('。');
        assertThat(g.get(g.size() - 1).x()).isEqualTo(95f);
        assertThat(g.get(5).x() - g.get(4).x())
                .as("the comma, compressed to fit")
                .isEqualTo(5f);
        // ）， side by side: the first mark's blank goes
        List<Glyph> pair = para("甲）（乙", null).lines(100).get(0).glyphs();
        assertThat(pair.get(2).x() - pair.get(1).x()).as("）（ from ink to ink").isEqualTo(5f);
    }
}
