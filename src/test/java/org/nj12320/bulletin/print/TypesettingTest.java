package org.nj12320.bulletin.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.pdf.FontSet;
import org.nj12320.bulletin.testing.Printing;
import org.nj12320.bulletin.testing.TextLines;
import org.nj12320.bulletin.testing.Typography;
import org.nj12320.bulletin.world.DiskFolder;

/**
 * The rules of Chinese typesetting, measured on the glyphs of the PDF: every paragraph of both shipped issues and
 * paragraphs made to hold every pair of marks, ellipses, dashes, numbers, Latin and bold, set justified at
 * measures from 15 to 40 em. {@code bench/typography} measures Typst's setting of the same text the same way.
 */
class TypesettingTest {
    static final float EM = 12f;
    static final float LEFT = 20f * 72f / 25.4f;
    static final int[] MEASURES = {15, 18, 20, 22, 25, 28, 30, 33, 35, 38, 40};

    /** Paragraphs that provoke the rules: every class of adjacent marks, ……, ——, numbers, Latin, bold. */
    static final List<String> PROVOKING = List.of(
            "会上提出要以“数字化驱动”为主题……各方代表围绕智慧医院建设——特别是互联互通——展开讨论，并形成共识。",
            "截至2023年3月底，全市12320热线共接听电话55193个，AI辅助应答1093次，CHIMA 2023大会在福州召开。",
            "截至 2023 年 3 月底，全市 12320 热线共接听电话 55193 个，AI 辅助应答 1093 次，CHIMA 2023 大会在福州召开。",
            "本届会议以“医工协同创新共创健康未来”为主题（扬州场），邀请了《中国卫生信息管理杂志》编委会、“互联网+医疗健康”示范单位等。",
            "他说：“好。”随后，大家纷纷表示赞同；会议（第一阶段）结束后……代表们又就此进行了交流！真的吗？是的。",
            "《健康南京》（第3期）、《南京卫生》（第4期）与“12320”（热线）都刊登了消息：“数据治理”、“互联互通”、“智慧医院”。",
            "他问：“《规划》（2023—2025年）何时印发？”答：“本月。”又问：“还有呢？”（略）。",
            "**新增“检查检验报告查询”功能**，群众在手机上即可查看报告（含影像）；**上线“出院小结”（电子版）**。",
            "全市共有医疗机构337家（含社区卫生服务中心），其中三级医院29家、二级医院51家（不含专科）；基层机构……共计257家。");

    static FontSet fonts;
    static PDDocument pdf;
    static Typography.Figures figures;
    static int paragraphs;

    @BeforeAll
    static void setParagraphs() throws Exception {
        fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"));
        List<String> texts = new ArrayList<>(shippedParagraphs());
        texts.addAll(PROVOKING);
        StringBuilder css = new StringBuilder("@page { size: A4; margin: 20mm 10mm 20mm 20mm }"
                + " body { font-family: 'Noto Serif SC', 'Noto Serif SC Ext'; font-size: 12pt; line-height: 1.8 }"
                + " p { text-align: justify; text-indent: 2em; margin: 0 0 1.5em 0; orphans: 1; widows: 1 }"
                + " p.measure { text-indent: 0; text-align: left }"
                + " div.measure { page-break-before: always }"
                + " strong { font-family: 'Noto Sans SC', 'Noto Sans SC Ext'; font-weight: bold }");
        StringBuilder body = new StringBuilder();
        for (int m : MEASURES) {
            css.append(" .m").append(m).append(" { width: ").append(m * EM).append("pt }");
            body.append("<div class=\"measure m")
                    .append(m)
                    .append("\"><p class=\"measure\">")
                    .append(m)
                    .append("em</p>");
            for (String p : texts) {
                body.append("<p>")
                        .append(p.replace("&", "&amp;")
                                .replace("<", "&lt;")
                                .replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>"))
                        .append("</p>");
                paragraphs++;
            }
            body.append("</div>");
        }
        byte[] bytes = Printing.pdf(fonts, css.toString(), body.toString());
        Path out = Path.of("target/typesetting.pdf");
        Files.createDirectories(out.getParent());
        Files.write(out, bytes);
        // the same text for Typst, which bench/typography compiles and measures beside ours
        Files.writeString(Path.of("target/typesetting.typ"), typst(texts));
        pdf = Loader.loadPDF(bytes);
        figures = Typography.measure(pdf, LEFT, EM);
    }

    /**
     * The paragraphs as a Typst document set as ours are: Noto Serif SC 12 pt, justified, 2-em indent, each
     * measure on pages of its own whose left margin is ours.
     */
    static String typst(List<String> texts) {
        StringBuilder t =
                new StringBuilder("#set text(font: \"Noto Serif SC\", size: 12pt, lang: \"zh\", region: \"cn\")\n"
                        + "#set par(justify: true, first-line-indent: (amount: 2em, all: true), leading: 0.8em,"
                        + " spacing: 1.5em)\n"
                        + "#show strong: set text(font: \"Noto Sans SC\", weight: \"bold\")\n");
        for (int m : MEASURES) {
            t.append(
                            "#set page(width: 210mm, height: 297mm, margin: (top: 20mm, bottom: 20mm, left: 20mm, right: 210mm - 20mm - ")
                    .append(m * EM)
                    .append("pt))\n#pagebreak(weak: true)\n#block(par(first-line-indent: 0pt)[")
                    .append(m)
                    .append("em])\n\n");
            for (String p : texts) {
                t.append(escapeTypst(p).replaceAll("\\*\\*(.+?)\\*\\*", "*$1*")).append("\n\n");
            }
        }
        return t.toString();
    }

    private static String escapeTypst(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            if ("#_$<>@[]\\/`~=-+'\"".indexOf(c) >= 0) {
                b.append('\\');
            }
            b.append(c);
        }
        // the bold marks, escaped above, are made Typst's strong again by the caller
        return b.toString().replace("\\*\\*", "**").replace("\\*", "*");
    }

