package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.Seed;

import nu.validator.client.EmbeddedValidator;

/**
 * {@code bulletin site} on the shipped data: an index of every issue, newest first, by year, whose every
 * link leads to a file that is what it says (the PDF, the web edition, the workbook, each table's CSV); and
 * an archive written whole or not at all, never over a folder that is not one.
 */
class SiteTest {
    @TempDir
    static Path tmp;

    static Path site;
    static Cli run;

    @BeforeAll
    static void publish() {
        site = tmp.resolve("site");
        run = Cli.run("site", "--out-dir", site.toString());
        assertThat(run.code).as(run.toString()).isZero();
    }

    @Test
    void theIndexListsEveryIssueNewestFirstByYear() throws Exception {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        // the marks between titles are decoration, hidden from screen readers, and not part of any title
        index.select("[aria-hidden=true]").remove();
        assertThat(texts(index, "h2.year-title")).containsExactly("2024 年", "2023 年");
        assertThat(texts(index, ".issue-title")).containsExactly("2024 年度", "2023 年 3 月");
        assertThat(texts(index, ".issue-meta")).containsExactly("2025 年 1 月 24 日印发", "2023 年 4 月 27 日印发");
        assertThat(texts(index, ".contents li"))
                .containsExactly(
                        "2024 年度南京市卫生信息中心十件大事",
                        "统计数据",
                        "全国卫生健康信息化发展指数（2023）发布",
                        "2023（17th）中国卫生信息技术/健康医疗大数据应用交流大会暨软硬件与健康医疗产品展览会在合肥召开",
                        "统计数据",
                        "简讯");
        assertThat(run.out).contains("网站：" + site.resolve("index.html") + "（2 期）");
        assertThat(index.selectFirst("html").attr("lang")).isEqualTo("zh-CN");
        String report = new EmbeddedValidator().validate(site.resolve("index.html"));
        assertThat(report.lines().filter(l -> l.contains("error")).toList())
                .as(report)
                .isEmpty();
    }

    /** The texts of the elements, the quarter spaces of Chinese typesetting read as spaces. */
    private static List<String> texts(Document page, String selector) {
        return page.select(selector).eachText().stream()
                .map(s -> s.replace('\u2005', ' '))
                .toList();
    }

