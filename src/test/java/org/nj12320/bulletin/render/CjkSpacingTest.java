package org.nj12320.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CjkSpacingTest {
    /** Writes the quarter space as _ to keep the cases readable. */
    private static String spaced(String s) {
        return CjkSpacing.space(s).replace(CjkSpacing.QUARTER, '_');
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "全国337个城市|全国_337_个城市",
                "全国 337 个城市|全国_337_个城市",
                "全国   337  个城市|全国_337_个城市",
                "健康南京APP上架|健康南京_APP_上架",
                "（不含专家咨询） 10326 个|（不含专家咨询）10326_个",
                "主题是：“ AI 大数据”|主题是：“AI_大数据”",
                "CHIMA 2023 大会|CHIMA_2023_大会",
                "www.nj12320.org 健康南京|www.nj12320.org_健康南京",
                "南京市卫生信息中心 编印|南京市卫生信息中心 编印",
                "E-mail：njwsxx@163.com|E-mail：njwsxx@163.com",
                "Only English words here|Only English words here"
            })
    void aQuarterSpaceBetweenChineseAndLatinAndNoneBesideFullWidthMarks(String in, String out) {
        assertThat(spaced(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "会议 The quick brown fox jumps over the lazy dog 结束|会议_The quick brown fox jumps over the lazy dog_结束"
            })
    void aLongLatinPhraseKeepsItsBreakableSpaces(String in, String out) {
        assertThat(spaced(in)).isEqualTo(out);
    }

    /** Markdown's bold, italics and links sit in the line: the boundary runs through their tags. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "<p>共<strong>337</strong>个</p>|<p>共<strong>_337</strong>_个</p>",
                "<p>共 <strong>337</strong> 个</p>|<p>共_<strong>337</strong>_个</p>",
                "<p><strong>CHIMA 2023</strong>的经验</p>|<p><strong>CHIMA_2023</strong>_的经验</p>",
                "<p>召开 <b>CHIMA 2023</b></p>|<p>召开_<b>CHIMA_2023</b></p>",
                "<p>E-mail: <a href=\"#m\">njwsxx at 163</a></p>|<p>E-mail: <a href=\"#m\">njwsxx at 163</a></p>",
                "<p>见<a href=\"#t\">表 1</a>。</p>|<p>见<a href=\"#t\">表_1</a>。</p>",
                "<p>AI <em>model</em> 与 <em>data</em></p>|<p>AI <em>model</em>_与_<em>data</em></p>",
                "<p><span class=\"a\">编印</span> <span class=\"b\">2023</span></p>|<p><span class=\"a\">编印</span> <span class=\"b\">2023</span></p>"
            })
    void theBoundaryRunsThroughInlineElements(String in, String out) {
        String page = "<html><body>" + in + "</body></html>";
        assertThat(CjkSpacing.inXhtml(page).replace(CjkSpacing.QUARTER, '_'))
                .isEqualTo("<html><body>" + out + "</body></html>");
    }

    @org.junit.jupiter.api.Test
    void onlyTheTextOfTheBodyIsSpacedAndItsEscapesSurvive() {
        String page = "<html><head><title>全国337个</title><style>p{content:\"全国337\"}</style></head>"
                + "<body class=\"A1中\"><p title=\"全国337个\">全国337个&amp;AI&lt;中&gt;</p><!-- 全国337个 --><p>中文 AI 中文</p></body></html>";
        assertThat(CjkSpacing.inXhtml(page).replace(CjkSpacing.QUARTER, '_'))
                .isEqualTo(
                        "<html><head><title>全国337个</title><style>p{content:\"全国337\"}</style></head>"
                                + "<body class=\"A1中\"><p title=\"全国337个\">全国_337_个&amp;AI&lt;中&gt;</p><!-- 全国337个 --><p>中文_AI_中文</p></body></html>");
    }
}
