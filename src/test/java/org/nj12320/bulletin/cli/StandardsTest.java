package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nj12320.bulletin.pipeline.Pipeline;
import org.nj12320.bulletin.testing.VeraPdf;
import org.nj12320.bulletin.world.DiskWorld;

/** Both issues pass veraPDF's PDF/A-3a and PDF/UA-1 rules, and come out byte for byte the same every time. */
class StandardsTest {
    @TempDir
    static Path tmp;

    @ParameterizedTest
    @CsvSource({"2023-03, 3a", "2023-03, ua1", "2024, 3a", "2024, ua1"})
    void veraPdfFindsNoFailure(String issue, String flavour) throws Exception {
        try (InputStream in = Files.newInputStream(BuiltIssues.of(issue).pdf())) {
            VeraPdf.Result result = VeraPdf.validate(in, flavour);
            assertThat(result.failures()).as(issue + " against " + flavour).isEmpty();
            assertThat(result.compliant()).isTrue();
        }
    }

    @Test
    void twoBuildsAreByteIdentical() throws Exception {
        Path again = tmp.resolve("again.pdf");
        Cli run = Cli.run("build", "--month", "2023-03", "--out", again.toString());
        assertThat(run.code).isZero();
        assertThat(Files.readAllBytes(again))
                .isEqualTo(Files.readAllBytes(BuiltIssues.of("2023-03").pdf()));
    }

    @Test
    void datesComeFromTheIssueOrSourceDateEpochNeverTheClock() {
        LocalDate printed = LocalDate.of(2023, 4, 27);
        assertThat(Pipeline.documentDate(printed, world(Map.of())))
                .hasToString("2023-04-27T00:00+08:00[Asia/Shanghai]");
        assertThat(Pipeline.documentDate(printed, world(Map.of("SOURCE_DATE_EPOCH", "1700000000")))
                        .toInstant())
                .hasToString("2023-11-14T22:13:20Z");
        assertThat(Pipeline.documentDate(printed, world(Map.of("SOURCE_DATE_EPOCH", "not a number"))))
                .isEqualTo(Pipeline.documentDate(printed, world(Map.of())));
    }

    private static DiskWorld world(Map<String, String> env) {
        return DiskWorld.at(Path.of("."), null, null, null, env);
    }
}
