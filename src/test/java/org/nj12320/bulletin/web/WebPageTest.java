package org.nj12320.bulletin.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.SourceRef;

/** The stylesheet written into the elements as a browser's cascade would apply it, and what stays in it. */
class WebPageTest {
    private static final SourceRef CSS = SourceRef.file("templates/style/web.css");

    private static String page(String css, String body) {
        return "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"zh-CN\" xml:lang=\"zh-CN\"><head><title>t</title>"
                + "<style>\n" + css + "</style></head><body>" + body + "</body></html>";
    }

    @Test
    void theCascadeDecidesWhatEachElementCarries() throws BulletinException {
        String html = WebPage.finish(
                page(
                        "p { color: blue; margin: 0 }\n"
                                + ".note p { color: green }\n"
                                + "p.x { color: red }\n"
                                + "p { color: black }\n"
                                + "div p { font-size: 12px !important }\n"
                                + ".note p.x { font-size: 20px }\n",
                        "<div class=\"note\"><p class=\"x\" style=\"margin: 4px\">a</p><p>b</p></div><p>c</p>"),
                CSS);
        Document doc = Jsoup.parse(html);
        // .note p and p.x have the same weight: the later wins; the important size wins over a heavier rule;
        // the element's own style comes last
        assertThat(doc.select("p").get(0).attr("style"))
                .contains("color: red", "font-size: 12px !important", "margin: 4px")
                .endsWith("margin: 4px");
        assertThat(doc.select("p").get(1).attr("style"))
                .contains("color: green")
                .doesNotContain("red");
        assertThat(doc.select("p").get(2).attr("style")).contains("color: black");
        assertThat(html).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">");
    }

    @Test
    void whatCannotBeWrittenIntoAnElementStaysInTheStylesheetAlone() throws BulletinException {
        String html = WebPage.finish(
                page(
                        "p { color: blue }\np::before { content: attr(title) }\na:hover { color: red }\n"
                                + "@media (min-width: 600px) { p { color: green !important } }\n",
                        "<p>a</p><a href=\"#x\">b</a>"),
                CSS);
        Document doc = Jsoup.parse(html);
        String style = doc.selectFirst("style").data();
        assertThat(style).contains("::before", ":hover", "@media").doesNotContain("p { color: blue }");
        assertThat(doc.selectFirst("p").attr("style")).isEqualTo("color: blue;");
        assertThat(doc.selectFirst("a").attr("style")).isEmpty();
    }

    @Test
    void aMarkTheStylesheetPutsBeforeOrAfterAnElementIsWrittenIntoThePage() throws BulletinException {
        String html = WebPage.finish(
                page(
                        "p.brief::before { content: \"◆\"; color: #d40000; width: 1.5em }\n"
                                + "p.end::after { content: \"（完）\" }\n",
                        "<p class=\"brief\">一条<b>简讯</b></p><p>正文</p><p class=\"end\">结尾</p>"),
                CSS);
        Document doc = Jsoup.parse(html);
        // the mark is text of the page, styled in its own attribute, hidden from screen readers as decoration
        assertThat(doc.select("p.brief").outerHtml())
                .isEqualTo(
                        "<p class=\"brief\"><span aria-hidden=\"true\" style=\"color: rgb(212, 0, 0); width: 1.5em;\">◆</span>"
                                + "一条<b>简讯</b></p>");
        assertThat(doc.select("p").get(1).text()).isEqualTo("正文");
        assertThat(doc.select("p.end").text()).isEqualTo("结尾（完）");
        // and no longer in the stylesheet, where the browser would put it a second time
        assertThat(doc.selectFirst("style").data()).doesNotContain("::before", "::after");
    }

    @Test
    void aSlipInTheStylesheetIsAnErrorAtItsLine() {
        assertThatThrownBy(
                        () -> WebPage.finish(page("p { color: blue }\n\np { color: ; margin 0 }\n", "<p>a</p>"), CSS))
                .isInstanceOfSatisfying(
                        BulletinException.class,
                        e -> assertThat(e.problems()).anySatisfy(p -> {
                            assertThat(p.where().file()).isEqualTo("templates/style/web.css");
                            assertThat(p.where().line()).isEqualTo(3);
                            assertThat(p.message()).startsWith("网页版样式表有误");
                        }));
    }
}
