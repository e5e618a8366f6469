package org.nj12320.bulletin.jar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged tool, run as an editor runs it, in processes of its own. */
class SeparateProcessesIT {
    @TempDir
    Path tmp;

    /**
     * The Java options the launcher gives a short run, read from it (its class-data archive and the project's
     * folder apart), so that these processes run as an editor's do whatever the launcher comes to say.
     */
    private static final List<String> LAUNCHER = launcher();

    private static List<String> launcher() {
        try {
            Matcher m = Pattern.compile("(?s)\nshort=\\((.*?)\\)").matcher(Files.readString(Path.of("bulletin")));
            assertThat(m.find()).as("the launcher's short=( … ) options").isTrue();
            List<String> options = Arrays.stream(m.group(1).strip().split("\\s+"))
                    .filter(o -> !o.contains("$"))
                    .toList();
            assertThat(options).contains("-XX:+UseSerialGC");
            return options;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the jar in a new Java process, as the launcher does; the exit code. */
    private static int run(Path log, String... args) throws IOException, InterruptedException {
        return run(log, List.of(), args);
    }

    private static int run(Path log, List<String> jvm, String... args) throws IOException, InterruptedException {
        return exitCode(start(log, jvm, args));
    }

    private static int exitCode(Process p) throws InterruptedException {
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
        return p.exitValue();
    }

    private static Process start(Path log, List<String> jvm, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(LAUNCHER);
        command.addAll(jvm);
        command.addAll(List.of("-jar", System.getProperty("bulletin.jar", "target/bulletin.jar")));
        command.addAll(List.of(args));
        ProcessBuilder pb =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        // the dates inside come from the issue, not from a SOURCE_DATE_EPOCH the machine may have set
        pb.environment().remove("SOURCE_DATE_EPOCH");
        return pb.start();
    }

    @Test
    void twoProcessesWriteTheSameBytes() throws Exception {
        for (String[] issue : new String[][] {{"--month", "2023-03"}, {"--year", "2024"}}) {
            Path a = tmp.resolve("a.pdf");
            Path b = tmp.resolve("b.pdf");
            // at the same time, as two editors' machines or two CI jobs would
            Process first = start(tmp.resolve("a.log"), List.of(), "build", issue[0], issue[1], "--out", a.toString());
            Process second = start(tmp.resolve("b.log"), List.of(), "build", issue[0], issue[1], "--out", b.toString());
            assertThat(exitCode(first))
                    .as(Files.readString(tmp.resolve("a.log")))
                    .isZero();
            assertThat(exitCode(second))
                    .as(Files.readString(tmp.resolve("b.log")))
                    .isZero();
            assertThat(Files.readAllBytes(a)).as(issue[1]).isEqualTo(Files.readAllBytes(b));
        }
    }

    @Test
    void aUsageErrorIsOneMessageAndExitCodeTwo() throws Exception {
        Path log = tmp.resolve("log");
        assertThat(run(log, "build", "--month", "2023-13")).isEqualTo(2);
        assertThat(Files.readString(log)).startsWith("错误：").doesNotContain("Exception");
    }

    /**
     * The spreadsheet readers cost nothing to an issue without a spreadsheet: not one of their classes is
     * loaded. (Every PDF carries its tables as CSV files, so the CSV writer is loaded by every build.)
     */
    @Test
    void anIssueWithoutSpreadsheetsLoadsNoSpreadsheetLibrary() throws Exception {
        List<String> jvm = List.of("-Xlog:class+load=info");
        Path log = tmp.resolve("yaml.log");
        assertThat(run(
                        log,
                        jvm,
                        "build",
                        "--month",
                        "2023-12",
                        "--data",
                        "src/test/resources/data",
                        "--out",
                        tmp.resolve("y.pdf").toString()))
                .isZero();
        assertThat(spreadsheetClasses(log)).isEmpty();
        // the March issue reads its appointments from a workbook: the same look finds the libraries there
        log = tmp.resolve("xlsx.log");
        assertThat(run(
                        log,
                        jvm,
                        "build",
                        "--month",
                        "2023-03",
                        "--out",
                        tmp.resolve("x.pdf").toString()))
                .isZero();
        assertThat(spreadsheetClasses(log)).isNotEmpty();
    }

    private static List<String> spreadsheetClasses(Path log) throws IOException {
        return Files.readAllLines(log).stream()
                .filter(l -> l.contains("org.dhatim.")
                        || l.contains("org.apache.commons.csv.CSVParser")
                        || l.contains("org.apache.commons.compress.")
                        || l.contains("com.fasterxml.aalto.")
                        || l.contains("org.nj12320.bulletin.sheet.")
                                && !l.contains("org.nj12320.bulletin.sheet.SheetWriter")
                                && !l.contains("org.nj12320.bulletin.sheet.SheetTable"))
                .toList();
    }
}
