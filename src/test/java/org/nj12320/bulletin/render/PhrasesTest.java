package org.nj12320.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Where the parts of a unit's name end, marked for a line to break there: the names of both shipped issues. */
class PhrasesTest {
    private static String parts(String name) {
        return Phrases.marked(name).replace(Phrases.END, '|');
    }

    @Test
    void aNameIsMarkedWhereEachOfItsPartsEnds() {
        assertThat(parts("江苏益丰大药房连锁有限公司秦淮区御道街诊所")).isEqualTo("江苏益丰大药房|连锁有限公司|秦淮区|御道街|诊所");
        assertThat(parts("南京市江北新区泰山街道桥荫路社区卫生服务站")).isEqualTo("南京市|江北新区|泰山街道|桥荫路|社区|卫生服务站");
        assertThat(parts("中国医学科学院皮肤病研究所")).isEqualTo("中国医学科学院|皮肤病研究所");
        assertThat(parts("南京市栖霞区医院")).isEqualTo("南京市|栖霞区医院");
        assertThat(parts("江苏省第二中医院")).isEqualTo("江苏省|第二中医院");
    }

    @Test
    void aHeadFollowedByAWordOfItsOwnEndsNoPart() {
        assertThat(parts("南京鼓楼医院集团仪征医院")).isEqualTo("南京鼓楼医院集团|仪征医院");
        assertThat(parts("东南大学附属中大医院")).isEqualTo("东南大学|附属|中大医院");
        assertThat(parts("江苏省省级机关医院")).isEqualTo("江苏省|省级机关医院");
        assertThat(parts("南京市市场监督管理局")).isEqualTo("南京市|市场监督管理局");
        assertThat(parts("南京市浦口区区域医疗中心")).isEqualTo("南京市|浦口区区域医疗中心");
        assertThat(parts("南京市中心医院")).isEqualTo("南京市|中心医院");
        assertThat(parts("泰山街道")).isEqualTo("泰山街道");
        assertThat(parts("东部战区总医院秦淮医疗区")).isEqualTo("东部战区|总医院|秦淮医疗区");
    }

    @Test
    void nothingIsMarkedBesideAMarkOrALatinWordOrInAShortName() {
        assertThat(parts("南京市江宁医院（湖山路）")).isEqualTo("南京市|江宁医院（湖山路）");
        assertThat(parts("南京卫生 12320 微信平台")).isEqualTo("南京卫生 12320 微信平台");
        assertThat(parts("就医 160")).isEqualTo("就医 160");
        assertThat(parts("泰康仙林鼓楼医院")).isEqualTo("泰康仙林鼓楼医院");
    }
}
