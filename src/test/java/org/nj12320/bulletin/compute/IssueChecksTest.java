package org.nj12320.bulletin.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.PeriodWords;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/** What is left over when an issue is made from the one before: period words, the print date, blanks. */
class IssueChecksTest {
    static final Period APRIL = new Period.Month(YearMonth.of(2023, 4));
    static final Period YEAR = new Period.Year(2024);
    static final SourceRef AT = new SourceRef("issue.yaml", 5, 10, "printed");

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023 年 3 月预约挂号服务统计|2023 年 3 月",
                "截止 2023年3月底，总预约挂号量|2023年3月",
                "（截止 3 月底，总量为 5 次）|3 月底",
                "3月份的数据|3月份",
                "2022 年 4 月的数据|2022 年 4 月",
                "2023 年 4 月预约挂号服务统计|",
                "截止 4 月底|",
                "2023 年 3 月 15 日召开|",
                "3 月 15 日召开|",
                "共 3 个月|",
                "2023 年全市|",
                "2023 年三月预约挂号|2023 年三月",
                "截至 2023.3，累计|2023.3",
                "2023/03 数据|2023/03",
                "三月份的数据|三月份",
                "截止三月底|三月底",
                "2023 年第一季度|2023 年第一季度",
                "一季度共计|一季度",
                "2022 年第二季度|2022 年第二季度",
                "2023 年上半年|",
                "2023 年四月|",
                "2023.4 月报|",
                "2023/04|",
                "四月份|",
                "2023 年第二季度|",
                "2023.03.15 召开|",
                "增长 2023.5%|",
                "2023 年三月十五日|"
            })
    void aMonthlyIssueNamesOnlyItsMonth(String text, String stale) {
        assertThat(PeriodWords.others(text, APRIL)).isEqualTo(stale == null ? List.of() : List.of(stale));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023 年度南京市卫生信息平台|2023 年度",
                "截止 2023 年底|2023 年底",
                "2023 年全市共|2023 年",
                "2024 年度|",
                "截止 2024 年底|",
                "2023 年 12 月 30 日|",
                "3 月底|",
                "2023 年三月的数据|2023 年三月",
                "2023.12 数据|2023.12",
                "2023 年第四季度|2023 年第四季度",
                "2024 年第四季度|",
                "2023 年上半年|2023 年上半年",
                "2024.6|"
            })
    void anAnnualIssueNamesOnlyItsYear(String text, String stale) {
        assertThat(PeriodWords.others(text, YEAR)).isEqualTo(stale == null ? List.of() : List.of(stale));
    }

    @Test
    void aStaleWordIsAWarningNamingBothPeriodsAtItsText() {
        SourceRef note = new SourceRef("appointments.yaml", 17, 5, "notes[0]");
        List<Problem> p = StalePeriods.check(List.of(new LocatedText("（截止 3 月底，总量为 5 次）", note)), APRIL);
        assertThat(p).hasSize(1);
        assertThat(p.get(0).isWarning()).isTrue();
        assertThat(p.get(0).where()).isEqualTo(note);
        assertThat(p.get(0).message()).isEqualTo("“3 月底”是别的期次；本期是 2023 年 4 月");
    }

    @ParameterizedTest(name = "{0} printed {1}")
    @CsvSource({
        "2023-04, 2023-04-27, 在本期（2023 年 4 月）结束之前",
        "2023-04, 2023-04-30, ",
        "2023-04, 2023-05-25, ",
        "2023-04, 2023-07-31, ",
        "2023-04, 2023-08-01, 比本期（2023 年 4 月）结束晚了三个多月",
        "2024, 2024-12-20, 在本期（2024 年）结束之前",
        "2024, 2025-01-24, ",
        "2024, 2025-04-01, 比本期（2024 年）结束晚了三个多月"
    })
    void aPrintDateFitsItsPeriod(String period, LocalDate printed, String warning) {
        List<Problem> p = IssueChecks.printDate(Period.parse(period).orElseThrow(), printed, AT);
        if (warning == null) {
            assertThat(p).isEmpty();
        } else {
            assertThat(p).singleElement().satisfies(w -> {
                assertThat(w.isWarning()).isTrue();
                assertThat(w.where()).isEqualTo(AT);
                assertThat(w.message()).isEqualTo("印发日期 " + printed + " " + warning);
            });
        }
    }

    @Test
    void anArticleStillAPlaceholderIsAnError() {
        SourceRef title = new SourceRef("articles/01.md", 2, 8, "title");
        List<Problem> p =
                IssueChecks.blanks(List.of(new LocatedText("（待填：标题）", title), new LocatedText("四月的文章", title)));
        assertThat(p).singleElement().satisfies(e -> {
            assertThat(e.isError()).isTrue();
            assertThat(e.message()).isEqualTo("尚未填写（待填）：“（待填：标题）”");
        });
    }
}
