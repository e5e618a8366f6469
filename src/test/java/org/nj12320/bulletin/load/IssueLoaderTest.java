package org.nj12320.bulletin.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.ColumnType;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.world.DiskFolder;

class IssueLoaderTest {
    private static final Period MARCH = Period.parse("2023-03").orElseThrow();

    @TempDir
    Path tmp;

    private static final String TABLE = """
            title: 测试表
            columns:
              - {name: 序号, type: rank}
              - {name: 单位, type: name}
              - 电话预约
              - {name: 符合率, type: rate}
              - {name: 表单, type: fraction, of: 11}
            order: 电话预约
            rows:
              - {单位: 甲, 电话预约: 1, 符合率: 98.30, 表单: 5}
              - {单位: 乙, 电话预约: %s, 符合率: 50, 表单: 11}
            """;

    /** The problems of a load that must find errors, whether they stop it at once or not. */
    private List<Problem> problemsOf(IssueFolder f) {
        try {
            IssueLoader.Loaded loaded = f.loader().load(MARCH);
            assertThat(loaded.hasErrors())
                    .as("expected errors, found " + loaded.problems())
                    .isTrue();
            return loaded.problems();
        } catch (BulletinException e) {
            return e.problems();
        }
    }

    @Test
    void theShippedMonthlyIssueLoads() throws Exception {
        IssueLoader.Loaded loaded = new IssueLoader(
                        new DiskFolder(Path.of("data"), "data"), new DiskFolder(Path.of("templates"), "templates"))
                .load(MARCH);
        assertThat(loaded.problems()).isEmpty();
        List<Section> sections = loaded.issue().sections();
        assertThat(sections).hasSize(10);
        assertThat(sections.get(2))
                .isInstanceOfSatisfying(
                        Section.Heading.class, h -> assertThat(h.text()).isEqualTo("统计数据"));
        TableData appointments = ((Section.Table) sections.get(4)).table();
        assertThat(appointments.rows()).hasSize(38);
        assertThat(appointments.leaves())
                .extracting(l -> l.name())
                .containsExactly("序号", "单位", "12320 在线预约", "电话预约", "诊间预约", "第三方", "小计");
        assertThat(appointments.total().given()).containsKey("小计");
        TableData districts = ((Section.Table) sections.get(6)).table();
        assertThat(districts.rows()).hasSize(12);
        assertThat(districts.leaves())
                .filteredOn(l -> l.type() == ColumnType.RATE)
                .extracting(l -> l.path())
                .containsExactly("门急诊信息.实时数据符合率", "出院信息.实时数据符合率");
        Section.Text hotline = (Section.Text) sections.get(3);
        assertThat(hotline.figures().values().get("calls")).isEqualTo(new BigDecimal("55193"));
        assertThat(loaded.issue().meta().printed()).hasToString("2023-04-27");
        assertThat(loaded.issue().colophon().postcode()).isEqualTo("210003");
    }

    @Test
    void theShippedAnnualIssueLoads() throws Exception {
        IssueLoader.Loaded loaded = new IssueLoader(
                        new DiskFolder(Path.of("data"), "data"), new DiskFolder(Path.of("templates"), "templates"))
                .load(Period.parse("2024").orElseThrow());
        assertThat(loaded.problems()).isEmpty();
        List<Section> sections = loaded.issue().sections();
        assertThat(sections).hasSize(14);
        assertThat(sections).filteredOn(s -> s instanceof Section.Table).hasSize(8);
        TableData appointments = sections.stream()
                .filter(s -> s instanceof Section.Table)
                .map(s -> ((Section.Table) s).table())
                .filter(t -> t.id().equals("appointments"))
                .findFirst()
                .orElseThrow();
        assertThat(appointments.rows()).hasSize(44);
        assertThat(appointments.leaves())
                .extracting(l -> l.name())
                .contains("快速预约")
                .doesNotContain("电话预约");
        TableData referrals = sections.stream()
                .filter(s -> s instanceof Section.Table)
                .map(s -> ((Section.Table) s).table())
                .filter(t -> t.id().equals("referrals"))
                .findFirst()
                .orElseThrow();
        assertThat(referrals.orderBy())
                .as("districts keep their administrative order")
                .isNull();
        assertThat(referrals.leaves())
                .filteredOn(l -> l.type() == ColumnType.SUM)
                .extracting(l -> l.path())
                .containsExactly("各类转诊总量.本年总量", "各类转诊总量.累计总量");
        assertThat(loaded.issue().colophon().copies()).isEqualTo(510L);
        assertThat(loaded.issue().colophon().editor()).isEqualTo("陈颖");
    }

