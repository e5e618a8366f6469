package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.pipeline.Pipeline;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.world.DiskWorld;

/**
 * Mutates the shipped data files two thousand times (seeded, so a failure can be replayed) and checks that
 * every run ends in success or in a clean report of problems: never an exception escaping, never a stack
 * trace, never a partial PDF. The seed and the number of runs can be set with -Dmutation.seed and
 * -Dmutation.runs.
 */
// among the longest: started first, so that the others fill the second thread around it
@org.junit.jupiter.api.Order(1)
class MutationTest {
    private static final long SEED = Long.getLong("mutation.seed", 20231122L);
    private static final int RUNS = Integer.getInteger("mutation.runs", 2000);
    /** One run in this many also builds the PDF through the command line. */
    private static final int BUILD_EVERY = 150;

    private static final String[] TOKENS = {
        "",
        "~",
        "-1",
        "-0",
        "1,02",
        "1,020",
        "12 万",
        "abc",
        "[",
        "]",
        "{",
        "}",
        ":",
        ": ",
        "&a",
        "*a",
        "!!binary",
        "\t",
        "98.3%",
        "101%",
        "1e5",
        "null",
        "true",
        "0x10",
        "１２３",
        "\uFEFF",
        "\uD83D\uDE00",
        "\u2F63",
        "\u2EDB",
        "\u0007",
        "'",
        "\"",
        "#",
        "- ",
        "?",
        "|",
        ">",
        "%YAML 1.2",
        "---",
        "...",
        "9999999999999999999999",
        "0.000001",
        "3.14159",
        "NaN",
        ".inf",
        "2024-13-01",
        "<b>",
        "${x}",
        "../../x",
        "\\",
        "南京市儿童医院"
    };

    @TempDir
    Path tmp;

    @Test
    void mutatedDataEndsInSuccessOrACleanReport() throws Exception {
        Path data = tmp.resolve("data");
        Map<Path, byte[]> originals = new LinkedHashMap<>();
        Folders.copy(Path.of("data"), data);
        try (Stream<Path> s = Files.walk(data)) {
            for (Path p : s.filter(Files::isRegularFile)
                    .sorted(Comparator.naturalOrder())
                    .toList()) {
                originals.put(p, Files.readAllBytes(p));
            }
        }
        List<Path> files = new ArrayList<>(originals.keySet());
        // the figures of the prose sections are mutated as often again as the others
        for (Path p : originals.keySet()) {
            if (new String(originals.get(p), StandardCharsets.UTF_8).contains("\nfigures:")) {
                files.add(p);
            }
        }
        Random random = new Random(SEED);
        DiskWorld world = DiskWorld.at(Path.of("."), data, null, null, Map.of());
        int ok = 0;
        int reported = 0;
        try (Pipeline pipeline = new Pipeline(world, false, "test", false)) {
            for (int run = 0; run < RUNS; run++) {
                Path file = files.get(random.nextInt(files.size()));
                byte[] original = originals.get(file);
                String mutated;
                if (file.toString().endsWith(".xlsx")) {
                    // a workbook is a zip archive: its bytes are damaged, not its text
                    byte[] damaged = damage(original, random);
                    Files.write(file, damaged);
                    mutated = "(a workbook of " + damaged.length + " bytes)";
                } else {
                    mutated = mutate(new String(original, StandardCharsets.UTF_8), random);
                    Charset cs = random.nextInt(40) == 0 ? Charset.forName("GBK") : StandardCharsets.UTF_8;
                    Files.write(file, mutated.getBytes(cs));
                }
                Period period = Period.parse(data.relativize(file).getName(0).toString())
                        .orElseThrow();
                String what = "run " + run + " (seed " + SEED + "): " + data.relativize(file);
                try {
                    pipeline.check(period);
                    ok++;
                } catch (BulletinException e) {
                    assertThat(e.problems()).as(what).isNotEmpty();
                    assertThat(e.problems())
                            .as(what)
                            .allSatisfy(p -> assertThat(p.message()).isNotBlank());
                    reported++;
                } catch (RuntimeException | Error e) {
                    fail(what + " escaped with " + e + "\n--- mutated text:\n" + mutated, e);
                }
                if (run % BUILD_EVERY == 0) {
                    buildThroughTheCommandLine(data, period, what);
                }
                Files.write(file, original);
            }
        }
        // the mutations must exercise both outcomes
        assertThat(ok).as("runs that passed").isPositive();
        assertThat(reported).as("runs that reported problems").isGreaterThan(RUNS / 4);
    }

