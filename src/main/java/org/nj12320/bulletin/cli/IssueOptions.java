package org.nj12320.bulletin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.world.DiskWorld;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The options that say which issues to work on and where the project's folders are; shared by the commands. */
final class IssueOptions {
    @Option(names = "--month", paramLabel = "YYYY-MM", description = "月刊的数据月份，如 2023-03；可重复")
    List<String> months = new ArrayList<>();

    @Option(names = "--year", paramLabel = "YYYY", description = "年刊的年份，如 2024；可重复")
    List<String> years = new ArrayList<>();

    @Option(names = "--all", description = "处理 data 文件夹中的每一期")
    boolean all;

    @Option(
            names = "--root",
            paramLabel = "DIR",
            description =
                    "项目文件夹（含 data、templates、fonts），默认为 bulletin 所在的文件夹（直接运行 jar 时为当前文件夹）；" + "这几个文件夹的相对路径都从当前文件夹算起")
    Path root = Path.of(System.getProperty("bulletin.root", "."));

    @Option(names = "--data", paramLabel = "DIR", description = "数据文件夹，默认为 <root>/data")
    Path data;

    @Option(names = "--templates", paramLabel = "DIR", description = "模板文件夹，默认为 <root>/templates")
    Path templates;

    @Option(names = "--fonts", paramLabel = "DIR", description = "字体文件夹，默认为 <root>/fonts")
    Path fonts;

    @Option(names = "--strict", description = "把警告（如原表合计与计算不符）也当作错误")
    boolean strict;

    @Option(
            names = {"--stacktrace", "--verbose"},
            description = "打印详细信息：程序内部错误的调用栈，所用的库对数据问题的原话")
    boolean stacktrace;

    @Option(
            names = "--labels",
            paramLabel = "zh|en",
            description = "问题前的标签：zh 为“错误：”“警告：”“说明：”“提示：”（默认）；en 为 error:、warning:、note:、hint:，供脚本使用")
    Labels labels = Labels.ZH;

    /** A reporter of problems as these options ask. */
    Reporter reporter(CommandLine cl) {
        return new Reporter(cl.getErr(), stacktrace, labels);
    }

    /** The project these options name, in the environment of this process. */
    DiskWorld world() {
        return DiskWorld.at(root, data, templates, fonts, System.getenv());
    }

    /**
     * The folder options as given, to repeat in a command suggested to the editor: empty when the defaults
     * were used.
     */
    String folders() {
        StringBuilder out = new StringBuilder();
        if (!root.equals(Path.of(System.getProperty("bulletin.root", ".")))) {
            out.append(" --root ").append(quoted(root));
        }
        if (data != null) {
            out.append(" --data ").append(quoted(data));
        }
        if (templates != null) {
            out.append(" --templates ").append(quoted(templates));
        }
        if (fonts != null) {
            out.append(" --fonts ").append(quoted(fonts));
        }
        return out.toString();
    }

    /** A path as a shell reads it back: quoted when it has anything but plain characters. */
    private static String quoted(Path p) {
        String s = p.toString();
        return s.matches("[\\w./-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
    }

    /** The periods asked for, in the order given; a usage error when there are none or one is malformed. */
    List<Period> periods(CommandLine cl, List<Period> available) {
        List<Period> out = new ArrayList<>();
        if (all) {
            if (!months.isEmpty() || !years.isEmpty()) {
                throw new CommandLine.ParameterException(cl, "--all 不能与 --month、--year 同用");
            }
            if (available.isEmpty()) {
                throw new CommandLine.ParameterException(cl, "data 文件夹中没有任何一期的数据");
            }
            return available;
        }
        for (String m : months) {
            Period p = Period.parse(m)
                    .filter(x -> x instanceof Period.Month)
                    .orElseThrow(() -> new CommandLine.ParameterException(
                            cl,
                            m.strip().matches("\\d{4}-\\d{1,2}")
                                    ? "--month 的月份应在 01 到 12 之间，实为“" + m + "”"
                                    : "--month 应写作 YYYY-MM，如 2023-03，实为“" + m + "”"));
            out.add(p);
        }
        for (String y : years) {
            Period p = Period.parse(y)
                    .filter(x -> x instanceof Period.Year)
                    .orElseThrow(() -> new CommandLine.ParameterException(cl, "--year 应写作 YYYY，如 2024，实为“" + y + "”"));
            out.add(p);
        }
        if (out.isEmpty()) {
            throw new CommandLine.ParameterException(cl, "请用 --month YYYY-MM 或 --year YYYY 指定要处理的期次，或用 --all 处理全部");
        }
        return out;
    }
}
