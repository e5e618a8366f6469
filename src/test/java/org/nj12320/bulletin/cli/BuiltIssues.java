package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The shipped issues, each built once for all the tests of a run, as an editor builds them. */
final class BuiltIssues {
    /** A build: what the command printed, the PDF it wrote and, beside it, the web edition. */
    record Built(Cli run, Path pdf) {
        Path html() {
            return pdf.resolveSibling(pdf.getFileName().toString().replace(".pdf", ".html"));
        }
    }

    private static final Map<String, Built> BUILT = new HashMap<>();
    private static Path dir;

    private BuiltIssues() {}

    static synchronized Built of(String period) {
        return BUILT.computeIfAbsent(period, p -> {
            Path out = dir().resolve(p + ".pdf");
            Cli run = Cli.run(
                    "build",
                    p.contains("-") ? "--month" : "--year",
                    p,
                    "--format",
                    "pdf,html",
                    "--out",
                    out.toString());
            assertThat(run.code).as(run.toString()).isZero();
            return new Built(run, out);
        });
    }

    private static Path dir() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("bulletin-issues");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try (Stream<Path> s = Files.walk(dir)) {
                    s.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
                } catch (IOException e) {
                    // a temporary folder left behind is harmless
                }
            }));
        }
        return dir;
    }
}
