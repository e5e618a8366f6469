package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CjkSpacingTest {
    private static String mutated(String body) throws Exception {
        var f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        org.w3c.dom.Document doc = f.newDocumentBuilder().parse(new org.xml.sax.InputSource(new java.io.StringReader(
                "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body>" + body + "</body></html>")));
        new CjkSpacing().mutateDocument(doc);
        var out = new java.io.StringWriter();
        var t = javax.xml.transform.TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(javax.xml.transform.OutputKeys.OMIT_XML_DECLARATION, "yes");
        t.transform(new javax.xml.transform.dom.DOMSource(doc.getDocumentElement().getFirstChild()), new javax.xml.transform.stream.StreamResult(out));
        return out.toString().replaceAll(" xmlns=\"[^\"]*\"", "");
    }

    @org.junit.jupiter.api.Test
    void marksAreKeptWithTheElementTheyFollowOrPrecede() throws Exception {
        assertThat(mutated("<p>一、<strong>突出政治引领</strong>。深入学习</p>")).isEqualTo("<body><p>一、<strong>突出政治引领。</strong>深入学习</p></body>");
        assertThat(mutated("<p>主题是“<em>数字化</em>”。</p>")).isEqualTo("<body><p>主题是<em>“数字化”。</em></p></body>");
        assertThat(mutated("<p>全国<b>337</b>个</p>")).isEqualTo("<body><p>全国<b>337</b>个</p></body>");
    }

    /** Writes the quarter space as _ to keep the cases readable. */
    private static String spaced(String s) {
        return CjkSpacing.space(s).replace(CjkSpacing.QUARTER, '_');
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
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
            "Only English words here|Only English words here"})
    void aQuarterSpaceBetweenChineseAndLatinAndNoneBesideFullWidthMarks(String in, String out) {
        assertThat(spaced(in)).isEqualTo(out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "会议 The quick brown fox jumps over the lazy dog 结束|会议_The quick brown fox jumps over the lazy dog_结束"})
    void aLongLatinPhraseKeepsItsBreakableSpaces(String in, String out) {
        assertThat(spaced(in)).isEqualTo(out);
    }
}
