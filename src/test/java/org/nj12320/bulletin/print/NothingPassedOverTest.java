package org.nj12320.bulletin.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nj12320.bulletin.layout.Layout;
import org.nj12320.bulletin.layout.Op;
import org.nj12320.bulletin.layout.Page;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.pdf.FontSet;
import org.nj12320.bulletin.world.DiskFolder;

/**
 * The print stylesheet passes nothing over: a page holding each kind of thing the layout sets (a paragraph with
 * bold inside, a list item with its mark, a flex row, a table with caption, columns, header and body, a drawing,
 * running heads and page numbers) is laid out again with one declaration added, and the declaration either
 * changes what is drawn or is an error that names it. A declaration that did neither would be one the layout
 * reads and ignores, which is what this test is for (the values are ones that differ from what the page has).
 */
class NothingPassedOverTest {
    static FontSet fonts;

    @BeforeAll
    static void open() throws Exception {
        fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"));
    }

    @AfterAll
    static void close() {
        fonts.close();
    }

    private static final String CSS = String.join(
            "\n",
            "@page { size: A4; margin: 20mm; @top-center { content: element(head, start); vertical-align: bottom; }",
            "  @bottom-center { content: \"- \" counter(page) \" -\"; vertical-align: top; } }",
            "html { font-family: 'Noto Serif SC'; font-size: 12pt; line-height: 1.5; }",
            "p { margin: 0 0 6pt 0; text-align: justify; }",
            ".head { position: running(head); font-size: 9pt; }",
            ".item { display: list-item; padding-left: 1em; }",
            ".item::before { content: \"◆\"; display: inline-block; width: 1em; margin-left: -1em; }",
            ".row { display: flex; }",
            ".right { margin-left: auto; }",
            "table { border-collapse: collapse; table-layout: fixed; width: 100%; }",
            "th, td { border: 0.5pt solid #000000; padding: 2pt; vertical-align: middle; }",
            "td.n { text-align: right; }",
            "svg { font-family: 'Noto Sans SC'; }",
            "");

    private static final String BODY = String.join(
            "",
            "<div class=\"head\">页眉</div>",
            "<h2>全市卫生健康信息化工作会议暨智慧医疗建设推进会在南京召开各区卫生健康委员会和市属医院参加</h2>",
            "<p class=\"text\">一二三<strong>四五</strong>六七，八九十（一二三）。四五六七八九十一二三四五六七八九十一二三四五六七八九十"
                    + "一二三四五六七八九十一二三四五六七八九十</p>",
            "<p class=\"item\">一项</p>",
            "<div class=\"row\"><span class=\"left\">左</span><span class=\"right\">右</span></div>",
            "<table><caption>表题</caption><colgroup><col style=\"width: 30%\"/><col/></colgroup>",
            "<thead><tr><th>单位</th><th>数</th></tr></thead>",
            "<tbody><tr><td class=\"name\">南京市第一医院南京市第一医院南京市第一医院</td><td class=\"n\">1</td></tr>",
            "<tr class=\"second\"><td class=\"name\">乙</td><td class=\"n\">22</td></tr></tbody></table>",
            "<svg width=\"100\" height=\"40\" font-size=\"9\"><desc>图</desc>",
            "<rect x=\"0\" y=\"0\" width=\"10\" height=\"10\" fill=\"#c00000\"/>",
            "<text x=\"0\" y=\"30\" fill=\"#000000\">字</text></svg>",
            "<p class=\"last\">末段</p>");

    /** What the pages draw, as text: every glyph run, fill and shape with its place, size and colour. */
    private static String drawn(String css) throws BulletinException {
        Layout.Result r = Layout.of(PrintPages.map(css, BODY, fonts));
        List<String> out = new ArrayList<>();
        for (Page p : r.pages()) {
            out.add("page " + p.width() + "x" + p.height());
            for (Op op : p.ops()) {
                if (op instanceof Op.Text t) {
                    out.add("text " + System.identityHashCode(t.face()) + " " + t.size() + " "
                            + t.color().rgb() + " "
                            + t.scaleX() + " " + t.y() + " " + Arrays.toString(t.x()) + " "
                            + Arrays.toString(t.codePoints()));
                } else if (op instanceof Op.Fill f) {
                    out.add("fill " + f.x() + " " + f.y() + " " + f.width() + " " + f.height() + " "
                            + f.color().rgb());
                } else if (op instanceof Op.Shape s) {
                    out.add("shape " + s.path().commands()
                            + Arrays.toString(s.path().points()) + " "
                            + s.color().rgb());
                }
            }
        }
        return String.join("\n", out);
    }

