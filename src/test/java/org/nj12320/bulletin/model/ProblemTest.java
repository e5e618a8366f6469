package org.nj12320.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {
    private static final SourceRef NOWHERE = null;

    @Test
    void aTitlePrintedOnTwoLinesIsQuotedOnOne() {
        Problem p =
                Problem.warning(NOWHERE, "《2023（17th）中国卫生信息技术/健康医疗大数据应用交流大会\n暨软硬件与健康医疗产品展览会在合肥召开》与上期的一模一样", "换成本期的稿子");
        assertThat(p.message()).isEqualTo("《2023（17th）中国卫生信息技术/健康医疗大数据应用交流大会暨软硬件与健康医疗产品展览会在合肥召开》与上期的一模一样");
    }

    @Test
    void latinWordsAcrossALineBreakKeepTheirSpace() {
        Problem p = Problem.error(NOWHERE, "《Health\r\n  Information》", "see\n\nthe  data");
        assertThat(p.message()).isEqualTo("《Health Information》");
        assertThat(p.hint()).isEqualTo("see the  data");
    }

    @Test
    void aMessageOnOneLineIsLeftAsItIs() {
        String text = "第 17 行（南京市中西医结合医院）的“电话预约”：不能为负数";
        assertThat(Problem.error(NOWHERE, text, null).message()).isSameAs(text);
        assertThat(Problem.error(NOWHERE, text, null).hint()).isNull();
    }
}
