package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.testing.Pdfs;
import org.nj12320.bulletin.testing.Seed;

/** Builds the annual issue from the shipped data and compares the PDF with the printed issue. */
class AnnualIssueTest {
    static Cli run;
    static PDDocument pdf;
    static List<String> lines;
    static final Seed SEED = Seed.of("2024");

    /**
     * Rows of the printed issue that the bulletin prints otherwise, on purpose: where the source's own
     * total disagrees with its parts the computed total is printed (and the build warns), and amounts in
     * 千元 are printed with two decimals where the source dropped a trailing zero.
     */
    static final Map<String, String> DIFFERENT = Map.of(
            "玄武区 11 32 1 6 1 43 12 81", "玄武区 11 32 1 6 1 43 13 81",
            "合计 517 1606 19 167 1008 1987 1543 3760", "合计 517 1606 19 167 1008 1987 1544 3760");

    @BeforeAll
    static void build() throws Exception {
        BuiltIssues.Built built = BuiltIssues.of("2024");
        run = built.run();
        pdf = Loader.loadPDF(built.pdf().toFile());
        lines = Pdfs.lines(pdf);
    }

    @AfterAll
    static void close() throws Exception {
        if (pdf != null) {
            pdf.close();
        }
    }

    /** A seed row as the bulletin prints it. */
    static String expected(String seedRow) {
        if (DIFFERENT.containsKey(seedRow)) {
            return DIFFERENT.get(seedRow);
        }
        List<String> out = new ArrayList<>();
        for (String t : seedRow.split(" ")) {
            out.add(t.matches("\\d+\\.\\d") ? t + "0" : t);
        }
        return String.join(" ", out);
    }

    @Test
    void everyTableRowOfTheSeedIsPrinted() {
        List<String> rows = SEED.tableRows();
        assertThat(rows).hasSizeGreaterThan(150);
        List<String> missing = new ArrayList<>();
        for (String r : rows) {
            if (!lines.contains(expected(r))) {
                missing.add(expected(r));
            }
        }
        assertThat(missing).as("seed rows not found as lines of the PDF").isEmpty();
    }

    @Test
    void rowsComeInRankingOrderAndDistrictsInTheirOwnOrder() {
        int previous = -1;
        for (String row : SEED.tableRows()) {
            int at = lines.indexOf(expected(row));
            assertThat(at).as(row).isGreaterThan(previous);
            previous = at;
        }
    }

    @Test
    void eachInconsistencyOfTheSourceIsFoundAndListedAsChecked() {
        // the editors have recorded them as checked: no warning in the build, listed apart by check
        assertThat(run.err).doesNotContain("警告：");
        Cli check = Cli.run("check", "--year", "2024");
        assertThat(check.out)
                .contains("已确认的原表差异（3）：")
                .contains("玄武区.各类转诊总量.本年总量：12 与 13")
                .contains("江北新区.床位转诊.本年总量：27 与 24")
                .contains("合计.各类转诊总量.本年总量：1543 与 1544");
    }

    @Test
    void computedTotalsEqualTheSeedsWhereTheSeedIsConsistent() {
        assertThat(lines)
                .contains(
                        "合计 269290 38427426 656555 77884759",
                        "合计 197540 22477 34262 3102585 3356864",
                        "合计 433597 921462 200278 484397 228604 451448 168856 358058");
        assertThat(Pdfs.body(lines)).contains("合计：290146");
    }

    @Test
    void theTenEventsAreNumberedAndOpenWithTheirHeadlines() {
        String printed = Pdfs.body(lines);
        String[] numerals = {"一", "二", "三", "四", "五", "六", "七", "八", "九", "十"};
        for (String n : numerals) {
            assertThat(printed).contains(n + "、");
        }
        List<String> sentences = Seed.sentences(SEED.between("一、突出政治引领", "时代。"));
        assertThat(sentences).hasSizeGreaterThan(25);
        assertThat(sentences).allSatisfy(s -> assertThat(printed).contains(s));
    }