    @Test
    void theShippedPeriodsAreListed() {
        assertThat(new IssueLoader(
                                new DiskFolder(Path.of("data"), "data"),
                                new DiskFolder(Path.of("templates"), "templates"))
                        .availablePeriods())
                .extracting(Period::id)
                .containsExactly("2023-03", "2024");
    }

    @Test
    void aPeriodWithoutDataNamesThePeriodsThatHaveSome() {
        assertThatThrownBy(() -> new IssueLoader(
                                new DiskFolder(Path.of("data"), "data"),
                                new DiskFolder(Path.of("templates"), "templates"))
                        .load(Period.parse("2019-01").orElseThrow()))
                .isInstanceOfSatisfying(BulletinException.class, e -> {
                    assertThat(e.problems().get(0).message()).contains("2019-01");
                    assertThat(e.problems().get(0).hint()).contains("2023-03");
                });
    }

    @Test
    void aSumDeclaredBeforeItsPartsLoadsWithItsPartsResolved() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").table("""
                title: 表
                columns:
                  - {name: 单位, type: name}
                  - {name: 小计, type: sum, of: [甲, 乙]}
                  - 甲
                  - 乙
                total: 合计
                rows:
                  - {单位: A, 甲: 1, 乙: 2}
                """);
        IssueLoader.Loaded loaded = f.loader().load(MARCH);
        assertThat(loaded.problems()).isEmpty();
        TableData t = ((Section.Table) loaded.issue().sections().get(0)).table();
        assertThat(t.leaves().get(1))
                .isInstanceOfSatisfying(
                        Column.Sum.class, s -> assertThat(s.of()).containsExactly("甲", "乙"));
    }

    @Test
    void aSumThatAddsItselfIsAnErrorAtItsLine() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").table("""
                title: 表
                columns:
                  - {name: 单位, type: name}
                  - 甲
                  - {name: 小计, type: sum, of: [甲, 小计]}
                rows:
                  - {单位: A, 甲: 1}
                """);
        Problem p = problemsOf(f).get(0);
        assertThat(p.isError()).isTrue();
        assertThat(p.where().file()).isEqualTo("data/2023-03/t.yaml");
        assertThat(p.where().line()).isEqualTo(5);
        assertThat(p.where().path()).isEqualTo("columns[2].of");
        assertThat(p.message()).contains("“小计”把它自己也加在内");
    }

    @Test
    void sumsThatDependOnEachOtherAreAnErrorNamingTheLoop() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").table("""
                title: 表
                columns:
                  - {name: 单位, type: name}
                  - 甲
                  - group: 总量
                    columns:
                      - {name: 本年, type: sum, of: [甲, 累计]}
                      - {name: 累计, type: sum, of: [本年]}
                rows:
                  - {单位: A, 甲: 1}
                """);
        List<Problem> problems = problemsOf(f);
        assertThat(problems).as(problems.toString()).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.where().line()).isEqualTo(7);
        assertThat(p.message()).contains("求和列互相依赖", "总量.本年 → 总量.累计 → 总量.本年");
    }

    @Test
    void malformedYamlIsReportedWithItsLine() throws Exception {
        IssueFolder f =
                new IssueFolder(tmp, "2023-03").table("title: 表\ncolumns:\n  - {name: 单位, type: name\nrows: []\n");
        Problem p = problemsOf(f).get(0);
        assertThat(p.where().file()).isEqualTo("data/2023-03/t.yaml");
        assertThat(p.where().line()).isEqualTo(3);
        assertThat(p.where().column()).isEqualTo(5);
        assertThat(p.message()).isEqualTo("这里的“{”没有配对的“}”");
    }

    @Test
    void aCountWithThousandsSeparatorsIsRefusedWithAHint() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").table(TABLE.formatted("\"1,020\""));
        Problem p = problemsOf(f).get(0);
        assertThat(p.where().location()).isEqualTo("data/2023-03/t.yaml:11:19");
        assertThat(p.where().path()).isEqualTo("rows[1]（乙）.电话预约");
        assertThat(p.message()).contains("1,020", "千位分隔符");
        assertThat(p.hint()).contains("1020");
    }

    @Test
    void aFileListedTwiceOrTwoFilesOfOneNameAreAnErrorAtTheSecond() throws Exception {
        String table = "title: 表\ncolumns: [{name: 单位, type: name}, 数]\nrows:\n  - {单位: 甲, 数: 1}\n";
        IssueFolder twice = new IssueFolder(tmp.resolve("twice"), "2023-03")
                .manifest("  - table: t.yaml\n  - heading: 统计数据\n  - table: t.yaml\n")
                .write("t.yaml", table);
        assertThat(problemsOf(twice)).singleElement().satisfies(p -> {
            assertThat(p.where().location()).isEqualTo("data/2023-03/issue.yaml:8:12");
            assertThat(p.message()).isEqualTo("“t.yaml”在前面已经列过一次");
        });
        IssueFolder namesake = new IssueFolder(tmp.resolve("namesake"), "2023-03")
                .manifest("  - table: t.yaml\n  - article: articles/t.md\n")
                .write("t.yaml", table)
                .write("articles/t.md", "---\ntitle: 稿\n---\n\n正文。\n");
        assertThat(problemsOf(namesake)).singleElement().satisfies(p -> {
            assertThat(p.where().location()).isEqualTo("data/2023-03/issue.yaml:7:14");
            assertThat(p.message()).isEqualTo("“articles/t.md”与前面的“t.yaml”同名（不计文件夹和扩展名）");
        });
    }

    @Test
    void aRateColumnWrittenAsProportionsIsQuestioned() throws Exception {
        String yaml = TABLE.formatted("2").replace("符合率: 98.30", "符合率: 0.983").replace("符合率: 50", "符合率: 0.5");
        IssueLoader.Loaded loaded = new IssueFolder(tmp.resolve("p"), "2023-03")
                .table(yaml)
                .loader()
                .load(MARCH);
        assertThat(loaded.problems()).singleElement().satisfies(p -> {
            assertThat(p.isWarning()).isTrue();
            assertThat(p.where().location()).isEqualTo("data/2023-03/t.yaml:10:27");
            assertThat(p.message()).contains("一列的数字都不大于 1（如 0.983）", "0.983 会印作 0.983%");
        });
        // percentages as written, one of them small, are not
        String fine = TABLE.formatted("2").replace("符合率: 50", "符合率: 0.5");
        assertThat(new IssueFolder(tmp.resolve("q"), "2023-03")
                        .table(fine)
                        .loader()
                        .load(MARCH)
                        .problems())
                .isEmpty();
    }

    @Test
    void aFractionASpreadsheetProgramTookForADateIsSaidToBeOne() throws Exception {
        String sheet = "title: 表\ncolumns: [{name: 单位, type: name}, {name: 表单, type: fraction, of: 11}]\nrows: t.csv\n";
        IssueFolder f = new IssueFolder(tmp.resolve("dates"), "2023-03").table(sheet);
        f.write("t.csv", "单位,表单\n甲,5/11\n乙,5月11日\n丙,45057\n丁,2023/5/11\n");
        List<Problem> problems = problemsOf(f);
        assertThat(problems)
                .extracting(p -> p.where().location())
                .containsExactly("data/2023-03/t.csv!B3", "data/2023-03/t.csv!B4", "data/2023-03/t.csv!B5");
        assertThat(problems.get(0).message()).isEqualTo("“5月11日”是个日期：表格程序把分数 n/11 当成了日期");
        assertThat(problems.get(1).message()).endsWith("实为 45057：像是表格程序把分数当成日期后存下的数");
        assertThat(problems).allSatisfy(p -> assertThat(p.hint()).isEqualTo("把这一列设为“文本”格式，再写成 n/11（或只写项数 n）"));
    }

    @Test
    void aRowOfTheSourceThatAddsUpOthersIsNoUnit() throws Exception {
        String yaml = TABLE.formatted("2").replace("{单位: 乙,", "{单位: 合计,");
        Problem p = problemsOf(new IssueFolder(tmp.resolve("yaml"), "2023-03").table(yaml))
                .get(0);
        assertThat(p.where().location()).isEqualTo("data/2023-03/t.yaml:11:10");
        assertThat(p.message()).startsWith("“合计”不是一个单位，是原表把几行加起来的一行");

        String sheet = "title: 表\ncolumns: [{name: 单位, type: name}, 数]\nrows: t.csv\n";
        IssueFolder f = new IssueFolder(tmp.resolve("csv"), "2023-03").table(sheet);
        f.write("t.csv", "单位,数\n甲,1\n乙,2\n 小 计 ,3\n丙,4\n");
        assertThat(problemsOf(f)).singleElement().satisfies(q -> {
            assertThat(q.where().location()).isEqualTo("data/2023-03/t.csv!A4");
            assertThat(q.message()).startsWith("“小 计”不是一个单位");
            assertThat(q.hint()).isEqualTo("删去这一行；小计和合计由程序算出");
        });
    }

    @Test
    void aTableWithoutRowsIsAnErrorAtItsRows() throws Exception {
        String noRows = "title: 表\ncolumns: [{name: 单位, type: name}, 数]\nrows: %s\n";
        for (String rows : new String[] {"~", "[]", "t.csv"}) {
            IssueFolder f = new IssueFolder(tmp.resolve("r" + rows.length()), "2023-03").table(noRows.formatted(rows));
            if (rows.endsWith(".csv")) {
                f.write("t.csv", "单位,数\n");
            }
            List<Problem> problems = problemsOf(f);
            assertThat(problems).as(rows).singleElement().satisfies(p -> {
                assertThat(p.where().location()).isEqualTo("data/2023-03/t.yaml:3:7");
                assertThat(p.message()).isEqualTo(rows.endsWith(".csv") ? "表格文件的表头下面一行数据也没有" : "这张表一行数据也没有");
            });
        }
    }

    @Test
    void aCountWithSpacesBetweenItsDigitsIsRefusedWithTheNumberToWrite() throws Exception {
        for (String written : new String[] {"12 380", "1 234 567", "12\u00a0380"}) {
            Problem p = problemsOf(new IssueFolder(tmp.resolve("s" + written.length()), "2023-03")
                            .table(TABLE.formatted(written)))
                    .get(0);
            assertThat(p.message()).as(written).contains("数字中有空格");
            assertThat(p.hint()).as(written).isEqualTo("去掉空格，写作 " + written.replaceAll("\\D", ""));
        }
    }

    @Test
    void aCountWithAUnitOrACommaIsRefused() throws Exception {
        assertThat(problemsOf(new IssueFolder(tmp.resolve("a"), "2023-03").table(TABLE.formatted("12 万")))
                        .get(0)
                        .message())
                .contains("12 万", "单位");
        assertThat(problemsOf(new IssueFolder(tmp.resolve("b"), "2023-03").table(TABLE.formatted("\"1,02\"")))
                        .get(0)
                        .message())
                .contains("1,02");
    }

    @Test
    void negativeCountsRatesOutOfRangeAndFractionsOverTheirWholeAreRefused() throws Exception {
        String bad = """
                title: 测试表
                columns:
                  - {name: 单位, type: name}
                  - 数量
                  - {name: 符合率, type: rate}
                  - {name: 表单, type: fraction, of: 11}
                rows:
                  - {单位: 甲, 数量: -3, 符合率: 100.5, 表单: 12}
                """;
        List<Problem> problems = problemsOf(new IssueFolder(tmp, "2023-03").table(bad));
        assertThat(problems)
                .extracting(p -> p.where().path())
                .containsExactly("rows[0]（甲）.数量", "rows[0]（甲）.符合率", "rows[0]（甲）.表单");
        assertThat(problems.get(0).message()).contains("负数");
        assertThat(problems.get(1).message()).contains("100.5", "0–100%");
        assertThat(problems.get(2).message()).contains("11", "12");
    }

    @Test
    void aMissingFieldIsNamed() throws Exception {
        String yaml = TABLE.formatted("2").replace(", 符合率: 50, 表单: 11}", ", 表单: 11}");
        Problem p = problemsOf(new IssueFolder(tmp, "2023-03").table(yaml)).get(0);
        assertThat(p.message()).contains("缺少", "符合率");
        assertThat(p.where().path()).isEqualTo("rows[1]（乙）.符合率");
    }

    @Test
    void anUnknownFieldGetsTheNearestKnownName() throws Exception {
        String yaml = TABLE.formatted("2").replace("order: 电话预约", "ordre: 电话预约");
        Problem p = problemsOf(new IssueFolder(tmp, "2023-03").table(yaml)).get(0);
        assertThat(p.message()).contains("ordre");
        assertThat(p.hint()).contains("order");
        assertThat(p.where().line()).isEqualTo(8);
    }

    @Test
    void anOrderByAColumnThatIsNotThereIsNamedOnceAtItsValue() throws Exception {
        for (String order : new String[] {"order: 电话预", "order: {by: 电话预}"}) {
            String yaml = TABLE.formatted("2").replace("order: 电话预约", order);
            Problem p = problemsOf(new IssueFolder(tmp.resolve("o" + order.length()), "2023-03").table(yaml))
                    .get(0);
            assertThat(p.message()).as(order).isEqualTo("没有名为“电话预”的列");
            assertThat(p.where().path()).as(order).isEqualTo(order.contains("by") ? "order.by" : "order");
            assertThat(p.where().column()).as(order).isEqualTo(order.indexOf("电话预") + 1);
        }
    }

    @Test
    void aMistypedColumnInARowGetsTheNearestColumnName() throws Exception {
        String yaml = TABLE.formatted("2").replace("{单位: 乙, 电话预约:", "{单位: 乙, 电话预预约: 3, 电话预约:");
        List<Problem> problems = problemsOf(new IssueFolder(tmp, "2023-03").table(yaml));
        assertThat(problems).anySatisfy(p -> {
            assertThat(p.message()).contains("电话预预约");
            assertThat(p.hint()).contains("电话预约");
        });
    }

    @Test
    void aKeyWrittenTwiceIsRefused() throws Exception {
        String yaml = TABLE.formatted("2") + "title: 又一个标题\n";
        Problem p = problemsOf(new IssueFolder(tmp, "2023-03").table(yaml)).get(0);
        assertThat(p.message()).contains("title", "两次");
    }

    @Test
    void aliasesAreRefused() throws Exception {
        String yaml = TABLE.formatted("2").replace("title: 测试表", "title: &t 测试表\nsubtitle: *t");
        Problem p = problemsOf(new IssueFolder(tmp, "2023-03").table(yaml)).get(0);
        assertThat(p.message()).contains("别名");
    }

    @Test
    void aByteOrderMarkIsJustSkipped() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").table("\uFEFF" + TABLE.formatted("2"));
        Files.writeString(f.dir.resolve("issue.yaml"), "\uFEFF" + Files.readString(f.dir.resolve("issue.yaml")));
        IssueLoader.Loaded loaded = f.loader().load(MARCH);
        assertThat(((Section.Table) loaded.issue().sections().get(0)).table().title())
                .isEqualTo("测试表");
    }

    @Test
    void aGbkFileIsNamedWithHowToSaveItAgain() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").table("");
        f.write("t.yaml", TABLE.formatted("2"), Charset.forName("GBK"));
        Problem p = problemsOf(f).get(0);
        assertThat(p.where().file()).isEqualTo("data/2023-03/t.yaml");
        assertThat(p.message()).contains("UTF-8", "GBK");
        assertThat(p.hint()).contains("UTF-8");
    }

    @Test
    void radicalsPastedFromAPdfAreReplacedWithAWarning() throws Exception {
        IssueFolder f =
                new IssueFolder(tmp, "2023-03").table(TABLE.formatted("2").replace("title: 测试表", "title: 卫\u2F63信息"));
        IssueLoader.Loaded loaded = f.loader().load(MARCH);
        assertThat(((Section.Table) loaded.issue().sections().get(0)).table().title())
                .isEqualTo("卫生信息");
        assertThat(loaded.problems())
                .singleElement()
                .satisfies(w -> assertThat(w.message()).contains("U+2F63"));
    }

    @Test
    void aFileOutsideTheIssueFolderIsRefused() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").manifest("  - table: ../../secret.yaml\n");
        Problem p = problemsOf(f).get(0);
        assertThat(p.message()).contains("不在 data/2023-03 之内");
    }

    @Test
    void aManifestForAnotherPeriodIsRefused() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").table(TABLE.formatted("2"));
        Files.writeString(
                f.dir.resolve("issue.yaml"),
                Files.readString(f.dir.resolve("issue.yaml")).replace("period: 2023-03", "period: 2023-04"));
        assertThat(problemsOf(f).get(0).message()).contains("2023-04");
    }

    @Test
    void aFileWithErrorsIsLeftOutAndTheOthersStillLoad() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").manifest("  - table: a.yaml\n  - table: b.yaml\n");
        f.write("a.yaml", TABLE.formatted("x"));
        f.write("b.yaml", TABLE.formatted("2"));
        IssueLoader.Loaded loaded = f.loader().load(MARCH);
        assertThat(loaded.hasErrors()).isTrue();
        assertThat(loaded.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.where().file()).endsWith("a.yaml"));
        assertThat(loaded.issue().sections())
                .singleElement()
                .satisfies(s ->
                        assertThat(((Section.Table) s).table().ref().file()).endsWith("b.yaml"));
    }

    @Test
    void valuesKeepTheirSourcePlace() throws Exception {
        IssueFolder f = new IssueFolder(tmp, "2023-03").table(TABLE.formatted("2"));
        TableData t = ((Section.Table) f.loader().load(MARCH).issue().sections().get(0)).table();
        var v = t.rows().get(1).values().get("电话预约");
        assertThat(v.ref().line()).isEqualTo(11);
        assertThat(v.number()).isEqualByComparingTo("2");
        assertThat(t.rows().get(0).values().get("符合率").number()).isEqualByComparingTo("98.3");
        assertThat(t.figures()).isEqualTo(Map.of());
    }
}
