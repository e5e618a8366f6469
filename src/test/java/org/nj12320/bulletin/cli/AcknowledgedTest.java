package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;

/**
 * A discrepancy of the source that editors have checked and recorded is no warning while its figures stay as
 * they were, is listed apart, and is a warning again the moment one of them changes.
 */
class AcknowledgedTest {
    @TempDir
    Path tmp;

    Path data;
    Path march;

    @BeforeEach
    void copy() throws IOException {
        data = tmp.resolve("data");
        Folders.copy(Path.of("data"), data);
        march = data.resolve("2023-03");
    }

    private Cli check(String... more) {
        java.util.List<String> args =
                new java.util.ArrayList<>(java.util.List.of("check", "--month", "2023-03", "--data", data.toString()));
        args.addAll(java.util.List.of(more));
        return Cli.run(args.toArray(String[]::new));
    }

    @Test
    void theShippedIssuesHaveNoWarningAndListWhatWasChecked() {
        for (String[] issue : new String[][] {{"--month", "2023-03"}, {"--year", "2024"}}) {
            Cli run = Cli.run("check", issue[0], issue[1], "--strict");
            assertThat(run.code).as(run.toString()).isZero();
            assertThat(run.err).as(issue[1]).doesNotContain("警告：");
            assertThat(run.out).contains("已确认的原表差异（").contains("编辑部");
        }
        assertThat(Cli.run("check", "--month", "2023-03").out)
                .contains("已确认的原表差异（1）：")
                .contains("data/2023-03/hotline.yaml:18:12 province.calls：72102 与 217884（编辑部：");
    }

    @Test
    void aChangedValueMakesItAWarningAgain() throws IOException {
        DataFiles.edit(march, "hotline.yaml", "{name: 苏州市, count: 161980}", "{name: 苏州市, count: 161981}");
        Cli run = check();
        assertThat(run.out).doesNotContain("已确认的原表差异");
        assertThat(run.err)
                .contains("警告：" + march.resolve("hotline.yaml") + ":18:12:")
                .contains("各项之和为 217885")
                .contains("（编辑部确认过的是 72102 和 217884，数字已经变了）")
                .contains("把 " + march.resolve("hotline.yaml") + ":"
                        + DataFiles.lineOf(march, "hotline.yaml", "- figure: province.calls"));
        assertThat(check("--strict").code).isEqualTo(1);
    }

    @Test
    void aDiscrepancyThatIsGoneLeavesANoteToTakeItsRecordOut() throws IOException {
        DataFiles.edit(march, "hotline.yaml", "calls: 72102", "calls: 300000");
        Cli run = check();
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.err)
                .doesNotContain("警告：")
                .contains("说明：" + march.resolve("hotline.yaml") + ":"
                        + DataFiles.lineOf(march, "hotline.yaml", "- figure: province.calls"))
                .contains("已确认的差异“province.calls”（72102 和 217884）已不再出现");
    }

    @Test
    void aFigureThatCannotBeReadDoesNotMakeItsRecordLookGone() throws IOException {
        DataFiles.edit(march, "hotline.yaml", "calls: 55193 ", "calls: 5519x ");
        Cli run = check();
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("5519x").doesNotContain("已不再出现");
    }

    @Test
    void aWarningSaysHowToRecordItAndARecordMustBeWhole() throws IOException {
        DataFiles.edit(march, "hotline.yaml", "    checked_by: 编辑部\n", "");
        Cli run = check();
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err).contains("缺少必填字段“checked_by”");

        Cli april = Cli.run("check", "--year", "2024", "--data", data.toString());
        assertThat(april.err).doesNotContain("警告：");
        DataFiles.edit(data.resolve("2024"), "referrals.yaml", "  - figure: 玄武区.各类转诊总量.本年总量", "  - figure: 玄武区.各类转诊总量");
        Cli unrecorded = Cli.run("check", "--year", "2024", "--data", data.toString());
        assertThat(unrecorded.err)
                .contains(
                        "提示：核对后若原表确实如此，在 " + data.resolve("2024/referrals.yaml")
                                + " 的 acknowledged: 下记一笔，以后不再提醒：- {figure: 玄武区.各类转诊总量.本年总量, values: [12, 13], checked_by: 姓名, reason: 核对的结果}");
    }

    /** April made from March with the province's calls changed: no longer over its parts, but far from March's. */
    private Path aprilWithProvinceCalls(String calls) throws IOException {
        Path april = DataFiles.aprilCopiedFromMarch(data);
        DataFiles.edit(april, "hotline.yaml", "calls: 72102", "calls: " + calls);
        return april;
    }

    @Test
    void aRecordOfOneCheckSaysNothingOfAnotherCheckOfTheSameFigure() throws IOException {
        Path april = aprilWithProvinceCalls("300000");
        Cli run = Cli.run("check", "--month", "2023-04", "--data", data.toString());
        int record = DataFiles.lineOf(april, "hotline.yaml", "- figure: province.calls");
        assertThat(run.err)
                .contains("警告：" + april.resolve("hotline.yaml") + ":18:12: 数字“全省 12320”的“接听电话”：")
                .contains("“province.calls”为 300000，上期（2023 年 3 月）为 72102，相差超过 3 倍")
                .doesNotContain("确认过的是")
                .contains("下记一笔，以后不再提醒：- {figure: province.calls, check: 上期, values: [300000, 72102], "
                        + "checked_by: 姓名, reason: 核对的结果}")
                .contains("说明：" + april.resolve("hotline.yaml") + ":" + record)
                .contains("已确认的差异“province.calls”（72102 和 217884）已不再出现");

        DataFiles.edit(
                april,
                "hotline.yaml",
                "acknowledged:\n",
                "acknowledged:\n  - {figure: province.calls, check: 上期, values: [300000, 72102], checked_by: 编辑部, "
                        + "reason: 全省改了口径}\n");
        Cli recorded = Cli.run("check", "--month", "2023-04", "--data", data.toString());
        assertThat(recorded.err).doesNotContain("相差超过 3 倍").doesNotContain("check: 上期");
        assertThat(recorded.out).contains("province.calls：300000 与 72102（编辑部：全省改了口径）");

        DataFiles.edit(april, "hotline.yaml", "calls: 300000", "calls: 310000");
        Cli changed = Cli.run("check", "--month", "2023-04", "--data", data.toString());
        assertThat(changed.err)
                .contains("相差超过 3 倍（编辑部确认过的是 300000 和 72102，数字已经变了）")
                .contains("values: 改成现在的两个数字")
                // the record is there to be corrected: no second one is suggested
                .doesNotContain("check: 上期, values: [310000");
    }

    @Test
    void aCheckNamedWronglyInARecordIsAnErrorAtIt() throws IOException {
        DataFiles.edit(march, "hotline.yaml", "    checked_by: 编辑部\n", "    checked_by: 编辑部\n    check: 上月\n");
        Cli run = check();
        assertThat(run.code).isEqualTo(1);
        assertThat(run.err)
                .contains("错误：" + march.resolve("hotline.yaml") + ":"
                        + DataFiles.lineOf(march, "hotline.yaml", "check: 上月"))
                .contains("check: 只能写“上期”（与上期相差太大的数字），实为“上月”");
    }
}
