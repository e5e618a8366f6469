package org.nj12320.bulletin.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.compute.TableView;
import org.nj12320.bulletin.sheet.SheetTable;

class TableSheetsTest {

    @Test
    void aFigureIsWrittenAsTheNumberItCarriesWithTheFormatOfItsPrintedForm() {
        // a text that no longer parses as a number (a thousands separator, another mark) changes nothing
        SheetTable.Out amount = TableSheets.cell(new TableView.CellView(
                "1,629,775.52", "number", false, 1, new TableView.Figure(new BigDecimal("1629775.52"), 2, false)));
        assertThat(amount.number()).isEqualByComparingTo("1629775.52");
        assertThat(amount.format()).isEqualTo("0.00");
        assertThat(amount.text()).isEqualTo("1,629,775.52");

        SheetTable.Out rate = TableSheets.cell(new TableView.CellView(
                "98.30%", "number", false, 1, new TableView.Figure(new BigDecimal("98.30"), 2, true)));
        assertThat(rate.number()).isEqualByComparingTo("0.9830");
        assertThat(rate.format()).isEqualTo("0.00%");

        SheetTable.Out count = TableSheets.cell(new TableView.CellView(
                "55193", "number", false, 1, new TableView.Figure(new BigDecimal("55193"), 0, false)));
        assertThat(count.number()).isEqualByComparingTo("55193");
        assertThat(count.format()).isEqualTo("0");
    }

    @Test
    void wordsAFractionAndAMissingValueStayText() {
        assertThat(TableSheets.cell(new TableView.CellView("5/11", "number", false, 1))
                        .number())
                .isNull();
        assertThat(TableSheets.cell(new TableView.CellView("/", "number", true, 1))
                        .number())
                .isNull();
        SheetTable.Out name = TableSheets.cell(new TableView.CellView("南京市儿童医院", "name", false, 1));
        assertThat(name.number()).isNull();
        assertThat(name.text()).isEqualTo("南京市儿童医院");
    }
}
