package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.nj12320.bulletin.draft.NextIssue;
import org.nj12320.bulletin.load.IssueLoader;
import org.nj12320.bulletin.model.Blank;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.world.DiskWorld;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulletin new}: starts the next issue's folder from the last issue, every figure to be filled in. */
@Command(
        name = "new",
        mixinStandardHelpOptions = true,
        resourceBundle = "org.nj12320.bulletin.cli.messages",
        description = "由上一期建立新一期的数据文件夹：栏目、表格、单位和文字照旧，数字、印发日期和文章留待填写。")
final class NewCommand implements Callable<Integer> {
    @CommandLine.Mixin
    IssueOptions options;

    @Option(names = "--from", paramLabel = "PERIOD", description = "作为起点的一期，如 2023-03；默认为 data 中同类的最近一期")
    String from;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        PrintWriter out = cl.getOut();
        Reporter reporter = options.reporter(cl);
        DiskWorld world = options.world();
        IssueLoader loader = new IssueLoader(world.data(), world.templates());
        if (options.all) {
            throw new CommandLine.ParameterException(cl, "new 一次建立一期：用 --month YYYY-MM 或 --year YYYY");
        }
        List<Period> periods = options.periods(cl, loader.availablePeriods());
        if (periods.size() != 1) {
            throw new CommandLine.ParameterException(cl, "new 一次建立一期：只写一个 --month 或 --year");
        }
        Period target = periods.get(0);
        Period source = from != null
                ? Period.parse(from)
                        .filter(p -> p.getClass() == target.getClass())
                        .orElseThrow(() -> new CommandLine.ParameterException(
                                cl, "--from 应为与新一期同类的期次（月刊 YYYY-MM，年刊 YYYY），实为“" + from + "”"))
                : target.latestBefore(loader.availablePeriods()).orElse(null);
        Path dir = world.data().root().resolve(target.id());
        String shown = DiskWorld.display(dir);
        try {
            if (Files.exists(dir)) {
                throw new BulletinException(
                        Problem.error(SourceRef.file(shown), "这一期的文件夹已经存在，不会改动它", "要重新开始就先移走或删除这个文件夹；要接着填写就直接编辑其中的文件"));
            }
            if (source == null) {
                throw new BulletinException(Problem.error(
                        SourceRef.file(world.data().display()),
                        "data 中没有比 " + target.id() + " 早的同类一期，无从建立",
                        "用 --from 指定起点，或照 " + world.data().display() + " 中现有的一期手工建立"));
            }
            NextIssue.Draft draft = NextIssue.of(world, target, source);
            write(dir, draft);
            report(out, draft, shown, options.folders());
            return Main.OK;
        } catch (BulletinException e) {
            reporter.report(e.problems());
            return Main.PROBLEMS;
        } catch (IOException e) {
            reporter.cannotWrite(shown, e, "检查数据文件夹是否有写权限");
            return Main.PROBLEMS;
        }
    }

    /**
     * Writes the files into a hidden folder beside the target and then moves it into place, so that the
     * new issue's folder appears whole or not at all.
     */
    private static void write(Path dir, NextIssue.Draft draft) throws IOException {
        Path tmp = Files.createTempDirectory(dir.getParent(), "." + dir.getFileName() + ".");
        try {
            for (NextIssue.File f : draft.files()) {
                Path p = tmp.resolve(f.path());
                Files.createDirectories(p.getParent());
                Files.writeString(p, f.text(), StandardCharsets.UTF_8);
            }
            Files.move(tmp, dir);
        } finally {
            if (Files.exists(tmp)) {
                try (Stream<Path> s = Files.walk(tmp)) {
                    for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                        Files.deleteIfExists(p);
                    }
                }
            }
        }
    }

    private static void report(PrintWriter out, NextIssue.Draft draft, String shown, String folders) {
        String kind = draft.period().option() + folders;
        long blanks = draft.files().stream().mapToLong(f -> count(f.text())).sum();
        out.println("已由 " + draft.from().id() + " 建立 " + draft.period().id() + " 的数据文件夹 " + shown + "/：");
        draft.files()
                .forEach(f ->
                        out.println("  " + f.path() + (count(f.text()) > 0 ? "（待填 " + count(f.text()) + " 处）" : "")));
        draft.sheets().forEach(s -> out.println("  " + s + "（表格文件不复制：把本期的表格存为 " + shown + "/" + s + "）"));
        out.println("共有 " + blanks + " 处写着“" + Blank.MARK + "”。下一步：");
        out.println("  1. 在 " + shown + "/issue.yaml 中写上印发日期（printed）");
        out.println("  2. 把各表格和各段中的“" + Blank.MARK + "”换成本期的数字；" + "./bulletin check " + kind + " 会列出还没填的每一处");
        out.println("  3. 写好文章和简讯，替换其中的占位文字（./bulletin watch " + kind + " --preview 可以边改边看页面）");
        out.println("  4. ./bulletin build " + kind + " --format pdf,html，打开生成的 PDF 看一遍；HTML 是网页版");
        out.println("  5. ./bulletin site" + folders + " 把这一期加进网站（各期的 PDF、网页版和数据）");
        out.flush();
    }

    private static long count(String text) {
        long n = 0;
        for (int i = text.indexOf(Blank.MARK); i >= 0; i = text.indexOf(Blank.MARK, i + 1)) {
            n++;
        }
        return n;
    }
}
