package org.nj12320.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.compute.ComputedIssue;
import org.nj12320.bulletin.compute.IssueComputer;
import org.nj12320.bulletin.load.IssueLoader;
import org.nj12320.bulletin.model.Output;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.world.DiskWorld;

/**
 * The page the render stage makes of a small issue, compared with the one kept beside its data
 * ({@code src/test/resources/golden/}; its README says how to refresh it).
 */
class RenderGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static String render(String period, Output edition) throws Exception {
        DiskWorld world = DiskWorld.at(Path.of("."), GOLDEN.resolve("data"), null, null, java.util.Map.of());
        IssueLoader.Loaded loaded = new IssueLoader(world.data(), world.templates())
                .load(Period.parse(period).orElseThrow());
        assertThat(loaded.problems()).as("the golden issue loads cleanly").isEmpty();
        ComputedIssue computed = IssueComputer.compute(loaded.issue());
        assertThat(computed.problems()).isEmpty();
        String page = new HtmlRenderer(world.templates(), world.zone()).render(computed, edition);
        // the stylesheet is inlined whole; its content is the visual tests' business, not this one's
        return page.replaceAll("(?s)<style>.*?</style>", "<style>(style/" + edition.keyword() + ".css)</style>");
    }

    private static void compare(Output edition) throws Exception {
        String name = "2023-11." + edition.keyword() + ".xhtml";
        String actual = render("2023-11", edition);
        Path expected = GOLDEN.resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual);
        }
        Path written = Path.of("target/golden/" + name);
        Files.createDirectories(written.getParent());
        Files.writeString(written, actual);
        assertThat(actual)
                .as("the page differs from %s; the actual one is %s", expected, written)
                .isEqualTo(Files.readString(expected));
    }

    @Test
    void thePrintedEditionOfASmallIssue() throws Exception {
        compare(Output.PRINT);
    }

    /** The web edition of the same issue, as the templates make it (before its stylesheet is written in). */
    @Test
    void theWebEditionOfASmallIssue() throws Exception {
        compare(Output.WEB);
    }
}
