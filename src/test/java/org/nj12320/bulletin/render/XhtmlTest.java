package org.nj12320.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

class XhtmlTest {
    private static final SourceRef TEMPLATES = SourceRef.file("templates");

    @Test
    void everyReferenceToSomethingOutsideThePageIsAnError() {
        String page = "<html><head><style>@import 'x.css'; p { background: url(\"bg.png\") }</style></head><body>"
                + "<img src=\"https://example.com/a.png\"/><a href=\"file:///etc/passwd\">x</a><object data='y.svg'/>"
                + "<a href=\"#s1\">目录</a></body></html>";
        List<Problem> p = Xhtml.externalReferences(page, TEMPLATES, List.of());
        assertThat(p)
                .extracting(Problem::message)
                .containsExactlyInAnyOrder(
                        "模板引用了外部资源“https://example.com/a.png”，排版时不会加载",
                        "模板引用了外部资源“file:///etc/passwd”，排版时不会加载",
                        "模板引用了外部资源“y.svg”，排版时不会加载",
                        "模板引用了外部资源“bg.png”，排版时不会加载",
                        "模板引用了外部资源“x.css”，排版时不会加载");
        assertThat(p).allSatisfy(x -> {
            assertThat(x.isError()).isTrue();
            assertThat(x.where()).isEqualTo(TEMPLATES);
        });
    }

    @Test
    void aPageOfAnchorsOnlyHasNoProblem() {
        assertThat(Xhtml.externalReferences("<body><a href=\"#s2\">统计数据</a></body>", TEMPLATES, List.of()))
                .isEmpty();
    }

    @Test
    void anArticlesWebAddressIsALinkNotAReferenceButNothingElseIs() {
        assertThat(Xhtml.externalReferences(
                        "<body><p><a class=\"url\" href=\"https://www.nj12320.org/a?b=1&amp;c=2\">网址</a></p></body>",
                        TEMPLATES,
                        List.of()))
                .isEmpty();
        // the same link written otherwise, or with another scheme, is a reference as before
        assertThat(Xhtml.externalReferences(
                        "<body><a href=\"https://x.cn\">x</a><a class=\"url\" href=\"javascript:alert(1)\">y</a>"
                                + "<img class=\"url\" src=\"https://x.cn/a.png\"/></body>",
                        TEMPLATES,
                        List.of()))
                .hasSize(3);
    }

    @Test
    void textThatMentionsAReferenceIsNotOne() {
        String page = "<html><head><style>p { color: red }</style></head><body><p>样式写作 url(x.png) 或 @import \"y.css\"，"
                + "链接写作 href=\"http://z\"。</p></body></html>";
        assertThat(Xhtml.externalReferences(page, TEMPLATES, List.of())).isEmpty();
    }

    @Test
    void aReferenceAnEditorWroteIsBlamedOnTheirFile() {
        SourceRef brief = new SourceRef("data/2023-03/briefs.md", 3, 1, "");
        String page = "<body><img src=\"http://example.com/a.png\"/></body>";
        List<Problem> p = Xhtml.externalReferences(
                page,
                TEMPLATES,
                List.of(new org.nj12320.bulletin.model.LocatedText("见 http://example.com/a.png", brief)));
        assertThat(p).singleElement().satisfies(x -> {
            assertThat(x.where()).isEqualTo(brief);
            assertThat(x.message()).contains("http://example.com/a.png");
        });
    }

    @Test
    void theTextOfThePageIsTheTextOfItsBody() {
        String text = Xhtml.text("<html><head><title>题目</title></head><body><p>南京&amp;<b>卫生</b></p></body></html>");
        assertThat(text).doesNotContain("题目", "<", "amp").contains("南京", "卫生");
    }
}
