package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
 * after every check of {@code check}. The files of every issue asked for are made first and written all or
 * none; none is written over a file of another kind.
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
        Reporter reporter = options.reporter(cl);
        DiskWorld world = options.world();
        try (Pipeline pipeline = new Pipeline(world, options.strict, Main.version(), false)) {
            List<Period> periods = options.periods(cl, pipeline.availablePeriods());
            Path root = outDir != null ? outDir : world.out();
            for (Period period : periods) {
                // an export into data/ would write over a table's own spreadsheet
                Outputs.folder(cl, root.resolve(period.id()), world);
            }
            // every issue's files made before any is written: a set of exports is written whole or not at all
            Map<Path, byte[]> all = new LinkedHashMap<>();
            List<String> lines = new ArrayList<>();
            boolean failed = false;
            for (Period period : periods) {
                Path folder = root.resolve(period.id());
                try {
                    Pipeline.Checked checked = pipeline.check(period);
                    reporter.report(checked.warnings());
                    Map<String, byte[]> files = IssueSheets.files(
                            checked.issue(),
                            Pipeline.documentDate(checked.issue().meta().printed(), world)
                                    .toInstant());
                    files.forEach((name, bytes) -> all.put(folder.resolve(name), bytes));
                    lines.add(period.id() + "  " + (files.size() - 1) + " 张表  " + DiskWorld.display(folder)
                            + "/（各表的 CSV 和 " + period.id() + ".xlsx）");
                } catch (BulletinException e) {
                    reporter.report(e.problems());
                    stdout.println(period.id() + "：" + Reporter.errors(e.problems()));
                    failed = true;
                }
            }
            if (failed) {
                stdout.println("未导出：改正以上错误后重新运行；没有写入或改动任何文件");
                return Main.PROBLEMS;
            }
            for (Path target : all.keySet()) {
                boolean workbook = target.getFileName().toString().endsWith(".xlsx");
                Outputs.notOverOther(
                        cl,
                        target,
                        workbook ? "Excel 工作簿" : "CSV 文件",
                        workbook ? "xlsx" : "csv",
                        workbook ? Outputs.WORKBOOK : Outputs.CSV);
            }
            try {
                AtomicFile.writeAll(all);
            } catch (IOException e) {
                reporter.cannotWrite(DiskWorld.display(root), e, "没有改动任何文件；检查输出文件夹是否有写权限、磁盘是否已满，或文件是否被其他程序（如 Excel）占用");
                return Main.PROBLEMS;
            }
            lines.forEach(stdout::println);
            return Main.OK;
        } finally {
            stdout.flush();
        }
    }
}
