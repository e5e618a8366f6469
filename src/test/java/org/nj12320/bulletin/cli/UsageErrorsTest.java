package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import picocli.CommandLine;

/** Usage errors said in Chinese, with the nearest option or subcommand to type instead. */
class UsageErrorsTest {

    @ParameterizedTest(name = "bulletin {0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "build --moth 2023-03|不认识的选项“--moth”|是不是 --month？",
                "--moth 2023-03|不认识的选项“--moth”|--month 是子命令的选项，要写在子命令之后，如 bulletin build --month 2023-04",
                "biuld --month 2023-03|没有子命令“biuld”|是不是子命令 build？",
                "chek --month 2023-03|没有子命令“chek”|是不是子命令 check？",
                "zzz|没有子命令“zzz”|可用的子命令：new、check、build、watch、export",
                "build --month|选项“--month”后面缺少它的值（YYYY-MM）|写作 --month 2023-04",
                "build --month 2023-03 --out a.pdf --out b.pdf|选项“--out”写了两次|只写一次",
                "build --month 2023-03 extra|多余的参数“extra”|运行 bulletin build --help 查看用法",
                "build --month 2023-13|--month 的月份应在 01 到 12 之间，实为“2023-13”|",
                "build --month 2023/03|--month 应写作 YYYY-MM，如 2023-03，实为“2023/03”|",
                "build --timings=maybe --month 2023-03|选项“--timings”的值不对|",
                "build --month 2023-03 --format docx|选项“--format”的值“docx”不对：可用的有 pdf、html|--format pdf,html",
                "build --month 2023-03 --fromat html|不认识的选项“--fromat”|是不是 --format？",
                "stie|没有子命令“stie”|是不是子命令 site？"
            })
    void aCommandLineTheToolCannotTakeIsSaidInChinese(String args, String message, String hint) {
        Cli run = Cli.run(args.split(" "));
        assertThat(run.code).as(run.toString()).isEqualTo(2);
        String[] lines = run.err.split("\\R");
        assertThat(lines[0]).startsWith("错误：").contains(message);
        assertThat(lines[1]).startsWith("提示：").contains(hint == null ? "" : hint);
        assertThat(run.err)
                .as("no English from the parser")
                .doesNotContainPattern("Unknown|Unmatched|Missing|should be|Invalid");
    }

    @ParameterizedTest(name = "bulletin {0} --help")
    @CsvSource({"''", "build", "check", "new", "export", "watch", "site"})
    void helpIsInChinese(String command) {
        Cli run = command.isEmpty() ? Cli.run("--help") : Cli.run(command, "--help");
        assertThat(run.code).isZero();
        assertThat(run.out)
                .startsWith("用法：")
                .contains("选项：")
                .doesNotContain("Usage", "Options", "Commands", "[COMMAND]");
    }

    @Test
    void theToolsListOfSubcommandsNamesEachAsItsClassDoes() {
        for (Main.Subcommand c : Main.SUBCOMMANDS) {
            Object command = c.make().get();
            assertThat(command.getClass()
                            .getAnnotation(CommandLine.Command.class)
                            .name())
                    .as(command.getClass().getSimpleName())
                    .isEqualTo(c.name());
        }
        // the help without a subcommand lists every one, in that order
        Cli help = Cli.run("--help");
        int at = 0;
        for (Main.Subcommand c : Main.SUBCOMMANDS) {
            int next = help.out.indexOf("  " + c.name() + " ", at);
            assertThat(next).as(c.name()).isGreaterThan(at);
            at = next;
        }
    }
}
