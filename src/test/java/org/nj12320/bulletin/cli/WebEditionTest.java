package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nj12320.bulletin.testing.Chromium;
import org.nj12320.bulletin.testing.Pdfs;
import org.nj12320.bulletin.testing.Seed;

import nu.validator.client.EmbeddedValidator;

/**
 * The web edition of both issues: the same text as the PDF, nothing loaded from outside, valid HTML, and in a
 * real browser at a phone's width and a desktop's nothing wider than the screen but the tables' own scroll
 * boxes, the units in view while a table is scrolled, and no serious accessibility fault (axe-core).
 */
// among the longest: started first, so that the others fill the second thread around it
@org.junit.jupiter.api.Order(2)
class WebEditionTest {
    @TempDir
    static Path tmp;

    private static Document page(String period) throws IOException {
        return Jsoup.parse(BuiltIssues.of(period).html().toFile(), "UTF-8");
    }

    private static String compact(String s) {
        // the total of the table the print folds reads “合计：46020” there, “合计 46020” here
        return Seed.compact(s).replace("：", "");
    }

    /** A value that does not exist (/) in a figure column stands right, where the figures stand, as in print. */
    @ParameterizedTest
    @ValueSource(strings = {"2023-03", "2024"})
    void aMissingFigureStandsWhereTheFiguresStand(String period) throws IOException {
        Elements missing = page(period).select("td.number.missing");
        assertThat(missing).isNotEmpty();
        for (Element td : missing) {
            String style = td.attr("style");
            assertThat(style.substring(style.lastIndexOf("text-align:")))
                    .as(td.outerHtml())
                    .startsWith("text-align: right");
        }
    }

