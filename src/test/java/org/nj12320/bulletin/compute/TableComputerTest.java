package org.nj12320.bulletin.compute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.nj12320.bulletin.compute.Tables.atMost;
import static org.nj12320.bulletin.compute.Tables.count;
import static org.nj12320.bulletin.compute.Tables.decimal;
import static org.nj12320.bulletin.compute.Tables.fraction;
import static org.nj12320.bulletin.compute.Tables.group;
import static org.nj12320.bulletin.compute.Tables.name;
import static org.nj12320.bulletin.compute.Tables.rank;
import static org.nj12320.bulletin.compute.Tables.rate;
import static org.nj12320.bulletin.compute.Tables.row;
import static org.nj12320.bulletin.compute.Tables.sum;
import static org.nj12320.bulletin.compute.Tables.table;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.TableData;

class TableComputerTest {

    private static List<String> column(TableView v, int c) {
        return v.rows().stream().map(r -> r.cells().get(c).text()).toList();
    }

    private static List<String> texts(TableView.RowView r) {
        return r.cells().stream().map(TableView.CellView::text).toList();
    }

    @Test
    void rowSumsTotalsAndRanksAreComputed() {
        List<Column> cols = List.of(rank(false), name("单位"), count("甲"), count("乙"), sum("小计", "甲", "乙"));
        var r = Tables.compute(table(
                cols,
                "小计",
                Map.of(),
                List.of(
                        row("单位", "A", "甲", 1, "乙", 2),
                        row("单位", "B", "甲", 10, "乙", 0),
                        row("单位", "C", "甲", 4, "乙", 4))));
        assertThat(r.problems()).isEmpty();
        assertThat(column(r.view(), 1)).containsExactly("B", "C", "A");
        assertThat(column(r.view(), 0)).containsExactly("1", "2", "3");
        assertThat(column(r.view(), 4)).containsExactly("10", "8", "3");
        assertThat(texts(r.view().total())).containsExactly("合计", "15", "6", "21");
        assertThat(r.view().total().cells().get(0).colspan())
                .as("the label covers 序号 and 单位")
                .isEqualTo(2);
    }

    @Test
    void aSumDeclaredBeforeItsPartsIsWorkedOutAfterThem() {
        // 小计 first, then a sum over 小计 before 小计's own parts: each is computed once its parts are
        List<Column> cols =
                List.of(name("单位"), sum("总计", "小计", "丙"), sum("小计", "甲", "乙"), count("甲"), count("乙"), count("丙"));
        var r = Tables.compute(table(
                cols,
                "总计",
                Map.of("小计", 21),
                List.of(
                        row("单位", "A", "甲", 1, "乙", 2, "丙", 100),
                        row("单位", "B", "甲", 10, "乙", 0, "丙", 1),
                        row("单位", "C", "甲", 4, "乙", 4, "丙", 0))));
        assertThat(r.problems()).isEmpty();
        assertThat(column(r.view(), 0)).containsExactly("A", "B", "C");
        assertThat(column(r.view(), 2)).containsExactly("3", "10", "8");
        assertThat(column(r.view(), 1)).containsExactly("103", "11", "8");
        assertThat(texts(r.view().total())).containsExactly("合计", "122", "21", "15", "6", "101");
    }

