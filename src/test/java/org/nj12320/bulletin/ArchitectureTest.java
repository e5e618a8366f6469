package org.nj12320.bulletin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * The shape of the code, read from its compiled classes (a name written out in full, with no import, counts
 * too): each library is used by its own stage alone, and the stages
 * depend on one another one way only ({@code cli} on the stages, the stages on {@code model} and {@code world}).
 * A change that reaches across is a failure here, to be made on purpose (by changing these lists) or not at all.
 */
class ArchitectureTest {
    private static final Path SOURCES = Path.of("src/main/java/org/nj12320/bulletin");

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

    /** The project's classes as compiled, without the tests'. */
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.nj12320.bulletin");

    private static final String OWN = "org.nj12320.bulletin.";

    @Test
    void eachLibraryStaysInItsStageAndTheStagesDependOneWay() throws IOException {
        List<String> packages = new ArrayList<>();
        try (Stream<Path> dirs = Files.list(SOURCES)) {
            for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
                String stage = dir.getFileName().toString();
                packages.add(stage);
                assertThat(dir.resolve("package-info.java"))
                        .as("a sentence on what " + stage + " does")
                        .exists();
            }
        }
        assertThat(packages)
                .as("every package is placed in the lists above")
                .containsExactlyInAnyOrderElementsOf(STAGES.keySet());
        assertThat(CLASSES.size()).as("the compiled classes are read").isGreaterThan(100);
        // every dependency of the compiled code, a name written out in full or a library's class reached through
        // another's included: what the bytecode refers to
        Set<String> wrong = new TreeSet<>();
        for (JavaClass c : CLASSES) {
            String stage = stageOf(c.getName());
            if (stage == null) {
                continue;
            }
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getName();
                LIBRARIES.forEach((library, owner) -> {
                    if (target.startsWith(library) && !owner.equals(stage)) {
                        wrong.add(
                                c.getSimpleName() + " in " + stage + " uses " + library + " (" + owner + "'s library)");
                    }
                });
                String used = stageOf(target);
                if (used != null
                        && !used.equals(stage)
                        && !STAGES.getOrDefault(stage, Set.of()).contains(used)) {
                    wrong.add(c.getSimpleName() + " in " + stage + " uses the stage " + used + " (" + target + ")");
                }
            }
        }
        assertThat(wrong).isEmpty();
    }

    /** The stage a class belongs to: the package under the project's; null for a class outside it. */
    private static String stageOf(String className) {
        if (!className.startsWith(OWN)) {
            return null;
        }
        String rest = className.substring(OWN.length());
        int dot = rest.indexOf('.');
        return dot < 0 ? null : rest.substring(0, dot);
    }
}