    // (keeping with the block before, and what breaks a page, where there is a page to break: LayoutTest and
    // PartPagesTest)
    @ParameterizedTest(name = "{0} '{'{1}'}'")
    @CsvSource(
            delimiter = '|',
            value = {
                // paragraphs
                "p.text | text-align: left",
                "p.text | text-indent: 2em",
                "p.text | line-height: 2",
                "p.text | letter-spacing: 1pt",
                "p.text | color: #333333",
                "p.text | font-size: 14pt",
                "p.text | font-weight: bold",
                "p.text | margin: 3mm",
                "p.text | padding: 2mm",
                "p.text | border: 1pt solid #000000",
                "p.text | background-color: #eeeeee",
                "p.text | width: 50%",
                "p.text | height: 30mm",
                "p.text | white-space: nowrap",
                "p.text | word-break: keep-all",
                "p.text | text-wrap: balance",
                "p.text | text-spacing-trim: space-all",
                "p.text | text-emphasis: filled dot",
                ".item | break-before: page",
                "p.text | break-after: page",
                "p.text | display: none",
                "p.text | vertical-align: middle",
                // inside a line
                "strong | color: #ff0000",
                "strong | font-size: 20pt",
                "strong | letter-spacing: 2pt",
                "strong | margin-left: 2em",
                "strong | margin-top: 2mm",
                "strong | padding: 2pt",
                "strong | background-color: #eeeeee",
                "strong | white-space: nowrap",
                "strong | text-align: right",
                "strong | text-spacing-trim: space-all",
                // a list item and its mark
                ".item::before | color: #ff0000",
                ".item::before | width: 2em",
                ".item::before | margin-left: -2em",
                ".item::before | padding: 2pt",
                ".item::before | background-color: #eeeeee",
                // a flex row and its pieces
                ".row | height: 20mm",
                ".row | margin-top: 5mm",
                ".right | margin-left: 3em",
                ".right | margin-right: 3em",
                ".right | background-color: #eeeeee",
                // a table
                "table | width: 60%",
                "table | margin-top: 5mm",
                "caption | color: #ff0000",
                "caption | display: none",
                "col | width: 50%",
                "col | background-color: #eeeeee",
                "colgroup | width: 50%",
                "thead | background-color: #eeeeee",
                "tr | background-color: #eeeeee",
                "tr | height: 20mm",
                "tr.second | break-before: page",
                "th | color: #ff0000",
                "td.n | vertical-align: top",
                "td.name | vertical-align: bottom",
                "td.name | text-align: center",
                "td.name | padding: 5pt",
                "td.name | background-color: #eeeeee",
                "td.name | width: 30mm",
                "td.name | display: block",
                // a drawing
                "svg | margin-top: 5mm",
                "svg | font-weight: bold",
                "svg | font-size: 20pt",
                "svg | color: #ff0000",
                "svg | height: 30mm",
                "rect | color: #ff0000",
                "text | font-size: 20pt",
                // a heading
                "h2 | text-wrap: balance",
                "h2 | text-align: center",
                "h2 | letter-spacing: 0.2em",
                // the page itself, and its margin boxes
                "@page | margin: 10mm",
                "@page | color: #ff0000",
                "@page | background-color: #eeeeee",
                "@bottom-center | color: #ff0000",
                "@bottom-center | font-size: 8pt",
                "@bottom-center | padding-top: 8mm",
                "@bottom-center | text-align: left",
                "@bottom-center | margin: 2mm",
                "@bottom-center | text-indent: 2em",
                "@top-center | padding-bottom: 8mm",
                "@top-center | vertical-align: top",
                "body | margin: 10mm",
                "html | background-color: #eeeeee",
                ".head | color: #ff0000",
                ".head | position: running(other)",
            })
    void aDeclarationChangesWhatIsDrawnOrIsAnErrorThatNamesIt(String selector, String declaration) throws Exception {
        String before = drawn(CSS);
        String property = declaration.substring(0, declaration.indexOf(':')).strip();
        // a margin box's declarations are written inside an @page rule
        String rule = selector.startsWith("@top") || selector.startsWith("@bottom")
                ? "@page { " + selector + " { " + declaration + "; } }"
                : selector + " { " + declaration + "; }";
        try {
            String after = drawn(CSS + rule + "\n");
            assertThat(after)
                    .as("what is drawn with %s { %s }", selector, declaration)
                    .isNotEqualTo(before);
        } catch (BulletinException e) {
            assertThat(e.problems())
                    .as("the problems of %s { %s }", selector, declaration)
                    .anySatisfy(p -> {
                        assertThat(p.message())
                                .contains(
                                        property.startsWith("margin")
                                                        || property.startsWith("padding")
                                                        || property.startsWith("border")
                                                ? property.replaceAll("-.*", "")
                                                : property);
                        assertThat(p.where().file()).isEqualTo("templates/style/print.css");
                    });
        }
    }
}