    /**
     * Every text of the page is taken out of the PDF's text where it stands: paragraphs, headings, notes, the
     * back matter and each table row. Each must be found; what is left of the PDF is only what print alone
     * has (page numbers, the “（续）” heads) and the words of table headers, which print stacks in its own way.
     */
    @ParameterizedTest
    @ValueSource(strings = {"2023-03", "2024"})
    void holdsEveryRowAndSentenceOfThePdf(String period) throws IOException {
        Document html = page(period);
        String printed;
        try (PDDocument pdf = Loader.loadPDF(BuiltIssues.of(period).pdf().toFile())) {
            printed = compact(Pdfs.body(Pdfs.lines(pdf)));
        }
        List<String> headers = new ArrayList<>();
        for (Element caption : html.select("caption .table-title")) {
            printed = printed.replace(compact(caption.text()) + "（续）", "|");
        }
        List<String> blocks = new ArrayList<>();
        for (Element e : html.select("h1, h2, h3, p, .imprint span, tbody tr")) {
            blocks.add(compact(
                    e.tagName().equals("tr") ? String.join("", e.children().eachText()) : e.text()));
        }
        html.select("thead th").forEach(th -> headers.add(compact(th.text())));
        List<String> missing = new ArrayList<>();
        for (String b : blocks) {
            int at = printed.indexOf(b);
            if (at < 0) {
                missing.add(b);
            } else {
                printed = printed.substring(0, at) + "|" + printed.substring(at + b.length());
            }
        }
        assertThat(missing).as("texts of the web edition not in the PDF").isEmpty();
        assertThat(blocks).hasSizeGreaterThan(period.equals("2024") ? 180 : 100);
        String left = printed.replace("|", "");
        // the header labels that print set whole, the longest first so that none is taken out of a longer one
        for (String h : headers.stream()
                .sorted(java.util.Comparator.comparingInt(String::length).reversed())
                .toList()) {
            left = left.replace(h, "");
        }
        // and the figures in header labels that print set over two lines (“2024 年 / 总量”)
        for (String h : headers) {
            for (String figure : h.split("\\D+")) {
                if (!figure.isEmpty()) {
                    left = left.replace(figure, "");
                }
            }
        }
        assertThat(left)
                .as("no sentence, no figure of the PDF is missing from the web edition")
                .doesNotContain("。", "，", "；")
                .doesNotContainPattern("\\d\\d");
        StringBuilder words = new StringBuilder();
        headers.forEach(words::append);
        for (char c : left.toCharArray()) {
            assertThat(words.indexOf(String.valueOf(c)))
                    .as("“" + c + "” is left of the PDF in: " + left)
                    .isGreaterThanOrEqualTo(0);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-03", "2024"})
    void loadsNothingFromOutside(String period) throws IOException {
        String text = Files.readString(BuiltIssues.of(period).html());
        Document html = page(period);
        assertThat(html.select("link, script, img, iframe, object, embed, video, audio, source"))
                .isEmpty();
        for (Element e : html.select("[src], [href], [srcset], [poster], [data]")) {
            assertThat(e.attr("href")).as(e.outerHtml()).startsWith("#");
        }
        assertThat(text).doesNotContain("url(", "@import", "http:", "https:", "file:");
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        assertThat(html.select("table")).allSatisfy(t -> {
            assertThat(t.select("caption")).hasSize(1);
            assertThat(t.select("th"))
                    .allSatisfy(th -> assertThat(th.attr("scope")).isIn("col", "colgroup", "row"));
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-03", "2024"})
    void theW3cCheckerFindsNoError(String period) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String report = validator.validate(BuiltIssues.of(period).html());
        List<String> errors = report.lines().filter(l -> l.contains("error:")).toList();
        assertThat(errors).as(report).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"2023-03", "2024"})
    void readsOnAPhoneAndOnADesktop(String period) throws Exception {
        Path html = BuiltIssues.of(period).html();
        try (Chromium browser = Chromium.start(Files.createDirectories(tmp.resolve("profile-" + period)))) {
            for (int width : new int[] {390, 1280}) {
                browser.viewport(width, 844, width < 500);
                browser.navigate(html.toUri().toString());
                browser.await("the page", "document.readyState === 'complete' && document.querySelector('table')");
                // nothing but a table's scroll box may reach past the screen's edge
                String over = browser.eval("JSON.stringify([...document.querySelectorAll('body *')]"
                        + ".filter(e => !e.parentElement.closest('.table-scroll'))"
                        + ".filter(e => e.getBoundingClientRect().right > innerWidth + 0.5)"
                        + ".map(e => e.tagName + '.' + e.className))");
                assertThat(over).as("at " + width + " px").isEqualTo("[]");
                assertThat(browser.eval("document.documentElement.scrollWidth <= innerWidth"))
                        .as("the page scrolls sideways at " + width + " px")
                        .isEqualTo("true");
                assertThat(browser.eval("performance.getEntriesByType('resource').length"))
                        .isEqualTo("0");
                browser.keepWholePage(period + "-" + width + ".png");
                if (width == 390) {
                    // a table wider than the phone scrolls in its box, its units staying at the box's left edge
                    String kept = browser.eval("(() => { const box = [...document.querySelectorAll('.table-scroll')]"
                            + ".find(b => b.scrollWidth > b.clientWidth + 20);"
                            + " if (!box) return 'no wide table';"
                            + " box.scrollLeft = 150;"
                            + " const unit = box.querySelector('tbody th[scope=row]');"
                            + " return String(Math.abs(unit.getBoundingClientRect().left - box.getBoundingClientRect().left) < 2"
                            + " && box.scrollLeft > 100); })()");
                    assertThat(kept).isEqualTo("true");
                    // a title or a column's label never parts a year from its 年 (2024 | 年南京市…)
                    String parted = browser.eval("JSON.stringify([...document.querySelectorAll('h1, h2, h3, th')]"
                            + ".filter(h => { const w = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);"
                            + " let top = null, n, bad = false;"
                            + " while ((n = w.nextNode())) for (let i = 0; i < n.length; i++) {"
                            + "  const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);"
                            + "  const b = r.getBoundingClientRect(); if (b.width === 0) continue;"
                            + "  if (top !== null && b.top > top + 2 && n.data[i] === '年') bad = true; top = b.top; }"
                            + " return bad; }).map(h => h.textContent))");
                    assertThat(parted).as("titles at 390 px").isEqualTo("[]");
                    // nor does the text part a number from the character after it (161980 | 人次), as in print
                    String split = browser.eval("JSON.stringify([...document.querySelectorAll('p, li')]"
                            + ".flatMap(h => { const w = document.createTreeWalker(h, NodeFilter.SHOW_TEXT);"
                            + " let top = null, prev = '', n; const out = [];"
                            + " while ((n = w.nextNode())) for (let i = 0; i < n.length; i++) {"
                            + "  const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);"
                            + "  const b = r.getBoundingClientRect(); if (b.width === 0) continue;"
                            + "  const c = n.data[i];"
                            + "  if (top !== null && b.top > top + 2 && /\\d/.test(prev) && /\\p{Script=Han}/u.test(c))"
                            + "   out.push(prev + '|' + c);"
                            + "  top = b.top; if (c.trim()) prev = c; }"
                            + " return out; }))");
                    assertThat(split).as("numbers and units at 390 px").isEqualTo("[]");
                    // a unit's name marked where its parts end wraps there (南京市 / 栖霞区医院), or before a bracket
                    String names = browser.eval(
                            "JSON.stringify([...document.querySelectorAll('tbody .name.phrased')]"
                                    + ".flatMap(h => { let text = '', allowed = new Set(), top = null, out = [], starts = [];"
                                    + " for (const n of h.childNodes) { if (n.nodeName === 'WBR') { allowed.add(text.length); continue; }"
                                    + "  for (let i = 0; i < n.length; i++) {"
                                    + "   const r = document.createRange(); r.setStart(n, i); r.setEnd(n, i + 1);"
                                    + "   const b = r.getBoundingClientRect();"
                                    + "   if (top !== null && b.top > top + 2) starts.push(text.length);"
                                    + "   top = b.top; if ('（('.includes(n.data[i])) allowed.add(text.length); text += n.data[i]; } }"
                                    + " return starts.filter(k => !allowed.has(k)).map(k => text.slice(0, k) + ' / ' + text.slice(k)); }))");
                    assertThat(names)
                            .as("names wrapped inside a part at 390 px")
                            .isEqualTo("[]");
                    assertThat(browser.eval("document.querySelectorAll('tbody .name.phrased').length"))
                            .as("names marked where their parts end")
                            .isNotEqualTo("0");
                    // not only the serious faults: the page has none of any weight, and should keep it so; at the
                    // phone's width, where the wide tables scroll in their boxes (what its rules check of contrast,
                    // names and structure is the same at any width, and a run takes 3 to 7 s of the suite)
                    String faults = browser.eval(axe() + ";axe.run(document, {resultTypes: ['violations']}).then(r =>"
                            + " JSON.stringify(r.violations.map(v => v.impact + ' ' + v.id + ' (' + v.nodes.length"
                            + " + '): ' + v.help)))");
                    assertThat(faults).as("axe-core at " + width + " px").isEqualTo("[]");
                }
            }
        }
    }

    /**
     * Pasted into the WeChat editor, the page loses its stylesheet, its classes and its ids, and the
     * {@code position} of its elements: what each element's own style attribute says must still give it the
     * bulletin's look (the red masthead, the part headings, the header cells' shading, figures to the right).
     */
    @org.junit.jupiter.api.Test
    void looksTheSameWithOnlyItsStyleAttributes() throws Exception {
        Path html = BuiltIssues.of("2023-03").html();
        try (Chromium browser = Chromium.start(Files.createDirectories(tmp.resolve("profile-wechat")))) {
            browser.viewport(390, 844, true);
            browser.navigate(html.toUri().toString());
            browser.await("the page", "document.readyState === 'complete' && document.querySelector('table')");
            String look = "JSON.stringify(window.kept.map(([e, props]) => props.map(p => getComputedStyle(e)[p])))";
            browser.eval("window.kept = ["
                    + "[document.querySelector('.masthead-title'), ['color', 'fontSize', 'textAlign', 'letterSpacing']],"
                    + "[document.querySelector('.masthead-rule'), ['borderTopColor', 'borderTopWidth']],"
                    + "[document.querySelector('h2.part'), ['color', 'borderBottomStyle', 'textAlign']],"
                    + "[document.querySelector('.body p'), ['textIndent', 'lineHeight', 'textAlign']],"
                    + "[document.querySelector('table.data thead th'), ['backgroundColor', 'fontWeight']],"
                    + "[document.querySelector('table.data td.number'), ['textAlign', 'fontVariantNumeric']],"
                    + "[document.querySelector('table.data tbody th'), ['textAlign', 'fontWeight']],"
                    + "[document.querySelector('.table-scroll'), ['overflowX']],"
                    + "[document.querySelector('.colophon'), ['borderTopColor', 'fontSize']]"
                    + "].map(([e, p]) => [e, p]); true");
            String before = browser.eval(look);
            browser.eval("document.querySelectorAll('style').forEach(s => s.remove());"
                    + "document.querySelectorAll('*').forEach(e => { e.removeAttribute('class'); e.removeAttribute('id');"
                    + " e.style.removeProperty('position'); }); true");
            assertThat(browser.eval("document.querySelectorAll('[class], style').length"))
                    .isEqualTo("0");
            assertThat(browser.eval(look))
                    .isEqualTo(before)
                    .contains("rgb(212, 0, 0)", "right", "34px", "rgb(241, 231, 231)");
        }
    }

    static String axe() throws IOException {
        String path = "/META-INF/resources/webjars/axe-core/4.6.3/axe.min.js";
        try (InputStream in = WebEditionTest.class.getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