    /** With {@code -Dtypst.pdf=…}, Typst's setting of the same text measured beside ours (a report, no test). */
    @Test
    void reportBesideTypst() throws IOException {
        List<String> ours = figures.report();
        String typst = System.getProperty("typst.pdf");
        if (typst == null || !Files.exists(Path.of(typst))) {
            ours.forEach(System.out::println);
            return;
        }
        try (PDDocument t = Loader.loadPDF(Path.of(typst).toFile())) {
            List<String> theirs = Typography.measure(t, LEFT, EM).report();
            System.out.println(String.format("%-80s | %s", "this project", "Typst"));
            for (int i = 0; i < ours.size(); i++) {
                String label = ours.get(i).substring(0, 33);
                System.out.println(
                        String.format("%-80s | %s", ours.get(i), theirs.get(i).substring(33))
                                .replace(label, label));
            }
        }
    }

    /** Every paragraph of the shipped articles, without Markdown marks but bold. */
    static List<String> shippedParagraphs() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("data"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String body = Files.readString(p)
                        .replaceFirst("(?s)^---.*?\\n---\\n", "")
                        .replaceAll("(?s)<!--.*?-->", "");
                for (String para : body.split("\\n\\s*\\n")) {
                    String t = para.replaceFirst("^(\\d+\\.|-)\\s+", "")
                            .replace("\n", "")
                            .strip();
                    if (!t.isEmpty()) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
        fonts.close();
    }

    @Test
    void everyParagraphWasSetAtEveryMeasure() {
        assertThat(figures.finalLines).isEqualTo(paragraphs);
    }

    @Test
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne() {
        assertThat(figures.startViolations).isEmpty();
        assertThat(figures.endViolations).isEmpty();
        assertThat(figures.splitPairs)
                .as("—— and …… whole, never at a line's start")
                .isEmpty();
    }

    @Test
    void everyFullLineIsFlushWithTheMeasure() {
        assertThat(figures.ragged).isEmpty();
        assertThat(figures.flush).isEqualTo(figures.nonFinal);
    }

    @Test
    void aMarkEndingALineIsSetHalfWidth() {
        assertThat(figures.lineEndMarks).hasSizeGreaterThan(100);
        assertThat(figures.lineEndMarks).allSatisfy(w -> assertThat(w).isBetween(0.45f, 0.55f));
    }

    /**
     * A mark that gave its blank half up to fill the line is drawn no wider than what it was given: a reader that
     * selects or reads the text finds every line's box within the measure.
     */
    @Test
    void noGlyphsBoxRunsPastTheMeasure() {
        assertThat(figures.pastMeasure).isEmpty();
    }

    /** A number stays with the character after it (2019 年, 161980 人次) wherever the paragraph sets as well. */
    @Test
    void aNumberIsSeldomPartedFromTheCharacterAfterIt() {
        assertThat(figures.numberSplits).as("of %d lines", figures.lines).hasSizeLessThan(figures.lines / 200);
    }

    @Test
    void anOpeningMarkStartingALineIsSetHalfWidth() {
        assertThat(figures.lineStartOpening).isNotEmpty();
        assertThat(figures.lineStartOpening).allSatisfy(w -> assertThat(w).isBetween(0.45f, 0.55f));
    }

    @Test
    void adjacentMarksTakeOneAndAHalfEmAtMost() {
        assertThat(figures.closeOpenPairs).hasSizeGreaterThan(50);
        assertThat(figures.closeClosePairs).hasSizeGreaterThan(50);
        assertThat(figures.widestPairs).isEmpty();
    }

    @Test
    void justificationSpacesCharactersLittle() {
        assertThat(figures.max(figures.letterSpacing))
                .as(figures.loosest.toString())
                .isLessThanOrEqualTo(0.15f);
        assertThat(figures.quantile(figures.letterSpacing, 0.95))
                .as("at most 0.05 em on 95 % of lines")
                .isLessThanOrEqualTo(0.05f);
    }

    @Test
    void chineseAndLatinAreAQuarterToAnEighthOfAnEmApart() {
        assertThat(figures.hanLatin).hasSizeGreaterThan(200);
        assertThat(figures.hanLatinOut).isEmpty();
    }

    @Test
    void copiedTextHasASpaceBetweenChineseAndLatinAndEveryMarkAsItself() throws IOException {
        org.apache.pdfbox.text.PDFTextStripper stripper = new org.apache.pdfbox.text.PDFTextStripper();
        String text = stripper.getText(pdf).replaceAll("\\R", "");
        assertThat(text)
                .contains("全市\u200512320\u2005热线共接听电话\u200555193\u2005个")
                .contains("他说：“好。”随后，大家纷纷表示赞同；会议（第一阶段）结束后……代表们")
                .contains("《健康南京》（第\u20053\u2005期）、《南京卫生》")
                .contains("年会——中国医院信息网络大会");
        assertThat(Character.isSpaceChar('\u2005'))
                .as("U+2005 copies as a space")
                .isTrue();
    }

    @Test
    void aDashOfTwoIsOneUnbrokenRule() {
        assertThat(figures.dashes).isGreaterThan(20);
        assertThat(figures.brokenDashes).isEmpty();
    }

    /**
     * A web address longer than a line, in the body text under the shipped stylesheet, at every measure: no line
     * runs past the measure, the address breaks only where its parts meet (after a slash, before a dot or a hyphen), and copied, it is whole.
     */
    @Test
    void aWordTooLongForItsLineBreaksWhereItsPartsMeetAndNeverRunsPastTheMeasure() throws Exception {
        String url = "https://www.example.org/news/2023/04/15/chima-conference-report-detailed-version.html";
        String css = Files.readString(Path.of("templates/style/print.css"));
        StringBuilder body = new StringBuilder();
        for (int m : MEASURES) {
            css += " .w" + m + " { width: " + (m * EM) + "pt; page-break-before: always }";
            body.append("<div class=\"body w")
                    .append(m)
                    .append("\">")
                    .append("<p>详情见 ")
                    .append(url)
                    .append(" ，或致电025-83626620咨询。</p></div>");
        }
        try (PDDocument doc = Loader.loadPDF(Printing.pdf(fonts, css, body.toString()))) {
            List<TextLines.Line> lines = TextLines.of(doc);
            StringBuilder all = new StringBuilder();
            List<String> joints = new ArrayList<>();
            TextLines.Line before = null;
            for (var l : lines) {
                if (l.text().matches("- \\d+ -")) {
                    continue; // the page's footer
                }
                all.append(l.text());
                // one measure a page
                assertThat(l.right()).as(l.text()).isLessThanOrEqualTo(LEFT + MEASURES[l.page() - 1] * EM + 0.5f);
                if (before != null
                        && before.page() == l.page()
                        && url.contains(last(before.text()) + l.text().substring(0, 1))) {
                    joints.add(last(before.text()) + "|" + l.text().charAt(0));
                }
                before = l;
            }
            assertThat(all.toString().replace("\u2005", " ")).contains(url);
            // the address broken at every measure, only after a slash or before a dot or a hyphen
            assertThat(joints).hasSizeGreaterThan(MEASURES.length);
            assertThat(joints).allSatisfy(j -> assertThat(j).matches("/\\|[^/]|[a-z0-9]\\|[.-]"));
        }
    }

    private static String last(String s) {
        return s.isEmpty() ? "" : s.substring(s.length() - 1);
    }
}
