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
        List<Problem> p = Xhtml.externalReferences(page, TEMPLATES);
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
        assertThat(Xhtml.externalReferences("<body><a href=\"#s2\">统计数据</a></body>", TEMPLATES))
                .isEmpty();
    }

    @Test
    void theTextOfThePageIsTheTextOfItsBody() {
        String text = Xhtml.text("<html><head><title>题目</title></head><body><p>南京&amp;<b>卫生</b></p></body></html>");
        assertThat(text).doesNotContain("题目", "<", "amp").contains("南京", "卫生");
    }
}