    @Test
    void aSumThatReachesItselfIsAnErrorNotAFigure() {
        // the loader refuses such a table; one made otherwise must not print a silently wrong figure
        List<Column> cols = List.of(name("单位"), count("甲"), sum("小计", "甲", "合"), sum("合", "小计"));
        var r = Tables.compute(table(cols, null, null, List.of(row("单位", "A", "甲", 1))));
        assertThat(r.problems()).isNotEmpty().allSatisfy(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("它自己");
        });
    }

    @Test
    void tiesKeepTheFileOrderAndAreNumberedOnByDefault() {
        List<Column> cols = List.of(rank(false), name("单位"), count("数"));
        var r = Tables.compute(table(
                cols,
                "数",
                null,
                List.of(
                        row("单位", "甲", "数", 14),
                        row("单位", "乙", "数", 20),
                        row("单位", "丙", "数", 14),
                        row("单位", "丁", "数", 1))));
        assertThat(column(r.view(), 1)).containsExactly("乙", "甲", "丙", "丁");
        assertThat(column(r.view(), 0)).containsExactly("1", "2", "3", "4");
    }

    @Test
    void sharedRanksGiveTiesTheSameRank() {
        List<Column> cols = List.of(rank(true), name("单位"), count("数"));
        var r = Tables.compute(table(
                cols,
                "数",
                null,
                List.of(
                        row("单位", "甲", "数", 14),
                        row("单位", "乙", "数", 20),
                        row("单位", "丙", "数", 14),
                        row("单位", "丁", "数", 1),
                        row("单位", "戊", "数", 1))));
        assertThat(column(r.view(), 0)).containsExactly("1", "2", "2", "4", "4");
    }

    @Test
    void zerosAreFiguresAndMissingValuesAreNot() {
        List<Column> cols = List.of(name("单位"), count("人次"), rate("符合率"));
        var r = Tables.compute(table(
                cols,
                "人次",
                Map.of(),
                List.of(
                        row("单位", "甲", "人次", 0, "符合率", null),
                        row("单位", "乙", "人次", null, "符合率", "98.3"),
                        row("单位", "丙", "人次", 5, "符合率", "0"))));
        assertThat(column(r.view(), 0)).as("missing values sort last").containsExactly("丙", "甲", "乙");
        assertThat(column(r.view(), 1)).containsExactly("5", "0", "/");
        assertThat(column(r.view(), 2)).containsExactly("0.00%", "/", "98.30%");
        assertThat(r.view().rows().get(2).cells().get(1).missing()).isTrue();
        assertThat(texts(r.view().total())).as("rates have no total").containsExactly("合计", "5", "");
    }

    @Test
    void aColumnOfOnlyMissingValuesHasAMissingTotal() {
        List<Column> cols = List.of(name("单位"), count("数"));
        var r = Tables.compute(table(cols, null, Map.of(), List.of(row("单位", "甲", "数", null))));
        assertThat(texts(r.view().total())).containsExactly("合计", "/");
    }

    @Test
    void noOrderKeepsTheFileOrder() {
        List<Column> cols = List.of(name("区"), count("数"));
        var r = Tables.compute(table(cols, null, null, List.of(row("区", "玄武区", "数", 1), row("区", "秦淮区", "数", 9))));
        assertThat(column(r.view(), 0)).containsExactly("玄武区", "秦淮区");
        assertThat(r.view().total()).isNull();
    }

    @Test
    void aGivenSubtotalThatDisagreesIsReportedWithBothNumbersAndTheComputedOneIsPrinted() {
        List<Column> cols = List.of(name("单位"), count("甲"), count("乙"), sum("小计", "甲", "乙"));
        var r = Tables.compute(table(
                cols,
                null,
                null,
                List.of(row("单位", "玄武区", "甲", 11, "乙", 2, "小计", 12), row("单位", "秦淮区", "甲", 1, "乙", 2, "小计", 3))));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.severity()).isEqualTo(Problem.Severity.WARNING);
            assertThat(p.message()).contains("测试表", "玄武区", "小计", "12", "13");
            assertThat(p.where().line()).isEqualTo(2);
        });
        assertThat(column(r.view(), 3)).containsExactly("13", "3");
    }

    @Test
    void aGivenTotalThatDisagreesIsReported() {
        List<Column> cols = List.of(name("单位"), count("甲"));
        var r = Tables.compute(
                table(cols, null, Map.of("甲", 10), List.of(row("单位", "a", "甲", 4), row("单位", "b", "甲", 5))));
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("合计", "10", "9"));
        assertThat(texts(r.view().total())).containsExactly("合计", "9");
    }

    @Test
    void aGivenTotalThatAgreesIsSilent() {
        List<Column> cols = List.of(name("单位"), count("甲"));
        var r = Tables.compute(
                table(cols, null, Map.of("甲", 9), List.of(row("单位", "a", "甲", 4), row("单位", "b", "甲", 5))));
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void aPartLargerThanItsWholeIsReported() {
        List<Column> cols = List.of(name("区"), group("床位转诊", atMost("床位转诊.2024 年总量", "床位转诊.累计总量"), count("床位转诊.累计总量")));
        var r = Tables.compute(table(
                cols,
                null,
                null,
                List.of(
                        row("区", "江北新区", "床位转诊.2024 年总量", 27, "床位转诊.累计总量", 24),
                        row("区", "玄武区", "床位转诊.2024 年总量", 1, "床位转诊.累计总量", 43))));
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("江北新区", "27", "24"));
    }

    @Test
    void aRowLargerThanTheRowItIsPartOfIsReported() {
        List<Column> cols = List.of(name("类别"), count("用人单位数"), count("个人用户数"));
        TableData t = table(
                cols,
                null,
                null,
                List.of(
                        row("类别", "2024 年", "用人单位数", 11236, "个人用户数", 500000),
                        row("类别", "累计", "用人单位数", 88892, "个人用户数", 439599)));
        TableData withBound = new TableData(
                t.id(),
                t.title(),
                null,
                t.columns(),
                null,
                false,
                null,
                List.of(),
                t.rows(),
                Tables.HERE,
                Map.of(),
                new TableData.Checks(
                        Map.of(),
                        List.of(new TableData.RowBound("2024 年", "累计", Tables.HERE)),
                        Map.of(),
                        TableData.Links.NONE));
        var r = Tables.compute(withBound);
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("个人用户数", "500000", "439599"));
        TableData wrongName = new TableData(
                t.id(),
                t.title(),
                null,
                t.columns(),
                null,
                false,
                null,
                List.of(),
                t.rows(),
                Tables.HERE,
                Map.of(),
                new TableData.Checks(
                        Map.of(),
                        List.of(new TableData.RowBound("2023 年", "累计", Tables.HERE)),
                        Map.of(),
                        TableData.Links.NONE));
        assertThat(Tables.compute(wrongName).problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("2023 年");
        });
    }

    @Test
    void aFixedBoundIsChecked() {
        List<Column> cols = List.of(name("区"), atMost("天数", "31"));
        var r = Tables.compute(table(cols, null, null, List.of(row("区", "甲", "天数", 32), row("区", "乙", "天数", 31))));
        assertThat(r.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("甲", "32", "31"));
    }

    @ParameterizedTest(name = "{0} has {1} days")
    @CsvSource({
        "2023-02, 28",
        "2024-02, 29",
        "2023-04, 30",
        "2023-03, 31",
        "1900-02, 28",
        "2000-02, 29",
        "2023, 365",
        "2024, 366"
    })
    void daysAreBoundedByTheDaysOfThePeriod(String period, int days) {
        List<Column> cols =
                List.of(name("区"), new Column.Count("天数", "天数", "天数", new Column.Bound.Days(), null, Tables.HERE));
        var r = TableComputer.compute(
                table(cols, null, null, List.of(row("区", "甲", "天数", days + 1), row("区", "乙", "天数", days))),
                new PeriodWords(Period.parse(period).orElseThrow()));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.isWarning()).isTrue();
            assertThat(p.message())
                    .endsWith("甲的“天数”为 " + (days + 1) + "，而本期（"
                            + Period.parse(period).orElseThrow().label() + "）只有 " + days + " 天");
        });
    }

    @Test
    void manyRowsOverTheirBoundAreOneWarningNamingThem() {
        List<Column> cols =
                List.of(name("区"), new Column.Count("天数", "天数", "天数", new Column.Bound.Days(), null, Tables.HERE));
        List<java.util.Map<String, Object>> rows = new java.util.ArrayList<>();
        for (String d : List.of("甲", "乙", "丙", "丁")) {
            rows.add(row("区", d, "天数", 31));
        }
        rows.add(row("区", "戊", "天数", 30));
        var r = TableComputer.compute(
                table(cols, null, null, rows),
                new PeriodWords(Period.parse("2023-04").orElseThrow()));
        assertThat(r.problems())
                .singleElement()
                .satisfies(
                        p -> assertThat(p.message()).endsWith("有 4 行的“天数”超过了本期（2023 年 4 月）的天数 30：甲 31、乙 31、丙 31、丁 31"));
    }

    @Test
    void eachKindOfBoundIsWordedItsOwnWay() {
        List<Column> fixed = List.of(name("区"), atMost("次数", "10"));
        assertThat(Tables.compute(table(fixed, null, null, List.of(row("区", "甲", "次数", 11))))
                        .problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).endsWith("甲的“次数”为 11，超过了这一列的上限 10"));
        List<Column> of = List.of(name("区"), atMost("本年", "累计"), count("累计"));
        assertThat(Tables.compute(table(of, null, null, List.of(row("区", "甲", "本年", 5, "累计", 4))))
                        .problems())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.message()).endsWith("甲的“本年”为 5，大于“累计” 4");
                    assertThat(p.hint()).isEqualTo("部分不能大于整体，请对照原始数据核对这两个数字");
                });
    }

    @Test
    void aUnitListedTwiceIsAnError() {
        List<Column> cols = List.of(name("单位"), count("数"));
        var r = Tables.compute(table(
                cols, null, null, List.of(row("单位", "甲", "数", 1), row("单位", "乙", "数", 1), row("单位", "甲", "数", 2))));
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("甲", "两次");
        });
    }

    @Test
    void sumsAndTotalsWorkInsideGroupsAndOverSums() {
        List<Column> cols = List.of(
                name("区"),
                group("门诊", count("门诊.本年"), count("门诊.累计")),
                group("床位", count("床位.本年"), count("床位.累计")),
                group("总量", sum("总量.本年", "门诊.本年", "床位.本年"), sum("总量.累计", "门诊.累计", "床位.累计")));
        var r = Tables.compute(table(
                cols,
                null,
                Map.of("总量.本年", 6),
                List.of(
                        row("区", "甲", "门诊.本年", 1, "门诊.累计", 10, "床位.本年", 2, "床位.累计", 20),
                        row("区", "乙", "门诊.本年", 3, "门诊.累计", 30, "床位.本年", 0, "床位.累计", 5))));
        assertThat(texts(r.view().rows().get(0))).containsExactly("甲", "1", "10", "2", "20", "3", "30");
        assertThat(texts(r.view().total())).containsExactly("合计", "4", "40", "2", "25", "6", "65");
        assertThat(r.problems()).isEmpty();
    }

    @Test
    void decimalsAndFractionsAreFormattedAndDecimalsAreTotalled() {
        List<Column> cols = List.of(name("单位"), fraction("表单", 11), decimal("收入"));
        var r = Tables.compute(table(
                cols,
                null,
                Map.of(),
                List.of(row("单位", "甲", "表单", 5, "收入", "626887.3"), row("单位", "乙", "表单", 11, "收入", null))));
        assertThat(texts(r.view().rows().get(0))).containsExactly("甲", "5/11", "626887.30");
        assertThat(texts(r.view().total())).containsExactly("合计", "", "626887.30");
    }

    @Test
    void theHeaderIsTheColumnTreeWithItsLabels() {
        List<Column> cols =
                List.of(name("区"), group("转诊", group("门诊", count("转诊.门诊.本年"), count("转诊.门诊.累计")), count("转诊.其他")));
        var r = Tables.compute(
                table(cols, null, null, List.of(row("区", "甲", "转诊.门诊.本年", 1, "转诊.门诊.累计", 1, "转诊.其他", 1))));
        List<TableView.Header> h = r.view().header();
        assertThat(h).extracting(TableView.Header::label).containsExactly("区", "转诊");
        assertThat(h.get(0).kind()).isEqualTo("name");
        assertThat(h.get(1).width()).isEqualTo(3);
        assertThat(h.get(1).depth()).isEqualTo(3);
        assertThat(h.get(1).children()).extracting(TableView.Header::label).containsExactly("门诊", "其他");
        assertThat(h.get(1).children().get(0).children())
                .extracting(TableView.Header::label)
                .containsExactly("本年", "累计");
    }

    @Test
    void everyFigureCellCarriesItsNumberRoundedAsPrintedAndWordsCarryNone() {
        List<Column> cols = List.of(
                rank(false), name("单位"), fraction("表单", 11), decimal("收入"), rate("率"), count("甲"), sum("小计", "甲"));
        var r = Tables.compute(
                table(cols, null, Map.of(), List.of(row("单位", "甲", "表单", 5, "收入", "626887.305", "率", "98.3", "甲", 7))));
        List<TableView.CellView> cells = r.view().rows().get(0).cells();
        assertThat(cells)
                .extracting(TableView.CellView::text)
                .containsExactly("1", "甲", "5/11", "626887.31", "98.30%", "7", "7");
        // the number is the printed one, never read back from the text
        assertThat(cells)
                .extracting(TableView.CellView::figure)
                .containsExactly(
                        new TableView.Figure(new BigDecimal("1"), 0, false),
                        null,
                        null,
                        new TableView.Figure(new BigDecimal("626887.31"), 2, false),
                        new TableView.Figure(new BigDecimal("98.30"), 2, true),
                        new TableView.Figure(new BigDecimal("7"), 0, false),
                        new TableView.Figure(new BigDecimal("7"), 0, false));
        assertThat(r.view().total().cells())
                .extracting(TableView.CellView::figure)
                .contains(new TableView.Figure(new BigDecimal("626887.31"), 2, false));
    }
}
