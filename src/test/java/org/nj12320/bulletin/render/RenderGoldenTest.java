package org.nj12320.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.compute.ComputedIssue;
import org.nj12320.bulletin.compute.IssueComputer;
import org.nj12320.bulletin.load.IssueLoader;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.world.DiskWorld;

/**
 * The page the render stage makes of a small issue, compared with the one kept beside its data
 * ({@code src/test/resources/golden/}; its README says how to refresh it).
 */
class RenderGoldenTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    private static String render(String period, Edition edition) throws Exception {
        DiskWorld world = DiskWorld.at(Path.of("."), GOLDEN.resolve("data"), null, null, java.util.Map.of());
        IssueLoader.Loaded loaded = new IssueLoader(world.data(), world.templates())
                .load(Period.parse(period).orElseThrow());
        assertThat(loaded.problems()).as("the golden issue loads cleanly").isEmpty();
        ComputedIssue computed = IssueComputer.compute(loaded.issue());
        assertThat(computed.problems()).isEmpty();
        String page = new HtmlRenderer(world.templates(), world.zone()).render(computed, edition);
        // the stylesheet is inlined whole; its content is the visual tests' business, not this one's
        return page.replaceAll("(?s)<style>.*?</style>", "<style>(style/print.css)</style>");
    }

    @Test
    void thePrintedEditionOfASmallIssue() throws Exception {
        String actual = render("2023-11", Edition.PRINT);
        Path expected = GOLDEN.resolve("2023-11.print.xhtml");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, actual);
        }
        Path written = Path.of("target/golden/2023-11.print.xhtml");
        Files.createDirectories(written.getParent());
        Files.writeString(written, actual);
        assertThat(actual)
                .as("the page differs from %s; the actual one is %s", expected, written)
                .isEqualTo(Files.readString(expected));
    }
}