    @Test
    void proseSectionsCarryTheirFiguresAndNames() {
        String printed = Pdfs.body(lines);
        for (String s : List.of(
                "南京市在直辖市、副省级城市及省会城市的卫生健康信息化发展总指数中排名第五",
                "南京市远程医学会诊系统累计接入58家医疗机构",
                "2024年新增接入机构3家，分别是南京鼓楼医院集团仪征医院、淮安市第一人民医院、淮安市肿瘤医院",
                "累计通过平台开展各类会诊150次",
                "2024年新增接入机构为建邺区海峡城社区卫生服务中心",
                "2024年共采集检验报告372万份",
                "通过平台流转标本13万份",
                "2024年共采集心电病例报告41万份",
                "开展会诊1000余例",
                "累计开展会诊4554例",
                "六合区、江北新区、建邺区、玄武区区域临床检验检查系统升级于2024年12月恢复数据采集",
                "2024年，南京12320卫生热线共受理咨询电话347458个，其中咨询类79605个、医疗投诉17338个、电话预约139760个、"
                        + "人工服务98476通、心理危机干预7078通、自助语音问答5201个，受理市12345工单36630件，省12345工单15794件，自接工单17338件。",
                "（截止2024年底，总预约挂号量为37277112次）",
                "注：南京市批准并准入48家医疗机构互联网医院牌照，正常提供互联网服务32家，其中26家已接入市互联网医院服务门户。",
                "注：累计采集有效数据190.49亿条，主索引2854万条，建立居民电子健康档案873万份，智能提示、健康档案调阅累计使用1301万次，向基层共享数据3.91亿条。",
                "责任编辑：陈颖",
                "本期共印510份",
                "2025年1月24日")) {
            assertThat(printed).contains(s);
        }
        for (String unit : List.of("江宁区", "中科院皮研所", "南京市溧水区中医医院", "江宁医院", "江北医院", "南京市妇幼保健院获得三级")) {
            assertThat(printed).contains(unit);
        }
    }

    @Test
    void theReferralTableHasItsGroupedHeader() {
        String printed = Pdfs.body(lines);
        assertThat(printed).contains("行政区划", "门诊转诊", "检验检查转诊", "床位转诊", "各类转诊总量", "2024年总量", "累计总量");
    }

    @Test
    void aLongUnitNameWrapsWhereOneOfItsPartsEnds() throws Exception {
        // the lines of the names' cells, told apart by their baselines
        List<String> printed = new ArrayList<>();
        for (org.nj12320.bulletin.testing.TextLines.Line row : org.nj12320.bulletin.testing.TextLines.of(pdf)) {
            Map<Float, StringBuilder> byBaseline = new java.util.TreeMap<>();
            for (var g : row.glyphs()) {
                if (!g.getUnicode().isEmpty()
                        && Character.isIdeographic(g.getUnicode().codePointAt(0))) {
                    byBaseline
                            .computeIfAbsent(g.getYDirAdj(), y -> new StringBuilder())
                            .append(g.getUnicode());
                }
            }
            byBaseline.values().forEach(b -> printed.add(b.toString()));
        }
        assertThat(printed).contains("江苏益丰大药房连锁有限公司", "秦淮区御道街诊所", "南京市江北新区泰山街道", "桥荫路社区卫生服务站");
    }

    @Test
    void noLineOfTheIssueStartsWithAClosingMarkOrEndsWithAnOpeningOne() throws Exception {
        assertThat(org.nj12320.bulletin.testing.TextLines.breakingTheLineRules(pdf))
                .isEmpty();
    }

    @Test
    void bookmarksCoverEveryTable() {
        assertThat(Pdfs.outline(pdf))
                .containsExactly(
                        "2024 年度南京市卫生信息中心十件大事",
                        "统计数据",
                        "  全国卫生健康信息化发展指数（2024）",
                        "  南京市医疗机构国家三项测评成绩",
                        "  2024 年度南京市远程医疗数据",
                        "  2024 年度南京市体检综合管理平台数据量统计",
                        "  2024 年南京市家庭医生分级诊疗系统转诊数据统计",
                        "  2024 年度南京市从业人员健康证系统数据统计",
                        "  南京 12320 卫生热线 2024 年度数据统计",
                        "  2024 年度 12320 预约挂号服务统计",
                        "  2024 年度线上预约情况统计",
                        "  2024 年南京市互联网医院诊疗数据统计",
                        "  2024 年度南京市卫生信息平台数据采集情况（区）",
                        "  2024 年度南京市卫生信息平台数据采集情况（医院）");
    }

    @Test
    void pagesFontsAndDocumentInformation() throws Exception {
        assertThat(pdf.getNumberOfPages()).isBetween(8, 14);
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            assertThat(lines).contains("- " + p + " -");
        }
        for (PDFont f : Pdfs.fonts(pdf)) {
            assertThat(f.getName()).matches("[A-Z]{6}\\+Noto(Serif|Sans)SC-(Regular|Bold)");
        }
        assertThat(pdf.getDocumentInformation().getTitle()).isEqualTo("南京卫生信息（2024 年）");
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        assertThat(Pdfs.text(pdf)).doesNotContain("#", "\uFFFD");
    }
}
