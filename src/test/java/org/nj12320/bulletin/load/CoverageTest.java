package org.nj12320.bulletin.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.ColumnType;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.world.DiskWorld;

/**
 * The shipped issues and the golden issue, taken together, exercise every section kind and every column type
 * there is: the lists are the types' own values, so that a kind or type added to the code fails here until an
 * issue the tests build uses it.
 */
class CoverageTest {
    private static Issue load(Path data, String period) throws Exception {
        DiskWorld world = DiskWorld.at(Path.of("."), data, null, null, java.util.Map.of());
        IssueLoader.Loaded loaded = new IssueLoader(world.data(), world.templates())
                .load(Period.parse(period).orElseThrow());
        assertThat(loaded.problems()).filteredOn(p -> p.isError()).isEmpty();
        return loaded.issue();
    }

    @Test
    void everySectionKindAndColumnTypeIsExercised() throws Exception {
        List<Issue> issues = List.of(
                load(Path.of("data"), "2023-03"),
                load(Path.of("data"), "2024"),
                load(Path.of("src/test/resources/golden/data"), "2023-11"));
        Set<Section.Kind> kinds = EnumSet.noneOf(Section.Kind.class);
        Set<ColumnType> types = EnumSet.noneOf(ColumnType.class);
        for (Issue issue : issues) {
            for (Section s : issue.sections()) {
                kinds.add(s.kind());
                if (s instanceof Section.Table t) {
                    for (Column.Leaf leaf : t.table().leaves()) {
                        types.add(leaf.type());
                    }
                }
            }
        }
        assertThat(kinds).as("section kinds the issues use").isEqualTo(EnumSet.allOf(Section.Kind.class));
        assertThat(types).as("column types the issues' tables use").isEqualTo(EnumSet.allOf(ColumnType.class));
    }
}
