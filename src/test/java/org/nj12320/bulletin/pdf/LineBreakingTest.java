package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.render.CjkSpacing;
import org.nj12320.bulletin.testing.TextLines;
import org.nj12320.bulletin.testing.TextLines.Line;
import org.nj12320.bulletin.world.DiskFolder;

/**
 * The Chinese typesetting rules, checked on the glyphs of real paragraphs (every paragraph of both shipped
 * issues, and some made to provoke the rules) set justified at measures from 10 to 40 em.
 */
class LineBreakingTest {
    static final float EM = 12f;
    static final float LEFT = 20f * 72f / 25.4f;
    static final int[] MEASURES = {10, 13, 16, 19, 22, 25, 28, 31, 34, 37, 40};
    static final String NO_START = "、，。；：！？％‰℃”’）》」』】〕.,;:!?%)—…";
    static final String NO_END = "“‘（《「『【〔";

    static FontSet fonts;
    static List<String> paragraphs;
    static PDDocument pdf;
    /** The lines of each paragraph at each measure, in the order set. */
    static List<List<Line>> set = new ArrayList<>();

    static List<Integer> measureOf = new ArrayList<>();

    @BeforeAll
    static void setParagraphs() throws Exception {
        fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"));
        paragraphs = new ArrayList<>(shippedParagraphs());
        paragraphs.addAll(List.of(
                "会上提出要以“数字化驱动”为主题……各方代表围绕智慧医院建设——特别是互联互通——展开讨论，并形成共识。",
                "截至2023年3月底，全市12320热线共接听电话55193个，AI辅助应答1093次，CHIMA 2023大会在福州召开。",
                "截至 2023 年 3 月底，全市 12320 热线共接听电话 55193 个，AI 辅助应答 1093 次，CHIMA 2023 大会在福州召开。",
                "本届会议以“医工协同创新共创健康未来”为主题（扬州场），邀请了《中国卫生信息管理杂志》编委会、“互联网+医疗健康”示范单位等。",
                "他说：“好。”随后，大家纷纷表示赞同；会议（第一阶段）结束后……代表们又就此进行了交流！真的吗？是的。"));
        StringBuilder html = new StringBuilder(
                        "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\"><head><title>测试</title><style>")
                .append(Files.readString(Path.of("templates/style/print.css")))
                .append(" .body p { margin-bottom: 1.5em; page-break-inside: avoid; } </style></head><body>");
        for (int m : MEASURES) {
            html.append("<div class=\"body\" style=\"width: ").append(m).append("em; page-break-before: always;\">");
            for (String p : paragraphs) {
                // bold as in the ten events: the renderer may break where an element ends
                html.append("<p>")
                        .append(p.replace("&", "&amp;")
                                .replace("<", "&lt;")
                                .replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>"))
                        .append("</p>");
                measureOf.add(m);
            }
            html.append("</div>");
        }
        html.append("</body></html>");
        // the quarter spaces between Chinese and Latin are the render stage's
        PdfMaker.Pdf out = new PdfMaker(fonts, "templates")
                .make(
                        CjkSpacing.inXhtml(html.toString()),
                        new DocumentInfo(ZonedDateTime.parse("2023-04-27T00:00+08:00"), "test"),
                        java.util.List.of());
        pdf = Loader.loadPDF(out.bytes());
        group(TextLines.of(pdf));
    }

    /** Every paragraph of the shipped articles, without Markdown marks. */
    static List<String> shippedParagraphs() throws IOException {
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("data"))) {
            for (Path p : s.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String body = Files.readString(p)
                        .replaceFirst("(?s)^---.*?\\n---\\n", "")
                        .replaceAll("(?s)<!--.*?-->", "");
                for (String para : body.split("\\n\\s*\\n")) {
                    String t = para.replaceFirst("^(\\d+\\.|-)\\s+", "").strip();
                    if (!t.isEmpty()) {
                        out.add(t);
                    }
                }
            }
        }
        return out;
    }

    /** Splits the lines into paragraphs by the space between them. */
    static void group(List<Line> lines) {
        List<Line> current = new ArrayList<>();
        Line previous = null;
        for (Line l : lines) {
            if (l.text().matches("- \\d+ -")) {
                continue;
            }
            if (previous != null && (l.page() != previous.page() || l.y() - previous.y() > 1.8f * EM * 1.3f)) {
                set.add(current);
                current = new ArrayList<>();
            }
            current.add(l);
            previous = l;
        }
        set.add(current);
    }

    @AfterAll
    static void close() throws IOException {
        pdf.close();
        fonts.close();
    }

    @Test
    void everyParagraphWasSetAtEveryMeasure() {
        assertThat(set).hasSize(paragraphs.size() * MEASURES.length);
    }

    @Test
    void noLineStartsWithAClosingMarkOrEndsWithAnOpeningOne() {
        List<String> bad = new ArrayList<>();
        for (List<Line> para : set) {
            for (Line l : para) {
                String t = l.text().replace("\u2005", "");
                if (NO_START.indexOf(t.charAt(0)) >= 0 || NO_END.indexOf(t.charAt(t.length() - 1)) >= 0) {
                    bad.add(t);
                }
            }
        }
        assertThat(bad).isEmpty();
    }

    @Test
    void dashesAndEllipsesAreNeverSplit() {
        for (List<Line> para : set) {
            for (int i = 1; i < para.size(); i++) {
                String before = para.get(i - 1).text();
                String after = para.get(i).text();
                assertThat(after).doesNotStartWith("—").doesNotStartWith("…");
                if (before.endsWith("—")) {
                    assertThat(before).endsWith("——");
                }
                if (before.endsWith("…")) {
                    assertThat(before).endsWith("……");
                }
            }
        }
    }

    @Test
    void theLastLineOfAParagraphHoldsTwoCharactersAtLeast() {
        for (List<Line> para : set) {
            String last = para.get(para.size() - 1).text().replaceAll("[\\s\\u2005" + NO_START + "]", "");
            assertThat(last.codePointCount(0, last.length()))
                    .as(para.get(para.size() - 1).text())
                    .isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void everyLineButTheLastIsJustifiedToTheMeasure() {
        for (int k = 0; k < set.size(); k++) {
            List<Line> para = set.get(k);
            float measureRight = LEFT + measureOf.get(k) * EM;
            for (int i = 0; i < para.size() - 1; i++) {
                Line l = para.get(i);
                // a full-width mark ending a line has its ink in the left half of its box
                float tolerance = NO_START.indexOf(l.text().charAt(l.text().length() - 1)) >= 0 ? 0.6f * EM : 0.8f;
                assertThat(l.right())
                        .as(l.text())
                        .isCloseTo(measureRight, org.assertj.core.data.Offset.offset(tolerance));
            }
        }
    }

    @Test
    void theFirstLineIsIndentedTwoEm() {
        for (List<Line> para : set) {
            Line first = para.get(0);
            assertThat(first.left())
                    .as(first.text())
                    .isCloseTo(LEFT + 2 * EM, org.assertj.core.data.Offset.offset(0.6f));
            for (int i = 1; i < para.size(); i++) {
                assertThat(para.get(i).left()).isCloseTo(LEFT, org.assertj.core.data.Offset.offset(1.5f));
            }
        }
    }

    @Test
    void chineseAndLatinAreAQuarterEmApartWithOrWithoutASpaceInTheSource() {
        int checked = 0;
        for (List<Line> para : set) {
            for (Line l : para) {
                List<TextPosition> g = l.glyphs().stream()
                        .filter(p ->
                                !p.getUnicode().isBlank() && !p.getUnicode().equals("\u2005"))
                        .toList();
                List<Float> hanGaps = new ArrayList<>();
                for (int i = 1; i < g.size(); i++) {
                    if (isHan(g.get(i - 1)) && isHan(g.get(i))) {
                        hanGaps.add(gap(g.get(i - 1), g.get(i)));
                    }
                }
                if (hanGaps.isEmpty()) {
                    continue;
                }
                float adjust = hanGaps.stream().sorted().toList().get(hanGaps.size() / 2);
                for (int i = 1; i < g.size(); i++) {
                    boolean hl = isHan(g.get(i - 1)) && isLatin(g.get(i));
                    boolean lh = isLatin(g.get(i - 1)) && isHan(g.get(i));
                    // and the words of a short Latin phrase (CHIMA 2023) are not pulled apart either
                    boolean words = isLatin(g.get(i - 1))
                            && isLatin(g.get(i))
                            && gap(g.get(i - 1), g.get(i)) > 0.1f * EM + 2 * adjust;
                    if (hl || lh || words) {
                        // the quarter space is a character too, so the line's own spacing comes twice
                        float extra = gap(g.get(i - 1), g.get(i)) - 2 * adjust;
                        assertThat(extra / EM).as(l.text()).isBetween(0.2f, 0.32f);
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    private static float gap(TextPosition a, TextPosition b) {
        return b.getXDirAdj() - (a.getXDirAdj() + a.getWidthDirAdj());
    }

    private static boolean isHan(TextPosition p) {
        int cp = p.getUnicode().codePointAt(0);
        return cp >= 0x4E00 && cp <= 0x9FFF;
    }

    private static boolean isLatin(TextPosition p) {
        int cp = p.getUnicode().codePointAt(0);
        return (cp >= '0' && cp <= '9') || (cp >= 'A' && cp <= 'Z') || (cp >= 'a' && cp <= 'z');
    }
}
