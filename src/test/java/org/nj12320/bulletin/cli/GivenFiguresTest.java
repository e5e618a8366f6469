package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;

/**
 * Every figure the source gives is checked as a figure of what it belongs to, wherever it is written: a
 * cumulative figure's given value (in the earliest period, the very figure printed), a table's given total, a
 * figure its notes print, a prose figure, a row's cumulative cell. Through the command line, with the error at
 * the value and no PDF.
 */
class GivenFiguresTest {
    @TempDir
    Path tmp;

    @ParameterizedTest(name = "{0} {2} → {3}")
    @CsvSource(
            delimiter = '|',
            value = {
                "2023-03|appointments.yaml|{accumulates: 小计, given: 31896389}|{accumulates: 小计, given: -5}|数量不能为负数，实为 -5",
                "2023-03|appointments.yaml|{accumulates: 小计, given: 31896389}|{accumulates: 小计, given: 3189.5}|应为整数，实为 3189.5",
                "2023-03|appointments.yaml|{accumulates: 小计, given: 31896389}|{accumulates: 小计, given: -31896389}|数量不能为负数，实为 -31896389",
                "2023-03|platform-hospitals.yaml|given: 19362000000}|given: -19362000000}|数量不能为负数，实为 -19362000000",
                "2023-03|online-appointments.yaml|given: {预约数量: 46020}|given: {预约数量: -46020}|数量不能为负数，实为 -46020",
                "2023-03|hotline.yaml|calls: 72102 |calls: -72102 |数量不能为负数，实为 -72102",
                "2024|internet-hospitals.yaml|互联网医院牌照: 48|互联网医院牌照: -48|数量不能为负数，实为 -48",
                "2024|internet-hospitals.yaml|互联网医院牌照: 48|互联网医院牌照: 4.8|应为整数，实为 4.8",
                "2024|internet-hospitals.yaml|累计总量: 487789}|累计总量: -487789}|数量不能为负数，实为 -487789"
            })
    void aGivenFigureIsCheckedByTheTypeOfWhatItBelongsTo(
            String period, String file, String from, String to, String said) throws IOException {
        Path data = tmp.resolve("data");
        Folders.copy(Path.of("data/" + period), data.resolve(period));
        DataFiles.edit(data.resolve(period), file, from, to);
        Path out = tmp.resolve("out.pdf");
        Cli run = Cli.run(
                "build",
                period.contains("-") ? "--month" : "--year",
                period,
                "--data",
                data.toString(),
                "--out",
                out.toString());
        assertThat(run.code).as(run.toString()).isEqualTo(1);
        int line = DataFiles.lineOf(data.resolve(period), file, to.strip());
        assertThat(run.err)
                .contains("错误：" + data.resolve(period).resolve(file) + ":" + line + ":")
                .contains(said);
        assertThat(out).doesNotExist();
    }

    @Test
    void aCumulativeFigureOfTheEarliestPeriodIsSaidToBeTakenAsGiven() throws IOException {
        Path data = tmp.resolve("data");
        Folders.copy(Path.of("data/2023-03"), data.resolve("2023-03"));
        Cli march = Cli.run("check", "--month", "2023-03", "--data", data.toString());
        assertThat(march.err)
                .contains("说明：" + data.resolve("2023-03/appointments.yaml") + ":18:")
                .contains("“累计预约挂号量”：data 中没有上一期，印出的就是 given: 写的 31896389，以后各期由它累加；它没有经过与上期的核对");
        // with March before it, April's is checked against March's, and nothing of the kind is said
        DataFiles.aprilCopiedFromMarch(data);
        Cli april = Cli.run("check", "--month", "2023-04", "--data", data.toString());
        assertThat(april.err).doesNotContain("data 中没有上一期");
    }
}
