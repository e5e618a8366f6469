package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Output;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.pipeline.Pipeline;
import org.nj12320.bulletin.world.DiskWorld;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bulletin build}: checks and builds issues, writing each PDF only when it is complete. */
@Command(
        name = "build",
        mixinStandardHelpOptions = true,
        resourceBundle = "org.nj12320.bulletin.cli.messages",
        description = "生成一期或多期的 PDF。先做 check 的全部检查，有错误则不生成文件，原有的 PDF 保持不变。")
final class BuildCommand implements Callable<Integer> {
    @CommandLine.Mixin
    IssueOptions options;

    @CommandLine.Mixin
    TimingsOption timings;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /**
     * What building one issue came to: whether its files were written, the PDF's build (null without a PDF),
     * the web edition (null without one), and every problem said.
     */
    record Outcome(boolean written, Pipeline.Rendered pdf, Pipeline.Rendered html, List<Problem> problems) {}

    /**
     * What builds issues one by one, the same for each (what {@code build} and {@code watch} have made): the
     * pipeline, the folders, where problems and the line of each build are said, and whether with timings.
     */
    record Builder(Pipeline pipeline, DiskWorld world, Reporter reporter, PrintWriter stdout, boolean timings) {
        /**
         * Builds one issue into its target and says so in a line: the PDF written whole, or nothing (the PDF
         * already there kept) and the problems said.
         *
         * @param prefix  what the line begins with (the time, when watching)
         * @param repeats which of the problems said by the build before are not said again
         */
        Outcome one(Period period, Map<Output, Path> targets, String prefix, Repeats repeats) {
            Instant start = world.clock().instant();
            String names = String.join(
                    "、", targets.values().stream().map(DiskWorld::display).toList());
            Path writing = null;
            try {
                Pipeline.Made made = pipeline.make(pipeline.check(period), targets.keySet());
                Repeats.Said said = repeats.of(made.checked().warnings());
                reporter.report(said.printed());
                long warnings = CheckCommand.warnings(made.checked());
                if (warnings > 0) {
                    stdout.println(prefix + period.id() + "：" + Reporter.verdict(warnings, said.warningsLeftOut()));
                }
                for (Map.Entry<Output, Path> t : targets.entrySet()) {
                    writing = t.getValue();
                    AtomicFile.write(writing, made.get(t.getKey()).bytes());
                }
                Pipeline.Rendered pdf = made.get(Output.PRINT);
                long millis = Duration.between(start, world.clock().instant()).toMillis();
                stdout.printf(
                        "%s%s  %s%.2f 秒  %s%n",
                        prefix, period.id(), pdf == null ? "" : pdf.pages() + " 页  ", millis / 1000.0, names);
                if (timings) {
                    // the whole to the millisecond too, which the line above rounds to hundredths
                    stdout.println(
                            "  " + (pdf == null ? made.checked().timings() : pdf.timings()) + "；全程 " + millis + " ms");
                }
                stdout.flush();
                return new Outcome(
                        true, pdf, made.get(Output.WEB), made.checked().warnings());
            } catch (BulletinException e) {
                reporter.report(repeats.of(e.problems()).printed());
                List<String> kept = targets.values().stream()
                        .filter(p -> p.toFile().exists())
                        .map(DiskWorld::display)
                        .toList();
                stdout.println(prefix + period.id() + "：" + Reporter.errors(e.problems()) + "；未生成 "
                        + String.join(
                                "、",
                                targets.keySet().stream().map(Outputs::name).toList())
                        + (kept.isEmpty() ? "" : "（原有的 " + String.join("、", kept) + " 保持不变）"));
                stdout.flush();
                return new Outcome(false, null, null, e.problems());
            } catch (IOException e) {
                reporter.cannotWrite(DiskWorld.display(writing), e, "检查输出文件夹是否存在、是否有写权限，或文件是否被其他程序（如 PDF 阅读器）占用");
                return new Outcome(false, null, null, List.of());
            }
        }
    }

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        var stdout = cl.getOut();
        Reporter reporter = options.reporter(cl);
        DiskWorld world = options.world();
        int code = Main.OK;
        try (Pipeline pipeline = new Pipeline(
                world, options.strict, Main.version(), output.formats().contains(Output.PRINT))) {
            List<Period> periods = options.periods(cl, pipeline.availablePeriods());
            List<Map<Output, Path>> targets = output.targets(cl, periods, world);
            Builder builder = new Builder(pipeline, world, reporter, stdout, timings.on);
            for (int i = 0; i < periods.size(); i++) {
                Outcome outcome = builder.one(periods.get(i), targets.get(i), "", Repeats.none());
                if (!outcome.written()) {
                    code = Main.PROBLEMS;
                }
            }
        }
        stdout.flush();
        return code;
    }
}
