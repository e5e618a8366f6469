package org.nj12320.bulletin.compute;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.model.Colophon;
import org.nj12320.bulletin.model.Figures;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.IssueMeta;
import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.SourceRef;

class PrintedTextsTest {
    private static final SourceRef MANIFEST = SourceRef.file("data/2023-03/issue.yaml");

    private static Issue issue() {
        SourceRef article = SourceRef.file("data/2023-03/articles/a.md");
        SourceRef hotline = SourceRef.file("data/2023-03/hotline.yaml");
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("breakdown", List.of(Map.of("name", "咨询类")));
        Figures figures = new Figures(
                values,
                Map.of("breakdown[0].name", new SourceRef("data/2023-03/hotline.yaml", 6, 14, "breakdown[0].name")),
                List.of());
        var table = Tables.table(
                List.of(Tables.name("单位"), Tables.group("门急诊信息", Tables.count("门急诊信息.人次"))),
                null,
                Map.of(),
                List.of(Tables.row("单位", "南京市儿童医院", "门急诊信息.人次", 1)));
        return new Issue(
                new IssueMeta(
                        "南京卫生信息",
                        "南京市卫生信息中心",
                        Period.parse("2023-03").orElseThrow(),
                        LocalDate.of(2023, 4, 27),
                        null,
                        MANIFEST),
                List.of(
                        new Section.Heading("统计数据", MANIFEST.child("sections[0]")),
                        new Section.Article("a", "标题", null, "article", "第一行\n第二行", 4, article),
                        new Section.Table(table, 1),
                        new Section.Text("hotline", "热线", "hotline", figures, hotline)),
                new Colophon(
                        "南京市卫生信息中心",
                        "紫竹林 3号",
                        "210003",
                        "025-83626620",
                        null,
                        null,
                        null,
                        List.of("健康南京APP"),
                        null,
                        null));
    }

    private static List<String> texts(List<LocatedText> located) {
        return located.stream().map(LocatedText::text).toList();
    }

    @Test
    void everyTextThatMayBePrintedIsThere() {
        List<LocatedText> t = PrintedTexts.of(issue(), MANIFEST);
        assertThat(texts(t))
                .contains(
                        "南京卫生信息",
                        "南京市卫生信息中心",
                        "紫竹林 3号",
                        "健康南京APP",
                        "统计数据",
                        "标题",
                        "第一行",
                        "第二行",
                        "测试表",
                        "单位",
                        "人次",
                        "门急诊信息",
                        "合计",
                        "南京市儿童医院",
                        "热线",
                        "咨询类");
    }

    @Test
    void eachWithWhereItWasWritten() {
        List<LocatedText> t = PrintedTexts.of(issue(), MANIFEST);
        LocatedText second =
                t.stream().filter(x -> x.text().equals("第二行")).findFirst().orElseThrow();
        assertThat(second.ref().file()).isEqualTo("data/2023-03/articles/a.md");
        assertThat(second.ref().line()).as("the body starts on line 4").isEqualTo(5);
        LocatedText name =
                t.stream().filter(x -> x.text().equals("咨询类")).findFirst().orElseThrow();
        assertThat(name.ref().line()).isEqualTo(6);
        LocatedText unit =
                t.stream().filter(x -> x.text().equals("南京市儿童医院")).findFirst().orElseThrow();
        assertThat(unit.ref().file()).isEqualTo("test.yaml");
        assertThat(t).allSatisfy(x -> assertThat(x.text()).isNotEmpty());
    }
}
