package org.nj12320.bulletin.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.layout.Artifact;
import org.nj12320.bulletin.layout.Block;
import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.layout.Op;
import org.nj12320.bulletin.layout.Table;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.pdf.FontSet;
import org.nj12320.bulletin.testing.MemoryFolder;
import org.nj12320.bulletin.world.DiskFolder;

/**
 * The printed page mapped onto the layout: what the stylesheet and the templates ask is done, and whatever the
 * layout cannot do is an error at the stylesheet's or the template's own line, never passed over.
 */
class PrintPageTest {
    static FontSet fonts;

    @BeforeAll
    static void open() throws Exception {
        fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"));
    }

    @AfterAll
    static void close() {
        fonts.close();
    }

    private static final String BASE = "body { font-family: 'Noto Serif SC'; }\n";

    /** The page of a body under a stylesheet, with the template that made it. */
    private static Layout.Document map(String css, String body) throws BulletinException {
        return PrintPages.map(css, body, fonts);
    }

    private static List<Problem> problems(String css, String body) {
        try {
            map(css, body);
        } catch (BulletinException e) {
            return e.problems();
        }
        throw new AssertionError("no problem found");
    }

    @Test
    void aPropertyTheLayoutDoesNotSupportIsAnErrorAtItsLineAndColumn() {
        List<Problem> p = problems(BASE + "p {\n  color: #333;\n  float: left;\n}\n", "<p>文字</p>");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.where().file()).isEqualTo("templates/style/print.css");
            assertThat(x.where().line()).isEqualTo(4);
            assertThat(x.where().column()).isEqualTo(3);
            assertThat(x.message()).contains("排版不支持属性“float”");
        });
    }

    @Test
    void aValueItDoesNotTakeIsAnErrorSayingWhatItTakes() {
        List<Problem> p = problems(BASE + "p { text-align: middle; }", "<p>文字</p>");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.where().line()).isEqualTo(2);
            assertThat(x.message()).contains("middle");
            assertThat(x.hint()).contains("justify");
        });
    }

    @Test
    void selectorsAndRulesItCannotMatchAreErrorsToo() {
        assertThat(problems(BASE + "\np:first-child { color: red; }", "<p>文字</p>"))
                .singleElement()
                .satisfies(x -> assertThat(x.where().line()).isEqualTo(3))
                .satisfies(x -> assertThat(x.message()).contains(":first-child"));
        assertThat(problems(BASE + "@media print { p { color: red; } }", "<p>文字</p>"))
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("@media print"));
        assertThat(problems(BASE + "p[lang] { color: red; }", "<p>文字</p>"))
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("“[”"));
        // an at-rule without a block is said as itself, and the rule after it is read on (its slip said too)
        assertThat(problems(BASE + "@import url(other.css);\np {\n  colour: red;\n}", "<p>文字</p>"))
                .extracting(Problem::message)
                .containsExactly("排版不支持“@import url(other.css)”", "colour：排版不支持属性“colour”");
    }

    @Test
    void aFontThatIsNotTheBulletinsIsAnErrorAtItsDeclaration() {
        List<Problem> p = problems("body {\n  font-family: 'SimSun', 'Noto Serif SC';\n}", "<p>文字</p>");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.where().line()).isEqualTo(2);
            assertThat(x.message()).contains("“SimSun”");
            assertThat(x.hint()).contains("Noto Serif SC");
        });
    }

    @Test
    void anElementItCannotSetIsAnErrorAtTheTemplateThatWroteIt() {
        List<Problem> p = problems(BASE, "<p>文字</p>\n<ul><li>一</li></ul>");
        assertThat(p).extracting(Problem::message).contains("排版不支持元素 <ul>", "排版不支持元素 <li>");
        assertThat(p.get(0).where().file()).isEqualTo("templates/print.ftlx");
        assertThat(p.get(0).where().line()).isEqualTo(5);
    }

    @Test
    void anAttributeOfOldHtmlThatSaysHowItLooksIsAnErrorAtTheTemplate() {
        List<Problem> p = problems(
                BASE, "<p>文字</p>\n<table border=\"1\"><tr hidden=\"hidden\"><td align=\"right\">一</td></tr></table>");
        assertThat(p)
                .extracting(Problem::message)
                .containsExactlyInAnyOrder(
                        "<table> 的属性 border=\"1\" 在印刷版中不起作用",
                        "<tr> 的属性 hidden=\"hidden\" 在印刷版中不起作用",
                        "<td> 的属性 align=\"right\" 在印刷版中不起作用");
        assertThat(p).allSatisfy(x -> {
            assertThat(x.where().file()).isEqualTo("templates/print.ftlx");
            assertThat(x.where().line()).isEqualTo(5);
        });
    }

    @Test
    void howAParagraphIsSetIsAnErrorOnAnElementInsideALine() {
        for (String rule : List.of(
                "white-space: nowrap", "word-break: keep-all", "text-spacing-trim: space-all", "text-indent: 2em")) {
            assertThat(problems(BASE + "strong {\n  " + rule + ";\n}", "<p>一<strong>二</strong></p>"))
                    .as(rule)
                    .singleElement()
                    .satisfies(x -> {
                        assertThat(x.message()).contains("一行文字中的元素（<strong>）");
                        assertThat(x.where().line()).isEqualTo(3);
                    });
        }
        // on the paragraph, or inherited from it, they are the paragraph's
        assertThatCode(() -> map(
                        BASE + "p {\n  text-spacing-trim: space-all;\n  white-space: nowrap;\n}",
                        "<p>一<strong>二</strong></p>"))
                .doesNotThrowAnyException();
    }

    @Test
    void whatABoxHasIsAnErrorOnAnElementInsideALine() {
        List<Problem> p =
                problems(BASE + "strong {\n  padding: 2pt;\n  vertical-align: super;\n}", "<p>一<strong>二</strong></p>");
        assertThat(p)
                .extracting(Problem::message)
                .anyMatch(m -> m.startsWith("padding-top："))
                .anyMatch(m -> m.contains("vertical-align"));
        assertThat(p).allSatisfy(x -> assertThat(x.where().file()).isEqualTo("templates/style/print.css"));
    }

    @Test
    void aCellsContentAtItsFootIsAnErrorNotSetInItsMiddle() {
        String table = "<table><tr><td>一</td></tr></table>";
        assertThatCode(() -> map(BASE + "td {\n  vertical-align: middle;\n}", table))
                .doesNotThrowAnyException();
        assertThatCode(() -> map(BASE + "td {\n  vertical-align: top;\n}", table))
                .doesNotThrowAnyException();
        List<Problem> p = problems(BASE + "td {\n  vertical-align: bottom;\n}", table);
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.message()).contains("vertical-align", "底端");
            assertThat(x.where().file()).isEqualTo("templates/style/print.css");
        });
    }

    @Test
    void aParagraphOfAFixedHeightTakesThatHeight() throws Exception {
        String css = BASE + "p { margin: 0; font-size: 12pt; }\np.tall { height: 60pt; }";
        List<Op.Text> text = Layout.of(map(css, "<p class=\"tall\">一</p><p>二</p>")).pages().get(0).ops().stream()
                .filter(o -> o instanceof Op.Text)
                .map(o -> (Op.Text) o)
                .toList();
        assertThat(text.get(1).y() - text.get(0).y()).isCloseTo(60f, offset(0.01f));
    }

    /** What has no box of its own, or only part of one, says so of each box property it is given. */
    @Test
    void aBoxPropertyWhereThereIsNoSuchBoxIsAnErrorAtItsLine() {
        String flex = "<div class=\"row\"><span>左</span><span class=\"right\">右</span></div>";
        String table = "<table><colgroup><col/></colgroup><tr><td>一</td></tr></table>";
        String[][] cases = {
            {"body {\n  margin: 10mm;\n}", "<p>一</p>", "页面（<body>）"},
            {"html {\n  background-color: #eeeeee;\n}", "<p>一</p>", "页面（<html>）"},
            {"col {\n  background-color: #eeeeee;\n}", table, "列（<col>）"},
            {"colgroup {\n  width: 50%;\n}", table, "列组（<colgroup>）"},
            {"p::before {\n  content: \"◆\";\n  padding: 2pt;\n}", "<p>一</p>", "::before（<p> 之前）"},
            {"p::before {\n  content: \"◆\";\n  margin-left: -1em;\n}", "<p>一</p>", "::before（<p> 之前）"},
            {".row {\n  display: flex;\n}\n.right {\n  margin-top: 2mm;\n}", flex, "一行文字中的元素（<span class=\"right\">）"},
        };
        for (String[] c : cases) {
            List<Problem> p = problems(BASE + c[0], c[1]);
            assertThat(p).as(c[0]).anySatisfy(x -> {
                assertThat(x.message()).contains("排版不能用在" + c[2] + "上");
                assertThat(x.where().file()).isEqualTo("templates/style/print.css");
                assertThat(x.where().line()).isGreaterThan(1);
            });
        }
        // what they do take
        assertThatCode(() -> map(
                        BASE
                                + "p { display: list-item; }\np::before { content: \"◆\"; display: inline-block; width: 1em;"
                                + " margin-left: -1em; }\n.row { display: flex; }\n.right { margin-left: auto; }",
                        "<p>一</p>" + flex))
                .doesNotThrowAnyException();
    }

    @Test
    void aRowOfPiecesOfAFixedHeightTakesThatHeight() throws Exception {
        String css = BASE + "p, div { margin: 0; font-size: 12pt; }\n.row { display: flex; height: 40pt; }";
        List<Op.Text> text = Layout.of(map(css, "<div class=\"row\"><span>左</span><span>右</span></div><p>下</p>"))
                .pages()
                .get(0)
                .ops()
                .stream()
                .filter(o -> o instanceof Op.Text)
                .map(o -> (Op.Text) o)
                .toList();
        Op.Text below =
                text.stream().filter(t -> t.codePoints()[0] == '下').findFirst().orElseThrow();
        assertThat(below.y() - text.get(0).y()).isCloseTo(40f, offset(0.01f));
    }

    /**
     * A second {@code @page} rule adds to the first, its margin boxes too (the page number stays); the page's text
     * properties are its margin boxes'; what a margin box or the page cannot show is an error at its line.
     */
    @Test
    void thePageRulesAddUpAndTheirBoxesTakeOnlyWhatTheyCanShow() throws Exception {
        String page = "@page {\n  size: A4;\n  @bottom-center {\n    content: \"- \" counter(page) \" -\";\n  }\n}\n";
        String again = "@page {\n  color: #ff0000;\n  @bottom-center {\n    font-size: 9pt;\n  }\n}\n";
        List<Op.Text> footer = Layout.of(map(BASE + page + again, "<p>一</p>")).pages().get(0).ops().stream()
                .filter(o -> o instanceof Op.Text t && t.artifact() == org.nj12320.bulletin.layout.Artifact.FOOTER)
                .map(o -> (Op.Text) o)
                .toList();
        assertThat(footer).isNotEmpty().allSatisfy(t -> {
            assertThat(t.size()).isEqualTo(9f);
            assertThat(t.color().rgb()).isEqualTo(0xff0000);
        });
        assertThat(footer.stream().flatMapToInt(t -> java.util.Arrays.stream(t.codePoints())))
                .contains((int) '1');
        for (String rule : List.of(
                "@page {\n  @bottom-center {\n    background-color: #eeeeee;\n  }\n}",
                "@page {\n  @bottom-center {\n    margin: 2mm;\n  }\n}",
                "@page {\n  @top-center {\n    padding-top: 2mm;\n  }\n}",
                "@page {\n  @bottom-center {\n    text-indent: 2em;\n  }\n}",
                "@page {\n  background-color: #eeeeee;\n}",
                "@page {\n  border: 1pt solid #000000;\n}")) {
            assertThat(problems(BASE + page + rule, "<p>一</p>"))
                    .as(rule)
                    .anySatisfy(x -> assertThat(x.message()).containsAnyOf("页边框（@", "页面（@page）"));
        }
    }

    /** A drawing's sizes and colours are its attributes: a stylesheet gives it a font, and nothing else. */
    @Test
    void aDrawingTakesItsFontFromTheStylesheetAndNothingElse() {
        String svg = "<svg width=\"100\" height=\"50\" font-size=\"9\"><desc>图</desc>"
                + "<rect x=\"0\" y=\"0\" width=\"10\" height=\"10\" fill=\"#c00000\"/>"
                + "<text x=\"0\" y=\"30\" fill=\"#000000\">字</text></svg>";
        assertThatCode(() -> map(BASE + "svg {\n  font-family: 'Noto Sans SC';\n  margin: 2mm 0;\n}", svg))
                .doesNotThrowAnyException();
        for (String[] c : new String[][] {
            {"svg {\n  font-size: 20pt;\n}", "图（<svg>）"},
            {"svg {\n  height: 30mm;\n}", "图（<svg>）"},
            {"svg {\n  color: #ff0000;\n}", "图（<svg>）"},
            {"text {\n  font-size: 20pt;\n}", "图中的图形（<text>）"},
            {"rect {\n  color: #ff0000;\n}", "图中的图形（<rect>）"},
        }) {
            assertThat(problems(BASE + c[0], svg)).as(c[0]).singleElement().satisfies(x -> {
                assertThat(x.message()).contains("排版不能用在" + c[1] + "上");
                assertThat(x.where().line()).isEqualTo(3);
            });
        }
        // a colour the drawing takes from around it is no fault of it
        assertThatCode(() -> map(BASE + "body {\n  color: #333333;\n}", svg)).doesNotThrowAnyException();
    }

    /** A value that would be passed over, or that cannot be, is an error at its line; a quarter millimetre is a length. */
    @Test
    void aValueOutOfItsRangeIsAnErrorAtItsLine() throws Exception {
        for (String[] c : new String[][] {
            {"margin-top: 10%", "百分比"},
            {"margin: 1em 10%", "百分比"},
            {"text-indent: 10%", "百分比"},
            {"padding-left: -2mm", "负数"},
            {"line-height: -1", "负数"},
            {"font-size: 0", "字号须大于 0"},
        }) {
            assertThat(problems(BASE + "p {\n  " + c[0] + ";\n}", "<p>一</p>"))
                    .as(c[0])
                    .singleElement()
                    .satisfies(x -> {
                        assertThat(x.message()).contains(c[1]);
                        assertThat(x.where().line()).isEqualTo(3);
                    });
        }
        assertThat(problems(BASE + "@page {\n  size: B5 landscape;\n}", "<p>一</p>"))
                .singleElement()
                .satisfies(x -> assertThat(x.message()).contains("排版不支持纸张“B5 landscape”"));
        assertThat(Layout.of(map(BASE + "@page { size: A4 landscape; }", "<p>一</p>"))
                        .pages()
                        .get(0)
                        .width())
                .isCloseTo(297f * 72f / 25.4f, offset(0.01f));
        String css = BASE + "p { margin: 0; font-size: 12pt; line-height: 1; }\np.below { margin-top: 40Q; }";
        List<Op.Text> text = Layout.of(map(css, "<p>一</p><p class=\"below\">二</p>")).pages().get(0).ops().stream()
                .filter(o -> o instanceof Op.Text)
                .map(o -> (Op.Text) o)
                .toList();
        // 40 Q is 10 mm
        assertThat(text.get(1).y() - text.get(0).y()).isCloseTo(12f + 10f * 72f / 25.4f, offset(0.01f));
    }

    /**
     * An element taken out of the flow that no margin box shows would print nowhere, and a margin box that shows a
     * name nothing is taken out under prints nothing: both are errors at their lines.
     */
    @Test
    void aRunningElementShownNowhereAndAMarginBoxShowingNothingAreErrors() {
        assertThat(problems(BASE + ".note {\n  position: running(notes);\n}", "<p>一</p><p class=\"note\">注</p>"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.message()).contains("running(notes)", "不会印出");
                    assertThat(x.where().line()).isEqualTo(3);
                });
        assertThat(problems(BASE + "@page {\n  @top-center {\n    content: element(head, start);\n  }\n}", "<p>一</p>"))
                .singleElement()
                .satisfies(x -> {
                    assertThat(x.message()).contains("element(head)", "什么也不会印");
                    assertThat(x.where().line()).isEqualTo(4);
                });
    }

    @Test
    void aBalancedJustifiedParagraphIsAnError() {
        List<Problem> p = problems(BASE + "p {\n  text-align: justify;\n  text-wrap: balance;\n}", "<p>一二三</p>");
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.message()).contains("text-wrap: balance", "两端对齐");
            assertThat(x.where().line()).isEqualTo(4);
        });
    }

    /**
     * A table's rows and groups of rows are not drawn, their cells are: what only a row's box would show (shading,
     * borders, a height, page breaks) is an error at its line, and so is making a part of a table anything else.
     */
    @Test
    void whatOnlyARowCouldShowIsAnErrorAndSoIsATablePartMadeAnotherThing() {
        String table = "<table><thead><tr><th>甲</th></tr></thead><tbody><tr><td>一</td></tr></tbody></table>";
        for (String rule : List.of(
                "tr { background-color: #eeeeee; }",
                "tr { height: 20pt; }",
                "tr { border-bottom: 1pt solid #000000; }",
                "tr { break-after: page; }",
                "tr { page-break-before: avoid; }",
                "thead { background-color: #eeeeee; }",
                "tbody { padding: 2pt; }")) {
            assertThat(problems(BASE + rule, table))
                    .as(rule)
                    .extracting(Problem::message)
                    .anySatisfy(m -> assertThat(m).contains("排版不能用在表格的行"));
        }
        for (String rule : List.of("td { display: block; }", "tr { display: none; }", "caption { display: none; }")) {
            assertThat(problems(BASE + rule, "<table><caption>表</caption>" + table.substring(7)))
                    .as(rule)
                    .extracting(Problem::message)
                    .anySatisfy(m -> assertThat(m).contains("是表格的一部分"));
        }
        // what rows pass on to their cells is theirs to give
        assertThatCode(() -> map(BASE + "tr { color: #ff0000; font-weight: bold; break-inside: avoid; }", table))
                .doesNotThrowAnyException();
    }

    @Test
    void aStylesheetInsideThePageIsRefusedForTheLinkedOne() {
        MemoryFolder templates = new MemoryFolder("templates")
                .put("style/print.css", BASE)
                .put("print.ftlx", "<html>\n<head>\n<style>p { color: red }</style>\n</head>\n</html>\n");
        String page = "<html><head><title>t</title><style>p { color: red }</style>"
                + "<link rel=\"stylesheet\" href=\"style/print.css\"/></head><body><p>一</p></body></html>";
        assertThatThrownBy(() -> PrintPage.of(page, templates, fonts))
                .isInstanceOfSatisfying(
                        BulletinException.class,
                        e -> assertThat(e.problems())
                                .singleElement()
                                .satisfies(x -> assertThat(x.where().line()).isEqualTo(3))
                                .satisfies(x -> assertThat(x.hint()).contains("style/print.css")));
    }

    @Test
    void aPageThatIsNotWellFormedIsSaidSo() {
        MemoryFolder templates = new MemoryFolder("templates").put("style/print.css", BASE);
        assertThatThrownBy(() -> PrintPage.of("<html><head></head><body><p>一</div></body></html>", templates, fonts))
                .isInstanceOfSatisfying(
                        BulletinException.class,
                        e -> assertThat(e.problems().get(0).message())
                                .contains("</div>")
                                .contains("<p>"));
    }

    @Test
    void headerCellsSpanningRowsAndColumnsAreCellsOfTheirSpan() throws Exception {
        Layout.Document d = map(
                BASE,
                "<table><colgroup><col style=\"width: 40%\"/><col style=\"width: 30%\"/><col style=\"width: 30%\"/></colgroup>"
                        + "<thead><tr><th rowspan=\"2\" scope=\"col\">单位</th><th colspan=\"2\" scope=\"colgroup\">门诊</th></tr>"
                        + "<tr><th scope=\"col\">人次</th><th scope=\"col\">收入</th></tr></thead>"
                        + "<tbody><tr><td>甲</td><td>1</td><td>2</td></tr></tbody></table>");
        Table t = (Table) d.blocks().get(0);
        assertThat(t.columns()).containsExactly(0.4f, 0.3f, 0.3f);
        assertThat(t.head()).hasSize(2);
        Table.Cell unit = t.head().get(0).cells().get(0);
        assertThat(unit.rowspan()).isEqualTo(2);
        assertThat(unit.tag().attributes()).containsEntry("RowSpan", "2").containsEntry("Scope", "Column");
        assertThat(t.head().get(0).cells().get(1).tag().attributes()).containsEntry("ColSpan", "2");
        assertThat(t.bodies().get(0).rows().get(0).cells()).hasSize(3);
    }

    @Test
    void aRunningElementLeavesTheFlowForThePageHead() throws Exception {
        Layout.Document d = map(
                BASE + ".head { position: running(head); } @page { @top-center { content: element(head, start); } }",
                "<div class=\"head\">页眉</div><p>正文</p>");
        assertThat(d.blocks().get(0))
                .isInstanceOfSatisfying(
                        Block.Running.class, r -> assertThat(r.name()).isEqualTo("head"));
        assertThat(d.page().boxes()).hasSize(1);
    }

    @Test
    void aLabelBreaksWhereItsEditorMarkedItAndInEvenLines() throws Exception {
        String css = BASE + "p { font-size: 10pt; text-wrap: balance; } p.marked { word-break: keep-all; }";
        Layout.Document d = map(
                css,
                "<p class=\"marked\">数据<wbr/>上传<wbr/>天数</p><p>数据上传天数</p><p class=\"marked\">实时<wbr/>数据<wbr/>符合率</p>");
        // four characters wide: the marked label breaks only between its words, the other one in even halves
        float measure = 4.2f * 10;
        assertThat(lines(d.blocks().get(0), measure)).isIn(List.of("数据上传", "天数"), List.of("数据", "上传天数"));
        assertThat(lines(d.blocks().get(1), measure)).containsExactly("数据上", "传天数");
        assertThat(lines(d.blocks().get(2), measure)).containsExactly("实时数据", "符合率");
    }

    private static List<String> lines(Block b, float measure) {
        Block.Paragraph p = (Block.Paragraph) b;
        return p.lines(measure).stream()
                .map(l -> l.glyphs().stream()
                        .map(g -> Character.toString(g.codePoint()))
                        .reduce("", String::concat))
                .toList();
    }

    /**
     * Emphasis ({@code <em>}) under the print stylesheet's {@code text-emphasis}: a dot under each character, centred
     * on it and below the baseline, none under a mark; drawn, not set as text, and an artifact.
     */
    @Test
    void emphasisIsADotUnderEachCharacterNotUnderItsMarks() throws Exception {
        String css = BASE + "em { text-emphasis: filled dot; text-emphasis-position: under; }";
        Layout.Result r = Layout.of(map(css, "<p>这是<em>强调的“文字”</em>。</p>"));
        List<Op> ops = r.pages().get(0).ops();
        var text = ops.stream()
                .filter(o -> o instanceof Op.Text)
                .map(o -> (Op.Text) o)
                .toList();
        var dots = ops.stream()
                .filter(o -> o instanceof Op.Shape)
                .map(o -> (Op.Shape) o)
                .toList();
        // 强调的文字: five characters, the quotes none
        assertThat(dots).hasSize(5).allSatisfy(d -> {
            assertThat(d.artifact()).isEqualTo(Artifact.LAYOUT);
            assertThat(d.path().points()[1]).isGreaterThan(text.get(0).y());
        });
        // the first under 强, the third character, centred on its em
        float[] x = text.get(0).x();
        float first = (dots.get(0).path().points()[0] + dots.get(0).path().points()[12]) / 2;
        assertThat(first).isCloseTo(x[2] + 6f, offset(0.5f));
        // a style the layout cannot do is an error at its line
        assertThat(problems(BASE + "em { text-emphasis: open circle; }", "<p><em>甲</em></p>"))
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("text-emphasis", "open circle"));
        assertThat(problems(BASE + "em { text-emphasis-position: over right; }", "<p><em>甲</em></p>"))
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("text-emphasis-position"));
    }

    /**
     * A list's mark in a size of its own ({@code ::before} in 8 pt before 12 pt text) with {@code vertical-align:
     * middle}: its middle stands on the middle of the characters, not a few points low on their baseline.
     */
    @Test
    void aListsMarkInASmallerSizeIsCentredOnTheCharacters() throws Exception {
        String css = BASE + "p { font-size: 12pt; display: list-item; padding-left: 2em; }\n"
                + "p::before { content: \"●\"; display: inline-block; width: 1.5em; margin-left: -1.5em; "
                + "font-size: 8pt; font-family: 'Noto Sans SC'; vertical-align: middle; }";
        List<Op.Text> text = Layout.of(map(css, "<p>一项</p>")).pages().get(0).ops().stream()
                .filter(o -> o instanceof Op.Text)
                .map(o -> (Op.Text) o)
                .toList();
        Op.Text mark =
                text.stream().filter(t -> t.codePoints()[0] == '●').findFirst().orElseThrow();
        Op.Text words =
                text.stream().filter(t -> t.codePoints()[0] == '一').findFirst().orElseThrow();
        // the middles of the two em boxes, from the fonts' own metrics (y grows downwards)
        float markMiddle = mark.y() - mark.face().central() * mark.size();
        float wordsMiddle = words.y() - words.face().central() * words.size();
        assertThat(markMiddle).isCloseTo(wordsMiddle, offset(0.05f));
        assertThat(mark.y()).isLessThan(words.y() - 1f);
        // without it, the mark stands on the baseline; anything else, or on plain text, is an error at its line
        List<Op.Text> plain =
                Layout.of(map(css.replace(" vertical-align: middle;", ""), "<p>一项</p>")).pages().get(0).ops().stream()
                        .filter(o -> o instanceof Op.Text)
                        .map(o -> (Op.Text) o)
                        .toList();
        assertThat(plain.get(0).y()).isEqualTo(plain.get(1).y());
        assertThat(problems(css.replace("vertical-align: middle", "vertical-align: top"), "<p>一项</p>"))
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("vertical-align", "::before"));
        assertThat(problems(BASE + "p::before { content: \"●\"; vertical-align: middle; }", "<p>一项</p>"))
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("vertical-align", "inline-block"));
    }
}
