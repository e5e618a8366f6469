package org.nj12320.bulletin.load;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.testing.MemoryFolder;

/** The loader reads through the world's folder alone: an issue held in memory loads like one on disk. */
class MemoryWorldTest {
    private static MemoryFolder data() {
        return new MemoryFolder("data")
                .put("2023-04/issue.yaml", """
                        bulletin: 南京卫生信息
                        publisher: 南京市卫生信息中心
                        period: 2023-04
                        printed: 2023-05-25
                        sections:
                          - heading: 统计数据
                          - table: t.yaml
                          - table: ../2023-03/t.yaml
                        colophon: {organisation: 中心, address: 紫竹林 3号, postcode: "210003", phone: 025-83626620}
                        """)
                .put("2023-04/t.yaml", "title: 表\ncolumns: [{name: 单位, type: name}, 数]\nrows:\n  - {单位: 甲, 数: 1}\n")
                .put("2023-03/t.yaml", "title: 三月的表\n");
    }

    @Test
    void anIssueInMemoryLoadsAndItsPeriodsAreListed() throws Exception {
        IssueLoader loader = new IssueLoader(data(), new MemoryFolder("templates"));
        assertThat(loader.availablePeriods()).extracting(Period::id).containsExactly("2023-04");
        IssueLoader.Loaded loaded = loader.load(Period.parse("2023-04").orElseThrow());
        assertThat(loaded.issue().sections()).hasSize(2);
        assertThat(loaded.issue().sections().get(1))
                .isInstanceOfSatisfying(
                        Section.Table.class, t -> assertThat(t.table().rows()).hasSize(1));
        // the issue's folder is all it may read, whatever the world holds beside it
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("“../2023-03/t.yaml”不在 data/2023-04 之内");
            assertThat(p.where().file()).isEqualTo("data/2023-04/issue.yaml");
        });
    }

    @Test
    void messagesNameTheFilesAsTheWorldDoes() throws Exception {
        MemoryFolder data = data().put(
                        "2023-04/t.yaml",
                        "title: 表\ncolumns: [{name: 单位, type: name}, 数]\nrows:\n  - {单位: 甲, 数: -1}\n");
        IssueLoader.Loaded loaded = new IssueLoader(data, new MemoryFolder("templates"))
                .load(Period.parse("2023-04").orElseThrow());
        assertThat(loaded.problems())
                .extracting(Problem::where)
                .extracting(w -> w.file())
                .contains("data/2023-04/t.yaml");
    }
}
