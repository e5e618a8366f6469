package org.nj12320.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.compute.TableView;

class HeaderGridTest {
    private static TableView.Header column(String label) {
        return new TableView.Header(label, "number", List.of());
    }

    private static TableView.Header group(String label, TableView.Header... children) {
        return new TableView.Header(label, "group", List.of(children));
    }

    /** 区 | 转诊 over (门诊 over 本年, 累计) and 其他: three header rows. */
    private static final List<TableView.Header> THREE_LEVELS = List.of(
            new TableView.Header("区", "name", List.of()),
            group("转诊", group("门诊", column("本年"), column("累计")), column("其他")));

    @Test
    void spanningCellsReachDownToTheLastRow() {
        List<List<HeaderGrid.Cell>> h = HeaderGrid.spanning(THREE_LEVELS);
        assertThat(h).hasSize(3);
        assertThat(h.get(0)).extracting(HeaderGrid.Cell::label).containsExactly("区", "转诊");
        assertThat(h.get(0)).extracting(HeaderGrid.Cell::rowspan).containsExactly(3, 1);
        assertThat(h.get(0).get(1).colspan()).isEqualTo(3);
        assertThat(h.get(1)).extracting(HeaderGrid.Cell::label).containsExactly("门诊", "其他");
        assertThat(h.get(1)).extracting(HeaderGrid.Cell::rowspan).containsExactly(1, 2);
        assertThat(h.get(2)).extracting(HeaderGrid.Cell::label).containsExactly("本年", "累计");
    }
}
