package org.nj12320.bulletin.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
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

    /**
     * Classes a page may carry without a rule of their own in the edition's stylesheet: hooks for a rule an
     * editor may add, or parts set by their parent's rule. A class of a new kind of section or column is not
     * among them, so that the stylesheets of both editions are told about it.
     */
    private static final Set<String> HOOKS = Set.of("group", "publisher", "date", "item", "keep");

    /**
     * Every class the small issue's page carries is styled by the edition's stylesheet, or is a known hook. The
     * editions that are pages with a stylesheet are named: an output of another form has none to check.
     */
    @ParameterizedTest
    @EnumSource(
            value = Output.class,
            names = {"PRINT", "WEB"})
    void everyClassOfThePageIsStyled(Output edition) throws Exception {
        String page = render("2023-11", edition);
        String css = Files.readString(Path.of("templates/style/" + edition.keyword() + ".css"));
        Set<String> unstyled = new TreeSet<>();
        Matcher m = Pattern.compile("class=\"([^\"]*)\"").matcher(page);
        while (m.find()) {
            for (String c : m.group(1).trim().split("\\s+")) {
                // table-<file name> is each table's own hook (table-appointments); the table's parts are not
                boolean hook = HOOKS.contains(c)
                        || c.startsWith("table-")
                                && !Set.of("table-title", "table-block", "table-scroll")
                                        .contains(c);
                if (!hook
                        && !Pattern.compile("\\." + Pattern.quote(c) + "(?![\\w-])")
                                .matcher(css)
                                .find()) {
                    unstyled.add(c);
                }
            }
        }
        assertThat(unstyled)
                .as("classes of the %s page without a rule in style/%s.css", edition.keyword(), edition.keyword())
                .isEmpty();
    }
}
