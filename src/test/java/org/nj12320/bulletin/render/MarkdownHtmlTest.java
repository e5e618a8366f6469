package org.nj12320.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownHtmlTest {
    @Test
    void paragraphsAndEmphasis() {
        assertThat(MarkdownHtml.toHtml("第一段，**加粗**和*强调*。\n\n第二段。"))
                .isEqualTo("<p>第一段，<strong>加粗</strong>和<em>强调</em>。</p>\n<p>第二段。</p>\n");
    }

    @Test
    void boldThatStartsOrEndsWithAChineseMarkIsBold() {
        assertThat(MarkdownHtml.toHtml("新增**“检查检验报告查询”**功能。")).isEqualTo("<p>新增<strong>“检查检验报告查询”</strong>功能。</p>\n");
        assertThat(MarkdownHtml.toHtml("- 上线**《健康南京》**客户端，**“一键预约”**可用\n"))
                .isEqualTo("<p class=\"brief\">上线<strong>《健康南京》</strong>客户端，<strong>“一键预约”</strong>可用</p>\n");
        assertThat(MarkdownHtml.toHtml("1. **“数字健康”行动**。全面推进。\n"))
                .contains("<span class=\"marker\">一、</span><strong>“数字健康”行动</strong>。全面推进。");
        // bold that CommonMark sees stays as it is, with italic inside it
        assertThat(MarkdownHtml.toHtml("**加粗*斜*体**。")).isEqualTo("<p><strong>加粗<em>斜</em>体</strong>。</p>\n");
        // an odd one is no bold
        assertThat(MarkdownHtml.toHtml("甲**乙")).isEqualTo("<p>甲**乙</p>\n");
    }

    @Test
    void anEditorsLineWrapJoinsChineseWithoutASpaceAndLatinWithOne() {
        assertThat(MarkdownHtml.toHtml("全市卫生\n信息化")).isEqualTo("<p>全市卫生信息化</p>\n");
        assertThat(MarkdownHtml.toHtml("CHIMA\nconference")).isEqualTo("<p>CHIMA conference</p>\n");
    }

    @Test
    void aNumberedListIsNumberedInChineseFromWhereItStarts() {
        assertThat(MarkdownHtml.toHtml("1. 甲\n2. 乙\n"))
                .isEqualTo("<p class=\"item\"><span class=\"marker\">一、</span>甲</p>\n"
                        + "<p class=\"item\"><span class=\"marker\">二、</span>乙</p>\n");
        assertThat(MarkdownHtml.toHtml("10. 癸\n")).contains("<span class=\"marker\">十、</span>癸");
    }

    @Test
    void anIndentTypedWithIdeographicSpacesGivesWayToTheStylesheets() {
        assertThat(MarkdownHtml.toHtml("\u3000\u3000全市卫生信息化。\n\n\u3000\u3000**加粗**开头。"))
                .isEqualTo("<p>全市卫生信息化。</p>\n<p><strong>加粗</strong>开头。</p>\n");
        // inside a paragraph, one is the editor's to keep
        assertThat(MarkdownHtml.toHtml("提高\u30000.3 级。")).isEqualTo("<p>提高\u30000.3 级。</p>\n");
        assertThat(MarkdownHtml.toHtml("- \u3000会讯\n")).isEqualTo("<p class=\"brief\">会讯</p>\n");
    }

    @Test
    void aQuotedPassageIsSetIn() {
        assertThat(MarkdownHtml.toHtml("他说：\n\n> 要坚持以人民健康为中心。\n\n随后。"))
                .isEqualTo("<p>他说：</p>\n<p class=\"quote\">要坚持以人民健康为中心。</p>\n<p>随后。</p>\n");
    }

    @Test
    void aLinkPrintsItsWordsAndItsAddress() {
        assertThat(MarkdownHtml.toHtml("详见[南京卫生 12320 网](https://www.nj12320.org)。"))
                .isEqualTo("<p>详见南京卫生 12320 网（<span class=\"url\">https://www.nj12320.org</span>）。</p>\n");
        // words that are the address, or an address written as one, print once
        assertThat(MarkdownHtml.toHtml("见 <https://www.nj12320.org>。"))
                .isEqualTo("<p>见 <span class=\"url\">https://www.nj12320.org</span>。</p>\n");
        assertThat(MarkdownHtml.toHtml("来信 <njwsxx@163.com>。")).isEqualTo("<p>来信 njwsxx@163.com。</p>\n");
        assertThat(MarkdownHtml.toHtml("[](https://a.cn/?x=1&y=2)"))
                .isEqualTo("<p><span class=\"url\">https://a.cn/?x=1&amp;y=2</span></p>\n");
        // on the web an address with its scheme is a link
        assertThat(MarkdownHtml.toHtml("详见[网站](https://www.nj12320.org)、www.nj12320.org。", 4, true))
                .isEqualTo("<p>详见网站（<a class=\"url\" href=\"https://www.nj12320.org\">https://www.nj12320.org</a>）、"
                        + "<span class=\"url\">www.nj12320.org</span>。</p>\n");
        // an address in the text is marked as one too, without the stop after it
        assertThat(MarkdownHtml.toHtml("详情见 https://www.example.org/news/2023.html. 或 www.nj12320.org，电话。"))
                .isEqualTo("<p>详情见 <span class=\"url\">https://www.example.org/news/2023.html</span>. 或 "
                        + "<span class=\"url\">www.nj12320.org</span>，电话。</p>\n");
    }

    @Test
    void aBulletListIsASeriesOfBriefs() {
        assertThat(MarkdownHtml.toHtml("- 会讯一\n- 会讯二\n"))
                .isEqualTo("<p class=\"brief\">会讯一</p>\n<p class=\"brief\">会讯二</p>\n");
    }

    @Test
    void rawHtmlIsPrintedAsTextAndCommentsAreLeftOut() {
        assertThat(MarkdownHtml.toHtml("<script>alert(1)</script>\n"))
                .isEqualTo("<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
        assertThat(MarkdownHtml.toHtml("甲<b>乙</b>丙")).isEqualTo("<p>甲&lt;b&gt;乙&lt;/b&gt;丙</p>\n");
        // but a line break typed as HTML breaks the line
        assertThat(MarkdownHtml.toHtml("甲<br>乙<BR />丙<br class=\"x\">丁"))
                .isEqualTo("<p>甲<br/>乙<br/>丙&lt;br class=&quot;x&quot;&gt;丁</p>\n");
        assertThat(MarkdownHtml.toHtml("<!-- 给下一位编辑的话 -->\n\n正文。")).isEqualTo("<p>正文。</p>\n");
        assertThat(MarkdownHtml.toHtml("a < b & c")).isEqualTo("<p>a &lt; b &amp; c</p>\n");
    }

    @Test
    void whatTheBulletinHasNoPlaceForIsSetAsPlainText() {
        assertThat(MarkdownHtml.toHtml("## 小标题\n", 3)).isEqualTo("<h3 class=\"subhead\">小标题</h3>\n");
        assertThat(MarkdownHtml.toHtml("# 小标题\n", 4)).isEqualTo("<h4 class=\"subhead\">小标题</h4>\n");
        assertThat(MarkdownHtml.toHtml("```\n代码\n```\n")).isEqualTo("<p>代码</p>\n");
        assertThat(MarkdownHtml.toHtml("甲\n\n---\n\n乙")).isEqualTo("<p>甲</p>\n<p>乙</p>\n");
        assertThat(MarkdownHtml.toHtml("`12320`")).isEqualTo("<p>12320</p>\n");
    }
}