    @Test
    void everyLinkLeadsToWhatItSays() throws IOException {
        Document index = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        // the marks between titles are decoration, hidden from screen readers, and not part of any title
        index.select("[aria-hidden=true]").remove();
        List<String> followed = new ArrayList<>();
        for (Element a : index.select("a[href]")) {
            String href = a.attr("href");
            assertThat(href)
                    .as("a link inside the archive")
                    .doesNotContain(":", "..")
                    .doesNotStartWith("/");
            Path file = site.resolve(href);
            assertThat(file).as(href).isRegularFile();
            byte[] bytes = Files.readAllBytes(file);
            if (href.endsWith(".pdf")) {
                try (PDDocument pdf = Loader.loadPDF(bytes)) {
                    // the page count the index gives is the PDF's
                    if (a.parent().hasClass("issue-links")) {
                        assertThat(a.parent().text().replace('\u2005', ' ')).contains(pdf.getNumberOfPages() + " 页");
                        // and what the issue holds is what its bookmarks say, in their order
                        List<String> bookmarks = new ArrayList<>();
                        for (PDOutlineItem item :
                                pdf.getDocumentCatalog().getDocumentOutline().children()) {
                            bookmarks.add(Seed.compact(item.getTitle()));
                        }
                        assertThat(a.parents().select(".issue-entry").first().select(".contents li").eachText().stream()
                                        .map(Seed::compact)
                                        .toList())
                                .as(href)
                                .hasSizeGreaterThan(1)
                                .isEqualTo(bookmarks);
                    }
                }
            } else if (href.endsWith(".html")) {
                Document page = Jsoup.parse(file.toFile(), "UTF-8");
                assertThat(page.select("h1").text()).contains("南京卫生信息");
                for (Element inner : page.select("a[href]")) {
                    assertThat(inner.attr("href")).startsWith("#");
                    assertThat(page.getElementById(inner.attr("href").substring(1)))
                            .isNotNull();
                }
            } else if (href.endsWith(".csv")) {
                String csv = new String(bytes, StandardCharsets.UTF_8);
                // the index names each CSV file by the title of its table, which is the file's first line
                assertThat(csv).startsWith("\uFEFF");
                assertThat(Seed.compact(a.parent().text())).contains(Seed.compact(csv.substring(1, csv.indexOf('\r'))));
            } else if (href.endsWith(".xlsx")) {
                assertThat(new String(bytes, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
            } else {
                throw new AssertionError("a link to something unexpected: " + href);
            }
            followed.add(href);
        }
        assertThat(followed)
                .contains(
                        "2023-03/2023-03.pdf",
                        "2023-03/2023-03.html",
                        "2023-03/data/2023-03.xlsx",
                        "2023-03/data/appointments.csv",
                        "2024/2024.pdf",
                        "2024/2024.html",
                        "2024/data/2024.xlsx",
                        "2024/data/referrals.csv");
        // and nothing in the archive that the index does not reach, but the index and the archive's mark
        try (Stream<Path> files = Files.walk(site)) {
            assertThat(files.filter(Files::isRegularFile)
                            .map(p -> site.relativize(p).toString().replace('\\', '/'))
                            .filter(p -> !followed.contains(p)))
                    .containsExactlyInAnyOrder("index.html", SiteFolder.MARK);
        }
    }

    /** The archive is reproducible: built again from the same data, every file is the same bytes. */
    @Test
    void theSameDataGivesTheSameArchive() throws IOException {
        Path again = tmp.resolve("again");
        assertThat(Cli.run("site", "--out-dir", again.toString()).code).isZero();
        try (Stream<Path> files = Files.walk(site)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(again.resolve(site.relativize(f).toString()))
                        .as(site.relativize(f).toString())
                        .hasSameBinaryContentAs(f);
            }
        }
    }

    @Test
    void anArchiveIsReplacedWholeOrNotAtAll() throws IOException {
        Path data = tmp.resolve("data");
        Folders.copy(Path.of("data"), data);
        Path mine = tmp.resolve("mine");
        assertThat(Cli.run("site", "--data", data.toString(), "--out-dir", mine.toString()).code)
                .isZero();
        byte[] index = Files.readAllBytes(mine.resolve("index.html"));
        DataFiles.edit(data.resolve("2024"), "issue.yaml", "printed: 2025-01-24", "printed: 2025-13-24");
        Cli broken = Cli.run("site", "--data", data.toString(), "--out-dir", mine.toString());
        assertThat(broken.code).isEqualTo(1);
        assertThat(broken.err).contains("错误：" + data.resolve("2024/issue.yaml"));
        assertThat(broken.out).contains("网站未生成", "原有的 " + mine + " 保持不变");
        assertThat(Files.readAllBytes(mine.resolve("index.html"))).isEqualTo(index);
        try (Stream<Path> siblings = Files.list(tmp)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(n -> n.startsWith(".mine."));
        }
        // what a killed run left beside it is cleared by the next one, once it is old enough not to be running
        Path leftover = Files.createDirectories(tmp.resolve(".mine.new-12345/2024"));
        Files.writeString(leftover.resolve("2024.pdf"), "%PDF- half");
        Files.setLastModifiedTime(
                leftover.getParent(),
                java.nio.file.attribute.FileTime.fromMillis(System.currentTimeMillis() - 3_600_000));
        DataFiles.edit(data.resolve("2024"), "issue.yaml", "printed: 2025-13-24", "printed: 2025-01-24");
        assertThat(Cli.run("site", "--data", data.toString(), "--out-dir", mine.toString()).code)
                .isZero();
        assertThat(leftover.getParent()).doesNotExist();
    }

    @Test
    void anIssueStillBeingFilledInIsLeftOutAndSaidSo() throws IOException {
        Path data = tmp.resolve("april-data");
        Folders.copy(Path.of("data"), data);
        assertThat(Cli.run("new", "--month", "2023-04", "--data", data.toString()).code)
                .isZero();
        Path out = tmp.resolve("april-site");
        Cli run = Cli.run("site", "--data", data.toString(), "--out-dir", out.toString());
        assertThat(run.code).as(run.toString()).isZero();
        assertThat(run.out).contains("2023-04：尚未填完（372 处写着“待填”），这一期不收入网站", "（2 期）");
        assertThat(run.err).doesNotContain("待填");
        assertThat(out.resolve("2023-04")).doesNotExist();
        // the command to see what is missing names the issue as the command line does, a month or a year
        assertThat(Cli.run("new", "--year", "2025", "--data", data.toString()).code)
                .isZero();
        Cli two = Cli.run("site", "--data", data.toString(), "--out-dir", out.toString());
        assertThat(two.out)
                .contains("用 check --month 2023-04 查看还缺什么")
                .contains("2025：尚未填完")
                .contains("用 check --year 2025 查看还缺什么");
        // an error in an issue that is filled in is another matter: the archive is not made
        DataFiles.edit(data.resolve("2024"), "issue.yaml", "printed: 2025-01-24", "printed: 2025-01-32");
        Cli broken = Cli.run("site", "--data", data.toString(), "--out-dir", out.toString());
        assertThat(broken.code).isEqualTo(1);
        assertThat(broken.out).contains("网站未生成");
    }

    @Test
    void aFolderOfOtherFilesIsNeverReplaced() throws IOException {
        Path documents = Files.createDirectories(tmp.resolve("documents"));
        Path letter = Files.writeString(documents.resolve("letter.txt"), "致编辑部");
        Cli refused = Cli.run("site", "--out-dir", documents.toString());
        assertThat(refused.code).isEqualTo(2);
        assertThat(refused.err).contains("里已有别的文件，不是 bulletin site 生成的网站");
        assertThat(Files.readString(letter)).isEqualTo("致编辑部");
        assertThat(documents.resolve("index.html")).doesNotExist();
        Cli inside = Cli.run("site", "--out-dir", "templates/site");
        assertThat(inside.code).isEqualTo(2);
        assertThat(Path.of("templates/site")).doesNotExist();
    }
}