    private void buildThroughTheCommandLine(Path data, Period period, String what) throws IOException {
        Path out = tmp.resolve("out");
        Files.createDirectories(out);
        Path target = out.resolve("issue.pdf");
        Path web = out.resolve("issue.html");
        Files.writeString(target, "%PDF- previous");
        Files.writeString(web, "<!DOCTYPE html><p>previous</p>");
        Cli r = Cli.run(
                "build",
                period instanceof Period.Year ? "--year" : "--month",
                period.id(),
                "--data",
                data.toString(),
                "--format",
                "pdf,html",
                "--out",
                target.toString());
        assertThat(r.code).as(what + "\n" + r).isIn(0, 1);
        assertThat(r.err).as(what).doesNotContain("Exception", "\tat ");
        if (r.code == 0) {
            try (var pdf = Loader.loadPDF(target.toFile())) {
                assertThat(pdf.getNumberOfPages()).as(what).isPositive();
            }
            assertThat(Files.readString(web)).as(what).startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">");
        } else {
            assertThat(Files.readString(target))
                    .as(what + ": the previous PDF is untouched")
                    .isEqualTo("%PDF- previous");
            assertThat(Files.readString(web))
                    .as(what + ": the previous web edition is untouched")
                    .isEqualTo("<!DOCTYPE html><p>previous</p>");
        }
        try (Stream<Path> s = Files.list(out)) {
            assertThat(s.map(p -> p.getFileName().toString()))
                    .as(what + ": no stray file")
                    .containsExactlyInAnyOrder("issue.pdf", "issue.html");
        }
    }

    /**
     * One to three random edits: lines deleted, doubled, swapped, values replaced, text garbled or cut, a
     * document separator or a control character put in.
     */
    static String mutate(String text, Random random) {
        String s = text;
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            List<String> lines = new ArrayList<>(List.of(s.split("\n", -1)));
            int i = random.nextInt(lines.size());
            switch (random.nextInt(11)) {
                case 0 -> lines.remove(i);
                case 1 -> lines.add(i, lines.get(i));
                case 2 -> {
                    int j = random.nextInt(lines.size());
                    String t = lines.get(i);
                    lines.set(i, lines.get(j));
                    lines.set(j, t);
                }
                case 3, 4 -> lines.set(i, replaceValue(lines.get(i), random));
                case 5 -> {
                    String l = lines.get(i);
                    int at = random.nextInt(l.length() + 1);
                    lines.set(i, l.substring(0, at) + TOKENS[random.nextInt(TOKENS.length)] + l.substring(at));
                }
                case 6 ->
                    lines.set(
                            i,
                            random.nextBoolean()
                                    ? "  " + lines.get(i)
                                    : lines.get(i).replaceFirst("^ {1,2}", ""));
                case 7 -> {
                    // a field renamed by a typo
                    String l = lines.get(i);
                    int colon = l.indexOf(':');
                    if (colon > 1) {
                        int at = random.nextInt(colon);
                        lines.set(i, l.substring(0, at) + l.substring(at + 1));
                    }
                }
                case 8 -> lines.add(i, random.nextBoolean() ? "---" : "...");
                case 9 -> {
                    // a control character pasted along with text
                    String l = lines.get(i);
                    int at = random.nextInt(l.length() + 1);
                    lines.set(i, l.substring(0, at) + CONTROLS[random.nextInt(CONTROLS.length)] + l.substring(at));
                }
                default -> {
                    return String.join("\n", lines).substring(0, random.nextInt(s.length() + 1));
                }
            }
            s = String.join("\n", lines);
        }
        return s;
    }

    /** One to three random changes of a binary file: bytes changed, a run of bytes zeroed, the file cut short. */
    static byte[] damage(byte[] bytes, Random random) {
        byte[] b = bytes.clone();
        int edits = 1 + random.nextInt(3);
        for (int e = 0; e < edits; e++) {
            int at = random.nextInt(b.length);
            switch (random.nextInt(3)) {
                case 0 -> b[at] = (byte) random.nextInt(256);
                case 1 -> {
                    for (int k = at; k < Math.min(b.length, at + 1 + random.nextInt(64)); k++) {
                        b[k] = 0;
                    }
                }
                default -> b = java.util.Arrays.copyOf(b, at);
            }
            if (b.length == 0) {
                break;
            }
        }
        return b;
    }

    private static final String[] CONTROLS = {
        "\u0000", "\u0007", "\u0008", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085"
    };

    /** Replaces one value after a colon with a token, keeping what follows a comma or brace. */
    private static String replaceValue(String line, Random random) {
        List<Integer> colons = new ArrayList<>();
        for (int k = 0; k < line.length(); k++) {
            if (line.charAt(k) == ':') {
                colons.add(k);
            }
        }
        if (colons.isEmpty()) {
            return TOKENS[random.nextInt(TOKENS.length)];
        }
        int c = colons.get(random.nextInt(colons.size()));
        int end = c + 1;
        while (end < line.length() && ",}]".indexOf(line.charAt(end)) < 0) {
            end++;
        }
        return line.substring(0, c + 1) + " " + TOKENS[random.nextInt(TOKENS.length)] + line.substring(end);
    }
}
