package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.nj12320.bulletin.export.IssueSheets;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.pipeline.Pipeline;
import org.nj12320.bulletin.world.DiskWorld;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bulletin export}: an issue's computed tables as spreadsheets, a CSV file per table and one workbook,
 * after every check of {@code check}.
 */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        resourceBundle = "org.nj12320.bulletin.cli.messages",
        description = "把一期的各张表（含程序算出的序号、小计、合计）导出为表格：每张表一个 CSV 文件，另有一个包含全部表格的 .xlsx 工作簿。")
final class ExportCommand implements Callable<Integer> {
    @CommandLine.Mixin
    IssueOptions options;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "输出文件夹，默认为 <root>/out；每期写到其中的 <期次>/ 文件夹")
    Path outDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        var stdout = cl.getOut();
        Reporter reporter = new Reporter(cl.getErr(), options.stacktrace);
        DiskWorld world = options.world();
        int code = Main.OK;
        try (Pipeline pipeline = new Pipeline(world, options.strict, Main.version(), false)) {
            List<Period> periods = options.periods(cl, pipeline.availablePeriods());
            Path root = outDir != null ? outDir : world.out();
            for (Period period : periods) {
                // an export into data/ would write over a table's own spreadsheet
                Outputs.folder(cl, root.resolve(period.id()), world);
            }
            for (Period period : periods) {
                Path folder = root.resolve(period.id());
                try {
                    Pipeline.Checked checked = pipeline.check(period);
                    reporter.report(checked.warnings());
                    Map<String, byte[]> files = IssueSheets.files(
                            checked.issue(),
                            Pipeline.documentDate(checked.issue().meta().printed(), world)
                                    .toInstant());
                    Files.createDirectories(folder);
                    for (Map.Entry<String, byte[]> f : files.entrySet()) {
                        AtomicFile.write(folder.resolve(f.getKey()), f.getValue());
                    }
                    stdout.println(period.id() + "  " + (files.size() - 1) + " 张表  " + DiskWorld.display(folder)
                            + "/（各表的 CSV 和 " + period.id() + ".xlsx）");
                } catch (BulletinException e) {
                    reporter.report(e.problems());
                    stdout.println(period.id() + "：" + Reporter.errors(e.problems()) + "；未导出");
                    code = Main.PROBLEMS;
                } catch (IOException e) {
                    reporter.cannotWrite(DiskWorld.display(folder), e, "检查输出文件夹是否有写权限，或文件是否被其他程序（如 Excel）占用");
                    code = Main.PROBLEMS;
                }
            }
        }
        stdout.flush();
        return code;
    }
}
