package org.nj12320.bulletin.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Fields of a data file named as an editor names them, rows counted from one. */
class FieldWordsTest {
    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "rows[16]（南京市中西医结合医院）.电话预约|第 17 行（南京市中西医结合医院）的“电话预约”",
                "rows[0]（江宁区）.门急诊信息.实时数据符合率|第 1 行（江宁区）的“门急诊信息”下的“实时数据符合率”",
                "rows[3]|第 4 行",
                "total.given.小计|原表所印合计的“小计”",
                "total.given.门急诊信息.人次|原表所印合计的“门急诊信息”下的“人次”",
                "total.given|原表所印合计",
                "total.label|合计行的名称",
                "figures.累计预约挂号量.given|原表所印的“累计预约挂号量”",
                "figures.province.calls|数字“province”的“calls”",
                "figures.systems[0]（南京市远程医学会诊系统）.new[1]|数字“systems”第 1 项（南京市远程医学会诊系统）的“new”第 2 项",
                "figures.breakdown[2]（电话预约）.count|数字“breakdown”第 3 项（电话预约）的“count”",
                "figures.province.cities[1]（苏州市）.count|数字“province”的“cities”第 2 项（苏州市）的“count”",
                "figures.tickets[0]|数字“tickets”第 1 项",
                "figures.breakdown[0]（咨询类（不含专家咨询））.count|数字“breakdown”第 1 项（咨询类（不含专家咨询））的“count”",
                "rows[15]（南京市江宁医院（湖山路））.电话预约|第 16 行（南京市江宁医院（湖山路））的“电话预约”",
                "rows[2]（E.T. 医院）.数|第 3 行（E.T. 医院）的“数”",
                "notes[1]|第 2 条注释",
                "columns[4].columns[1].name|第 5 列下的第 2 列的“name”",
                "checks[0].row|第 1 条核对的“row”",
                "sections[2]|第 3 个栏目",
                "printed|printed",
                "title|title"
            })
    void aPathIsSaidInWords(String path, String words) {
        assertThat(new SourceRef("a.yaml", 3, 5, path).field()).isEqualTo(words);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {"南京市儿童医院的“电话预约”", "原表合计行的“小计”"})
    void aSpreadsheetsCellIsNamedInWordsAlready(String path) {
        assertThat(SourceRef.cell("a.xlsx", "预约", 4, 3, path).field()).isEqualTo(path);
        assertThat(SourceRef.cell("a.xlsx", "预约", 4, 3, path).location()).isEqualTo("a.xlsx!预约!C4");
        assertThat(SourceRef.cell("a.csv", "", 28, 27, path).location()).isEqualTo("a.csv!AA28");
    }
}
