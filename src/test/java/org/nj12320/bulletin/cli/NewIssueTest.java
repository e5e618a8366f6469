package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.DataFiles;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.testing.Pdfs;

/**
 * The monthly cycle through the command line, as README tells an editor: {@code new} makes April from March,
 * {@code check} lists every blank, and April filled in with figures of its own builds with April's words; and
 * the yearly one, 2025's review from 2024's.
 */
class NewIssueTest {
    @TempDir
    Path tmp;

    @Test
    void aNewMonthFromTheLastOneFilledInAndBuilt() throws IOException {
        Path data = tmp.resolve("data");
        Folders.copy(Path.of("data/2023-03"), data.resolve("2023-03"));
        Path april = data.resolve("2023-04");

        Cli made = Cli.run("new", "--month", "2023-04", "--data", data.toString());
        assertThat(made.code).as(made.toString()).isZero();
        assertThat(made.out)
                .contains("已由 2023-03 建立 2023-04 的数据文件夹")
                .contains("appointments.yaml（待填 1 处）")
                .contains("appointments.xlsx（表格文件不复制：把本期的表格存为 " + april + "/appointments.xlsx）")
                .contains("./bulletin check --month 2023-04 --data " + data);
        try (Stream<Path> s = Files.walk(data.resolve("2023-03"))) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                Path copy = april.resolve(data.resolve("2023-03").relativize(p).toString());
                if (p.toString().endsWith(".xlsx")) {
                    assertThat(copy).as("a spreadsheet comes anew each month").doesNotExist();
                } else {
                    assertThat(copy).as("April has each of March's files").exists();
                }
            }
        }

        // a second time, the folder is left as it is
        Files.writeString(april.resolve("issue.yaml"), "# begun\n", java.nio.file.StandardOpenOption.APPEND);
        String begun = Files.readString(april.resolve("issue.yaml"));
        Cli again = Cli.run("new", "--month", "2023-04", "--data", data.toString());
        assertThat(again.code).isEqualTo(1);
        assertThat(again.err).contains("这一期的文件夹已经存在，不会改动它");
        assertThat(april.resolve("issue.yaml")).hasContent(begun);

        // every blank is an error at its line, all of them at once, and nothing is built
        Cli checked = Cli.run("check", "--month", "2023-04", "--data", data.toString());
        assertThat(checked.code).isEqualTo(1);
        long blanks = 0;
        try (Stream<Path> s = Files.walk(april)) {
            for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
                List<String> lines = Files.readAllLines(p);
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).replaceAll("\\s#.*", "");
                    Matcher m = Pattern.compile("待填").matcher(line);
                    int n = 0;
                    while (m.find()) {
                        n++;
                    }
                    blanks += n;
                    if (n > 0) {
                        String at = "错误：" + p + ":" + (i + 1) + ":";
                        assertThat(checked.err.lines().filter(l -> l.startsWith(at) && l.contains("尚未填写（待填）")))
                                .as(at)
                                .isNotEmpty();
                    }
                }
            }
        }
        assertThat(blanks).isEqualTo(372);
        assertThat(checked.err)
                .contains("错误：" + april.resolve("appointments.yaml") + ":"
                        + DataFiles.lineOf(april, "appointments.yaml", "rows:"))
                .contains("表格文件“appointments.xlsx”不存在");
        // a figure the program computes, beside which the source's own stands to be checked, may be deleted
        assertThat(checked.err)
                .contains("原表所印合计的“预约数量”：尚未填写（待填）" + System.lineSeparator() + "提示：这个数字由程序算出")
                .contains("原表所印的“累计预约挂号量”：尚未填写（待填）" + System.lineSeparator() + "提示：这个数字由程序算出")
                .contains("第 1 行（江宁区）的“数据上传量”：尚未填写（待填）" + System.lineSeparator() + "提示：填入本期的数字");
        assertThat(checked.out).contains("其中 372 处尚未填写（待填）：issue.yaml 1，hotline.yaml 13，appointments.yaml 1");
        Path out = tmp.resolve("april.pdf");
        Cli refused = Cli.run("build", "--month", "2023-04", "--data", data.toString(), "--out", out.toString());
        assertThat(refused.code).isEqualTo(1);
        assertThat(out).doesNotExist();

        fillIn(data.resolve("2023-03"), april);
        // this month's spreadsheet, as the editor saves it from the platform: its title says April
        Files.copy(data.resolve("2023-03/appointments.xlsx"), april.resolve("appointments.xlsx"));
        DataFiles.retitle(april.resolve("appointments.xlsx"), "2023年3月", "2023年4月");
        Cli built = Cli.run("build", "--month", "2023-04", "--data", data.toString(), "--out", out.toString());
        assertThat(built.code).as(built.toString()).isZero();
        assertThat(built.err).doesNotContain("别的期次");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            List<String> lines = Pdfs.lines(pdf);
            String body = Pdfs.body(lines);
            assertThat(body)
                    .contains("2023年5月20日", "南京12320卫生热线2023年4月数据统计", "2023年4月预约挂号服务统计")
                    .contains("2023年4月线上预约情况统计", "2023年4月南京市卫生信息平台数据采集情况（区）")
                    .contains("四月的第一篇文章", "四月的一条简讯")
                    .doesNotContain("待填");
            // no word of March is left: neither its month nor its end
            assertThat(body).doesNotContainPattern("年3月|3月底|3月份");
            // the cumulative figure goes on from March's printed 31896389 by April's total
            String total = lines.stream()
                    .filter(l -> l.matches("合计 \\d+ \\d+ \\d+ \\d+ \\d+"))
                    .findFirst()
                    .orElseThrow();
            BigInteger aprilTotal = new BigInteger(total.substring(total.lastIndexOf(' ') + 1));
            assertThat(body).contains("截止2023年4月底，总预约挂号量为" + aprilTotal.add(BigInteger.valueOf(31896389)) + "次");
        }
    }

    @Test
    void aNewYearFromTheLastOneFilledInAndBuilt() throws IOException {
        Path data = tmp.resolve("data");
        Folders.copy(Path.of("data/2024"), data.resolve("2024"));
        Path year = data.resolve("2025");

        Cli made = Cli.run("new", "--year", "2025", "--data", data.toString());
        assertThat(made.code).as(made.toString()).isZero();
        assertThat(made.out)
                .contains("已由 2024 建立 2025 的数据文件夹")
                .contains("platform-hospitals.csv（表格文件不复制")
                .contains("./bulletin check --year 2025 --data " + data);
        Cli checked = Cli.run("check", "--year", "2025", "--data", data.toString());
        assertThat(checked.code).isEqualTo(1);
        assertThat(checked.out).containsPattern("其中 \\d+ 处尚未填写（待填）：issue.yaml 1，");
        // the year's own facts are not taken over: the institutions new in 2024, a note dated in it
        String remote = Files.readString(year.resolve("remote-medicine.yaml"));
        assertThat(remote)
                .contains("new: [待填, 待填, 待填]")
                .contains("note: 待填")
                .doesNotContain("南京鼓楼医院集团仪征医院")
                .doesNotContain("2024 年 12 月");
        assertThat(checked.err).contains("错误：" + year.resolve("remote-medicine.yaml") + ":9:");

        fillIn(data.resolve("2024"), year, "2026-01-20");
        Files.copy(data.resolve("2024/platform-hospitals.csv"), year.resolve("platform-hospitals.csv"));
        Path out = tmp.resolve("2025.pdf");
        Cli built = Cli.run("build", "--year", "2025", "--data", data.toString(), "--out", out.toString());
        assertThat(built.code).as(built.toString()).isZero();
        // what new copied as the year's base, left as it was, is pointed out
        assertThat(built.err).contains("《南京市医疗机构国家三项测评成绩》的名单与上期（2024 年）完全相同");
        try (PDDocument pdf = Loader.loadPDF(out.toFile())) {
            String body = Pdfs.body(Pdfs.lines(pdf));
            assertThat(body)
                    .contains("2026年1月20日", "南京12320卫生热线2025年度数据统计", "2025年度线上预约情况统计")
                    .contains("2025年度南京市体检综合管理平台数据量统计", "2025年南京市家庭医生分级诊疗系统转诊")
                    .contains("截止2025年底，总预约挂号量为")
                    .doesNotContain("待填");
            // no period word of 2024 is left; a date in it (a system back in use since December) stays a date
            assertThat(body).doesNotContainPattern("2024年度|2024年底|2024年(?!1?\\d月)");
        }
    }

    /**
     * Fills in the new issue as an editor would from this month's spreadsheets: each blank gets the figure
     * March had there, large figures doubled (so that they are April's own and the sums stay whole), the
     * print date a date in May, and the articles a text of their own.
     */
    private static void fillIn(Path march, Path april) throws IOException {
        fillIn(march, april, "2023-05-20");
    }

    private static void fillIn(Path march, Path april, String printed) throws IOException {
        try (Stream<Path> s = Files.walk(april)) {
            for (Path p : s.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.equals("briefs.md")) {
                    Files.writeString(p, "- 四月的一条简讯。\n");
                } else if (name.endsWith(".md")) {
                    String which = name.startsWith("01") ? "第一" : "第二";
                    Files.writeString(p, "---\ntitle: 四月的" + which + "篇文章\n---\n\n四月的" + which + "篇文章的正文。\n");
                } else {
                    Files.writeString(
                            p,
                            filled(
                                    Files.readString(
                                            march.resolve(april.relativize(p).toString())),
                                    Files.readString(p),
                                    printed));
                }
            }
        }
    }

    /**
     * The new file with each blank replaced by the value the old file has at the same place of the line of the
     * same shape (the new file may lack lines the old one has, such as its acknowledged discrepancies).
     */
    private static String filled(String old, String blank, String printed) {
        List<String> before = old.lines().toList();
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (String line : blank.lines().toList()) {
            if (!line.contains("待填")) {
                out.append(line).append('\n');
                continue;
            }
            String[] parts = line.split("待填", -1);
            StringBuilder shape = new StringBuilder();
            for (int k = 0; k < parts.length; k++) {
                shape.append(k == 0 ? "" : "(.+?)").append(Pattern.quote(parts[k]));
            }
            Pattern p = Pattern.compile(shape.toString());
            Matcher m = null;
            while (from < before.size() && !(m = p.matcher(before.get(from))).matches()) {
                from++;
            }
            assertThat(from).as("a line of the old file shaped as " + line).isLessThan(before.size());
            StringBuilder filledLine = new StringBuilder(parts[0]);
            for (int k = 1; k < parts.length; k++) {
                String value = m.group(k);
                filledLine
                        .append(
                                value.matches("\\d{4}-\\d\\d-\\d\\d")
                                        ? printed
                                        : value.matches("\\d{4,}")
                                                ? new BigInteger(value)
                                                        .shiftLeft(1)
                                                        .toString()
                                                : value)
                        .append(parts[k]);
            }
            out.append(filledLine).append('\n');
            from++;
        }
        return out.toString();
    }
}
