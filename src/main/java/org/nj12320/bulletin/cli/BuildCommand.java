package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;

import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.world.DiskWorld;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code bulletin build}: checks and builds issues, writing each PDF only when it is complete. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        resourceBundle = "org.nj12320.bulletin.cli.messages",
        description = "生成一期或多期的 PDF。先做 check 的全部检查，有错误则不生成文件，原有的 PDF 保持不变。")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    IssueOptions options;

    @Option(names = "--timings", description = "同时打印各阶段用时（读取、计算、核对、模板、排版、写出）")
    boolean timings;

    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "PDF 的输出路径（只处理一期时可用），默认为 out/<期次>.pdf")
    Path out;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "PDF 的输出文件夹，默认为 <root>/out")
    Path outDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * A PDF is written over a file only: a device, a named pipe or a folder at the target is a usage error,
     * before anything is built, and is left alone.
     */
    private static void checkTarget(CommandLine cl, Path target) {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new CommandLine.ParameterException(
                    cl,
                    "输出路径 " + DiskWorld.display(target) + (Files.isDirectory(target) ? " 是文件夹" : " 是设备或其他特殊文件")
                            + "，PDF 只写到普通文件");
        }
    }

    /**
     * Where each issue's PDF goes: {@code --out} for one issue, else {@code <out-dir>/<period>.pdf}; a usage
     * error for {@code --out} with several issues or with {@code --out-dir}, and for a target that is not a file.
     */
    static List<Path> targets(CommandLine cl, List<Period> periods, Path out, Path outDir, DiskWorld world) {
        if (out != null && periods.size() > 1) {
            throw new CommandLine.ParameterException(cl, "--out 只能用于一期；一次生成多期时各期写到 out/<期次>.pdf");
        }
        if (out != null && outDir != null) {
            throw new CommandLine.ParameterException(cl, "--out 和 --out-dir 只能选用一个");
        }
        Path folder = outDir != null ? outDir : world.out();
        List<Path> targets = periods.stream()
                .map(p -> out != null ? out : folder.resolve(p.id() + ".pdf"))
                .toList();
        targets.forEach(t -> checkTarget(cl, t));
        return targets;
    }

    /** What building one issue came to: the build, or null when there were errors; and every problem said. */
    record Outcome(Pipeline.Built built, List<Problem> problems) {}

    /**
     * Builds one issue into its target and says so in a line: the PDF written whole, or nothing (the PDF
     * already there kept) and the problems said.
     *
     * @param prefix what the line begins with (the time, when watching)
     */
    static Outcome buildOne(
            Pipeline pipeline,
            Period period,
            Path target,
            DiskWorld world,
            Reporter reporter,
            PrintWriter stdout,
            boolean timings,
            String prefix) {
        Instant start = world.clock().instant();
        try {
            Pipeline.Built built = pipeline.build(period);
            reporter.report(built.checked().warnings());
            AtomicFile.write(target, built.pdf());
            double seconds = Duration.between(start, world.clock().instant()).toMillis() / 1000.0;
            stdout.printf(
                    "%s%s  %d 页  %.2f 秒  %s%n", prefix, period.id(), built.pages(), seconds, DiskWorld.display(target));
            if (timings) {
                stdout.println("  " + built.timings());
            }
            stdout.flush();
            return new Outcome(built, built.checked().warnings());
        } catch (BulletinException e) {
            reporter.report(e.problems());
            stdout.println(prefix + period.id() + "：" + Reporter.errors(e.problems()) + "；未生成 PDF"
                    + (target.toFile().exists() ? "（原有的 " + DiskWorld.display(target) + " 保持不变）" : ""));
            stdout.flush();
            return new Outcome(null, e.problems());
        } catch (IOException e) {
            reporter.cannotWrite(DiskWorld.display(target), e, "检查输出文件夹是否存在、是否有写权限，或文件是否被其他程序（如 PDF 阅读器）占用");
            return new Outcome(null, List.of());
        }
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        var stdout = cl.getOut();
        Reporter reporter = new Reporter(cl.getErr(), options.stacktrace);
        DiskWorld world = options.world();
        int code = Main.OK;
        try (Pipeline pipeline = new Pipeline(world, options.strict, true)) {
            List<Period> periods = options.periods(cl, pipeline.availablePeriods());
            List<Path> targets = targets(cl, periods, out, outDir, world);
            for (int i = 0; i < periods.size(); i++) {
                if (buildOne(pipeline, periods.get(i), targets.get(i), world, reporter, stdout, timings, "")
                                .built()
                        == null) {
                    code = Main.PROBLEMS;
                }
            }
        }
        stdout.flush();
        return code;
    }
}
