package org.nj12320.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The shape of the code, read from its imports: each library is used by its own stage alone, and the stages
 * depend on one another one way only ({@code cli} on the stages, the stages on {@code model} and {@code world}).
 * A change that reaches across is a failure here, to be made on purpose (by changing these lists) or not at all.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/nj12320/bulletin");
    private static final Pattern IMPORT =
            Pattern.compile("^import (?:static )?([\\w.]+)\\.[\\w*]+;", Pattern.MULTILINE);

    /** Each library, by the start of its packages' names, and the one stage that may use it. */
    private static final Map<String, String> LIBRARIES = Map.ofEntries(
            Map.entry("picocli.", "cli"),
            Map.entry("com.fasterxml.jackson.", "load"),
            Map.entry("org.yaml.", "load"),
            Map.entry("freemarker.", "render"),
            Map.entry("org.commonmark.", "render"),
            Map.entry("org.apache.pdfbox.", "pdf"),
            Map.entry("org.apache.fontbox.", "pdf"),
            Map.entry("org.dhatim.", "sheet"),
            Map.entry("org.apache.commons.csv.", "sheet"),
            Map.entry("org.apache.commons.compress.", "sheet"),
            Map.entry("org.jsoup.", "web"),
            Map.entry("org.htmlunit.", "web"),
            Map.entry("com.sun.net.httpserver.", "preview"));

    /** The stages each package may use. */
    private static final Map<String, Set<String>> STAGES = Map.ofEntries(
            Map.entry("model", Set.of()),
            Map.entry("world", Set.of()),
            Map.entry("watch", Set.of("world")),
            Map.entry("preview", Set.of()),
            Map.entry("sheet", Set.of()),
            Map.entry("web", Set.of("model")),
            Map.entry("compute", Set.of("model")),
            Map.entry("load", Set.of("model", "world", "sheet")),
            Map.entry("draft", Set.of("model", "world", "load")),
            Map.entry("export", Set.of("compute", "sheet", "model")),
            Map.entry("render", Set.of("compute", "model", "world")),
            // the layout knows nothing of bulletins, files or libraries: pages from blocks, measured through faces
            Map.entry("layout", Set.of()),
            Map.entry("print", Set.of("layout", "model", "world")),
            Map.entry("pdf", Set.of("model", "world", "layout")),
            Map.entry(
                    "pipeline",
                    Set.of("model", "world", "load", "compute", "render", "layout", "print", "pdf", "export", "web")),
            Map.entry(
                    "cli",
                    Set.of(
                            "model",
                            "world",
                            "pipeline",
                            "load",
                            "compute",
                            "render",
                            "pdf",
                            "draft",
                            "export",
                            "sheet",
                            "watch",
                            "preview")));

    @Test
    void eachLibraryStaysInItsStageAndTheStagesDependOneWay() throws IOException {
        List<String> wrong = new ArrayList<>();
        List<String> packages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String stage = dir.getFileName().toString();
                packages.add(stage);
                assertThat(dir.resolve("package-info.java"))
                        .as("a sentence on what " + stage + " does")
                        .exists();
                try (Stream<Path> files = Files.walk(dir)) {
                    for (Path f :
                            files.filter(p -> p.toString().endsWith(".java")).toList()) {
                        Matcher m = IMPORT.matcher(Files.readString(f));
                        while (m.find()) {
                            String imported = m.group(1) + ".";
                            LIBRARIES.forEach((library, owner) -> {
                                if (imported.startsWith(library) && !owner.equals(stage)) {
                                    wrong.add(f.getFileName() + " in " + stage + " uses " + library + " (" + owner
                                            + "'s library)");
                                }
                            });
                            String own = "org.nj12320.bulletin.";
                            if (imported.startsWith(own)) {
                                String used = imported.substring(own.length()).split("\\.")[0];
                                if (!used.equals(stage)
                                        && !STAGES.getOrDefault(stage, Set.of()).contains(used)) {
                                    wrong.add(f.getFileName() + " in " + stage + " uses the stage " + used);
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(packages)
                .as("every package is placed in the lists above")
                .containsExactlyInAnyOrderElementsOf(STAGES.keySet());
        assertThat(wrong).isEmpty();
    }
}
