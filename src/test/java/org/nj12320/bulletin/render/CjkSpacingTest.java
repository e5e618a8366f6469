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
