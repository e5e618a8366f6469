package org.nj12320.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.compute.TableView;

class ColumnWidthsTest {
    private static TableView.Header header(String label) {
        return new TableView.Header(label, "number", List.of());
    }

    private static TableView.CellView cell(String text) {
        return new TableView.CellView(text, "number", false, 1);
    }

    /** A table of one row under the given labels, its first column names when {@code named}. */
    private static TableView table(List<String> labels, List<String> row, boolean named) {
        List<TableView.ColumnView> columns = new java.util.ArrayList<>();
        for (int c = 0; c < labels.size(); c++) {
            columns.add(new TableView.ColumnView(
                    labels.get(c), labels.get(c), named && c == 0 ? "name" : "number", "count"));
        }
        List<TableView.Header> header =
                labels.stream().map(ColumnWidthsTest::header).toList();
        List<TableView.CellView> cells =
                row.stream().map(ColumnWidthsTest::cell).toList();
        return new TableView("t", "表", null, header, columns, List.of(new TableView.RowView(cells)), null, List.of());
    }

    private static TableView table(List<String> labels, List<String> row) {
        return table(labels, row, false);
    }

    private static double sum(List<Double> widths) {
        return widths.stream().mapToDouble(Double::doubleValue).sum();
    }

    @Test
    void textIsMeasuredInEms() {
        assertThat(ColumnWidths.width("南京")).isEqualTo(2.0);
        assertThat(ColumnWidths.width("１２")).isEqualTo(2.0);
        assertThat(ColumnWidths.width("12")).isEqualTo(1.12, within(1e-9));
        assertThat(ColumnWidths.width("A%")).isEqualTo(1.4, within(1e-9));
    }

    @Test
    void theWidthsShareTheWholeTable() {
        List<Double> w =
                ColumnWidths.of(table(List.of("单位", "数据上传量", "实时数据符合率"), List.of("南京市儿童医院", "13977825", "48.00%")), 53);
        assertThat(w).hasSize(3);
        assertThat(sum(w)).isCloseTo(100, within(0.05));
    }

    @Test
    void withRoomEnoughEveryHeaderStaysOnOneLineAndWiderFiguresGetWiderColumns() {
        List<Double> w = ColumnWidths.of(table(List.of("甲", "乙"), List.of("1", "1234567890")), 53);
        // 1.2 em of padding on each: 甲 gets its minimum of 3.2 em, 乙 its ten digits, 5.6 + 1.2
        assertThat(w.get(1) / w.get(0)).isCloseTo(6.8 / 3.2, within(0.01));
    }

    @Test
    void whenTheRoomIsShortLongHeadersWrapButFiguresNeverDo() {
        String label = "实时数据表单上传情况的说明文字";
        double total = 16;
        List<Double> w = ColumnWidths.of(table(List.of(label, "数"), List.of("1", "123456789012")), total);
        // the figure column keeps the width of its twelve digits; the header's column narrows, to a third of the label
        assertThat(w.get(1) / 100 * total).isGreaterThanOrEqualTo(12 * 0.56 + 1.2 - 0.01);
        assertThat(w.get(0) / 100 * total).isLessThan(ColumnWidths.width(label));
    }

    @Test
    void aLabelTheEditorBrokeIsAsWideAsItsLongestLine() {
        List<Double> broken = ColumnWidths.of(table(List.of("2024 年\n总量", "累计总量"), List.of("1", "1")), 53);
        // 2024 年 is 3.54 em, 累计总量 4 em: each with its padding
        assertThat(broken.get(0) / broken.get(1)).isCloseTo((3.54 + 1.2) / (4 + 1.2), within(0.01));
    }

    @Test
    void aLongNameWrapsInsideItsColumnAndTheFiguresKeepTheirWidth() {
        String name = "南京医科大学附属医院健康管理中心信息科数据上报工作组".repeat(4);
        List<Double> w = ColumnWidths.of(
                table(List.of("单位", "数据上传量", "实时数据符合率"), List.of(name, "25704275", "95.10%"), true), 30);
        assertThat(sum(w)).isCloseTo(100, within(0.05));
        // the figures keep what their widest figure needs, the labels go into three lines, the name takes the rest
        assertThat(w.get(1) / 100 * 30).isGreaterThanOrEqualTo(ColumnWidths.width("25704275") + 1.2 - 0.01);
        assertThat(w.get(2) / 100 * 30).isGreaterThanOrEqualTo(ColumnWidths.width("95.10%") + 1.2 - 0.01);
        assertThat(w.get(0) / 100 * 30)
                .isLessThan(ColumnWidths.width(name))
                .isGreaterThanOrEqualTo(ColumnWidths.WRAPPED);
    }

    @Test
    void aNameThatFitsStaysOnOneLineWhileTheLabelsWrap() {
        List<Double> w = ColumnWidths.of(
                table(List.of("单位", "实时数据表单上传情况", "实时数据符合率"), List.of("南京市儿童医院", "11/11", "48.00%"), true), 20);
        assertThat(w.get(0) / 100 * 20).isGreaterThanOrEqualTo(ColumnWidths.width("南京市儿童医院") + 1.2 - 0.01);
    }

    @Test
    void figuresThatCannotFitAreRefusedRatherThanOverprinted() {
        List<String> labels =
                java.util.stream.IntStream.range(0, 12).mapToObj(i -> "列" + i).toList();
        List<String> row = labels.stream().map(l -> "123456789012").toList();
        assertThatThrownBy(() -> ColumnWidths.of(table(labels, row), 53))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("表格《表》")
                .hasMessageContaining("53 em");
    }
}
