package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.Pdfs;
import org.nj12320.bulletin.testing.Seed;

/** Builds the monthly issue from the shipped data, as an editor would, and reads the PDF back. */
class MonthlyIssueTest {
    static Cli run;
    static PDDocument pdf;
    static List<String> lines;
    static final Seed SEED = Seed.of("2023-03");

    @BeforeAll
    static void build() throws Exception {
        BuiltIssues.Built built = BuiltIssues.of("2023-03");
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

    @Test
    void theBuildPrintsThePathItWrote() {
        assertThat(run.out).contains("2023-03.pdf").contains("页");
    }

    @Test
    void theSeedsInconsistencyIsFoundAndListedAsChecked() {
        // the editors have recorded it as checked: no warning in the build, listed apart by check
        assertThat(run.err).doesNotContain("警告：", "Exception");
        Cli check = Cli.run("check", "--month", "2023-03");
        assertThat(check.out).contains("已确认的原表差异（1）：", "data/2023-03/hotline.yaml:18:12 province.calls：72102 与 217884");
    }

    @Test
    void everyTableRowOfTheSeedIsPrintedAsInTheSeed() {
        List<String> rows = SEED.tableRows();
        assertThat(rows).hasSizeGreaterThan(80);
        List<String> missing = new ArrayList<>(rows);
        missing.removeAll(lines);
        assertThat(missing).as("seed rows not found as lines of the PDF").isEmpty();
    }

    @Test
    void rowsComeInRankingOrder() {
        int previous = -1;
        for (String row : SEED.tableRows()) {
            int at = lines.indexOf(row);
            assertThat(at).as(row).isGreaterThan(previous);
            previous = at;
        }
    }

    @Test
    void computedTotalsEqualTheSeeds() {
        assertThat(lines).contains("合计 29137 4446 152993 35350 221926");
        assertThat(Seed.compact(String.join("", lines))).contains("合计：46020");
    }

    @Test
    void everySentenceOfTheProseIsPrinted() {
        String printed = Pdfs.body(lines);
        List<String> sentences = new ArrayList<>();
        sentences.addAll(Seed.sentences(SEED.between("全国卫生健康信息化发展指数(2023)近日", "南京市升至第五。")));
        sentences.addAll(Seed.sentences(SEED.between("2023 年 4 月 15 日上午", "参加会议\n\n并讲话。")));
        sentences.addAll(Seed.sentences(SEED.between("2023 年 3 月，南京 12320", "南通市 711 人次。")));
        sentences.addAll(Seed.sentences(SEED.between("会讯：", "在上海市召开。")));
        sentences.add(SEED.between("（截止 2023 年 3 月底，总预约", "31896389 次）"));
        sentences.add(SEED.between("（截止 2023 年 3 月底，区及医院", "193.62 亿条）"));
        sentences.add(SEED.between("（不包含 12320", "自有途径预约）"));
        assertThat(sentences).hasSizeGreaterThan(25);
        assertThat(sentences).allSatisfy(s -> assertThat(printed).contains(s));
    }

    @Test
    void titlesMastheadAndBackMatterArePrinted() {
        String printed = Seed.compact(String.join("", lines));
        for (String s : List.of(
                "南京卫生信息",
                "南京市卫生信息中心编印",
                "2023年4月27日",
                "全国卫生健康信息化发展指数（2023）发布",
                "南京位列直辖市、副省级城市及省会城市第五",
                "统计数据",
                "简讯",
                "南京12320卫生热线2023年3月数据统计",
                "2023年3月预约挂号服务统计",
                "2023年3月线上预约情况统计",
                "2023年3月南京市卫生信息平台数据采集情况（区）",
                "2023年3月南京市卫生信息平台数据采集情况（医院）",
                "地址：南京市紫竹林3号",
                "邮编：210003",
                "电话：025-83626620",
                "传真：025-83626621",
                "E-mail：njwsxx@163.com",
                "网址：www.nj12320.org",
                "健康南京APP",
                "南京卫生12320微信")) {
            assertThat(printed).contains(s);
        }
    }

    @Test
    void textCopiesAsTheSourceText() throws Exception {
        String text = Pdfs.text(pdf);
        assertThat(text).doesNotContain("#", "\uFFFD");
        assertThat(text.codePoints().filter(c -> c >= 0x2E80 && c <= 0x2FDF).count())
                .as("radical code points")
                .isZero();
        assertThat(text).contains("卫生", "一", "门急诊信息");
    }

    @Test
    void theFileStaysSmall() throws Exception {
        assertThat(java.nio.file.Files.size(BuiltIssues.of("2023-03").pdf())).isLessThan(250_000);
    }

    @Test
    void pagesAreA4AndNumbered() {
        assertThat(pdf.getNumberOfPages()).isBetween(6, 9);
        assertThat(pdf.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
        for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
            assertThat(lines).contains("- " + p + " -");
        }
    }

    @Test
    void noLineOfTheIssueStartsWithAClosingMarkOrEndsWithAnOpeningOne() throws Exception {
        assertThat(org.nj12320.bulletin.testing.TextLines.breakingTheLineRules(pdf))
                .isEmpty();
    }

    @Test
    void bookmarksCoverEveryArticleAndTable() {
        assertThat(Pdfs.outline(pdf))
                .containsExactly(
                        "全国卫生健康信息化发展指数（2023）发布",
                        "2023（17th）中国卫生信息技术/健康医疗大数据应用交流大会暨软硬件与健康医疗产品展览会在合肥召开",
                        "统计数据",
                        "  南京 12320 卫生热线 2023 年 3 月数据统计",
                        "  2023 年 3 月预约挂号服务统计",
                        "  2023 年 3 月线上预约情况统计",
                        "  2023 年 3 月南京市卫生信息平台数据采集情况（区）",
                        "  2023 年 3 月南京市卫生信息平台数据采集情况（医院）",
                        "简讯");
    }

    @Test
    void fontsAreOurOwnEmbeddedSubsetTrueTypeFonts() throws Exception {
        List<PDFont> fonts = Pdfs.fonts(pdf);
        assertThat(fonts).isNotEmpty();
        for (PDFont f : fonts) {
            assertThat(f).isInstanceOf(PDType0Font.class);
            assertThat(f.getName()).matches("[A-Z]{6}\\+Noto(Serif|Sans)SC-(Regular|Bold)");
            PDType0Font t0 = (PDType0Font) f;
            assertThat(t0.getDescendantFont().getFontDescriptor().getFontFile2())
                    .as(f.getName() + " embedded as TrueType")
                    .isNotNull();
        }
        assertThat(fonts.stream().map(PDFont::getName).map(n -> n.substring(7)).distinct())
                .contains("NotoSerifSC-Regular", "NotoSansSC-Bold");
    }

    @Test
    void documentInformationAndLanguage() {
        var info = pdf.getDocumentInformation();
        assertThat(info.getTitle()).isEqualTo("南京卫生信息（2023 年 3 月）");
        assertThat(info.getAuthor()).isEqualTo("南京市卫生信息中心");
        assertThat(info.getSubject()).contains("2023 年 3 月");
        assertThat(pdf.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
        assertThat(info.getCreationDate().get(java.util.Calendar.YEAR)).isEqualTo(2023);
    }

    @Test
    void aPreviousPdfIsReplacedOnlyByAComplete(@TempDir Path dir) throws Exception {
        Path target = dir.resolve("issue.pdf");
        Files.writeString(target, "%PDF- previous");
        Cli bad = Cli.run(
                "build",
                "--month",
                "2023-03",
                "--out",
                target.toString(),
                "--data",
                dir.resolve("nodata").toString());
        assertThat(bad.code).isEqualTo(1);
        assertThat(Files.readString(target)).isEqualTo("%PDF- previous");
        try (var s = Files.list(dir)) {
            assertThat(s.map(p -> p.getFileName().toString())).containsExactly("issue.pdf");
        }
    }
}
