package org.nj12320.bulletin.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.world.DiskFolder;

/** Files saved in an issue's folder that its manifest never names are pointed out, not silently left out. */
class LeftoverFilesTest {
    private static final Period MARCH = Period.parse("2023-03").orElseThrow();
    private static final String TABLE = "title: 表\ncolumns: [{name: 单位, type: name}, 数]\nrows: t.csv\n";

    @TempDir
    Path tmp;

    private static List<Problem> problems(IssueFolder f) throws Exception {
        return f.loader().load(MARCH).problems();
    }

    private static List<String> said(List<Problem> problems) {
        return problems.stream()
                .map(p -> p.severity().prefix() + " " + p.where().file() + " " + p.message())
                .toList();
    }

    @Test
    void anArticleOrDataFileNotListedIsAWarningAndASpreadsheetNotUsedANote() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03")
                .manifest("  - table: t.yaml\n")
                .write("t.yaml", TABLE)
                .write("t.csv", "单位,数\n甲,1\n")
                .write("articles/03-工作会议.md", "---\ntitle: 我市召开卫生信息工作会议\n---\n\n正文。\n")
                .write("referrals.yml", "title: 转诊\n")
                .write("hotline-source.xlsx", "not read, so not checked")
                .write("来稿.docx", "a document sent in");
        assertThat(said(problems(f)))
                .containsExactly(
                        "warning data/2023-03/articles/03-工作会议.md 这篇稿子没有列在 issue.yaml 中，不会印出",
                        "note data/2023-03/hotline-source.xlsx 这个表格文件没有哪张表用到（没有哪个 rows: 写着它），只作底稿留着",
                        "warning data/2023-03/referrals.yml 这个数据文件没有列在 issue.yaml 中，不会印出");
        assertThat(problems(f).get(0).hint())
                .contains("data/2023-03/issue.yaml 的 sections: 下")
                .contains("- article: articles/03-工作会议.md");
    }

    @Test
    void theHintListsALeftoverDataFileAsTheKindOfSectionItHolds() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03")
                .manifest("  - table: t.yaml\n")
                .write("t.yaml", TABLE)
                .write("t.csv", "单位,数\n甲,1\n")
                .write("top.yaml", "title: 前十位\nbars: {table: t, by: 数}\n")
                .write("calls.yaml", "title: 热线\nfigures:\n  calls: 1\n")
                .write("more.yaml", "title: 另一张表\ncolumns: [{name: 单位, type: name}, 数]\nrows: []\n");
        List<String> hints =
                problems(f).stream().map(p -> p.where().file() + " " + p.hint()).toList();
        assertThat(hints)
                .anySatisfy(
                        h -> assertThat(h).startsWith("data/2023-03/top.yaml").contains("- chart: top.yaml；"))
                .anySatisfy(h -> assertThat(h)
                        .startsWith("data/2023-03/calls.yaml")
                        .contains("- text: calls.yaml，下一行写明 template:"))
                .anySatisfy(
                        h -> assertThat(h).startsWith("data/2023-03/more.yaml").contains("- table: more.yaml；"));
    }

    @Test
    void filesOfEditorsAtWorkAndHiddenFilesAreNotLeftovers() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03")
                .manifest("  - table: t.yaml\n")
                .write("t.yaml", TABLE)
                .write("t.csv", "单位,数\n甲,1\n")
                .write("~$t.xlsx", "Excel's lock file")
                .write("briefs.md~", "an editor's backup")
                .write(".briefs.md.swp", "vim's swap file")
                .write("old.yaml.bak", "a copy kept")
                .write(".hidden/notes.md", "nothing of the issue");
        assertThat(problems(f)).isEmpty();
    }

    @Test
    void aFileNamedByAnEntryWithASlipIsNotCalledLeftOver() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03")
                .manifest("  - articel: ./articles/01.md\n  - table: t.yaml\n")
                .write("t.yaml", TABLE)
                .write("t.csv", "单位,数\n甲,1\n")
                .write("articles/01.md", "---\ntitle: 稿\n---\n\n正文。\n");
        List<Problem> problems = problems(f);
        // the slip said once, as the kind it was meant for
        assertThat(problems).extracting(Problem::message).containsExactly("未知字段“articel”");
        assertThat(problems).extracting(Problem::hint).containsExactly("是否应为“article”？");
        assertThat(problems).allMatch(Problem::isError);
        // a section with no kind at all is told the kinds there are
        f.manifest("  - template: hotline\n");
        assertThat(problems(f))
                .extracting(Problem::message)
                .contains("栏目须写明类别："
                        + String.join(
                                "、",
                                java.util.Arrays.stream(Section.Kind.values())
                                        .map(Section.Kind::keyword)
                                        .toList()));
    }

    @Test
    void theShippedIssuesHaveNoLeftovers() throws Exception {
        IssueLoader loader = new IssueLoader(
                new DiskFolder(Path.of("data"), "data"), new DiskFolder(Path.of("templates"), "templates"));
        for (Period p : loader.availablePeriods()) {
            assertThat(loader.load(p).problems()).as(p.id()).isEmpty();
        }
    }
}
