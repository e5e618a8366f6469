package org.nj12320.bulletin.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;

/** A date written as editors write it elsewhere is refused with the date as it is to be written. */
class DatesTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023年5月20日|2023-05-20",
                "2023-5-20|2023-05-20",
                "2023/05/20|2023-05-20",
                "２０２３年５月２０日|2023-05-20",
                "2023.5.2|2023-05-02",
                "2023-02-30|2023-06-20（2023-02-30 这一天不存在）",
                "五月二十日|2023-06-20",
                "5月20日|2023-05-20（要写上年份）",
                "5-20|2023-05-20（要写上年份）",
                "13月2日|2023-06-20"
            })
    void theHintWritesTheDateAsItIsToBeWritten(String written, String hint) {
        assertThat(Fields.dateLike(written, java.time.LocalDate.of(2023, 6, 20)))
                .isEqualTo(hint);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2023-04, 2023-05-20", "2023-12, 2024-01-20", "2024, 2025-01-20"})
    void aPrintDateLeftBlankIsShownInTheIssuesOwnPrintMonth(String period, String example) throws Exception {
        IssueFolder f = new IssueFolder(tmp, period).manifest("  - heading: 统计数据\n");
        f.write(
                "issue.yaml",
                java.nio.file.Files.readString(f.dir.resolve("issue.yaml"))
                        .replace("period: 2023-03", "period: " + period)
                        .replace("printed: 2023-04-27", "printed: 待填"));
        IssueLoader.Loaded loaded = f.loader().load(Period.parse(period).orElseThrow());
        assertThat(loaded.problems())
                .filteredOn(Problem::isError)
                .anySatisfy(p -> assertThat(p.hint()).isEqualTo("填入日期，写作 " + example));
    }

    @ParameterizedTest(name = "printed:{0}")
    @org.junit.jupiter.params.provider.ValueSource(strings = {"", " ~", " null", " \"\""})
    void aPrintDateLeftEmptyIsAnErrorAtItsLine(String written) throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").manifest("  - heading: 统计数据\n");
        f.write(
                "issue.yaml",
                java.nio.file.Files.readString(f.dir.resolve("issue.yaml"))
                        .replace("printed: 2023-04-27", "printed:" + written));
        IssueLoader.Loaded loaded = f.loader().load(Period.parse("2023-03").orElseThrow());
        assertThat(loaded.problems())
                .filteredOn(Problem::isError)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.where().location()).contains("issue.yaml:4:");
                    assertThat(p.where().path()).isEqualTo("printed");
                    assertThat(p.message()).isEqualTo("不能空着");
                });
    }

    @Test
    void aPrintDateWrittenTheChineseWayIsAnErrorAtItsLineWithTheDateToWrite() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").manifest("  - heading: 统计数据\n");
        f.write(
                "issue.yaml",
                java.nio.file.Files.readString(f.dir.resolve("issue.yaml"))
                        .replace("printed: 2023-04-27", "printed: 2023年4月28日"));
        IssueLoader.Loaded loaded = f.loader().load(Period.parse("2023-03").orElseThrow());
        assertThat(loaded.problems())
                .filteredOn(Problem::isError)
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.where().location()).endsWith("issue.yaml:4:10");
                    assertThat(p.message()).isEqualTo("应为日期，实为“2023年4月28日”");
                    assertThat(p.hint()).isEqualTo("日期写作 2023-04-28");
                });
    }
}
