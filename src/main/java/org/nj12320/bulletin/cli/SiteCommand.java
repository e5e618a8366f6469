package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;

import org.nj12320.bulletin.export.IssueSheets;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.IssueMeta;
import org.nj12320.bulletin.model.Output;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.pipeline.Pipeline;
import org.nj12320.bulletin.render.Archive;
import org.nj12320.bulletin.render.HtmlRenderer;
import org.nj12320.bulletin.world.DiskWorld;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bulletin site}: the archive of every issue, ready to publish as static files. Each issue's PDF, web
 * edition and data (a workbook and a CSV file per table) in a folder of its own, and an index page listing the
 * issues by year, newest first. Everything is made before anything is written; an issue with errors leaves the
 * archive as it was.
 */
@Command(
        name = "site",
        mixinStandardHelpOptions = true,
        resourceBundle = "org.nj12320.bulletin.cli.messages",
        description = "生成可发布的网站：每一期的 PDF、网页版和数据（工作簿和各表的 CSV），以及按年份列出各期的首页 index.html。" + "有错误则一个文件也不写，原有的网站保持不变。")
final class SiteCommand implements Callable<Integer> {
    @CommandLine.Mixin
    IssueOptions options;

    @Option(
            names = "--out-dir",
            paramLabel = "DIR",
            description = "网站的文件夹，默认为 <root>/site；其中由 site 生成的文件每次都会被替换，别的文件（如 CNAME）保留")
    Path outDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** One issue as the archive holds it. */
    private record Published(IssueMeta meta, Map<String, byte[]> files, Archive.Entry entry) {}

    @Override
    public Integer call() {
        CommandLine cl = spec.commandLine();
        var stdout = cl.getOut();
        Reporter reporter = options.reporter(cl);
        DiskWorld world = options.world();
        if (options.months.isEmpty() && options.years.isEmpty()) {
            options.all = true;
        }
        try (Pipeline pipeline = new Pipeline(world, options.strict, Main.version(), true)) {
            List<Period> periods = options.periods(cl, pipeline.availablePeriods());
            Path site =
                    Outputs.folder(cl, outDir != null ? outDir : world.root().resolve("site"), world);
            if (!SiteFolder.replaceable(site)) {
                throw new CommandLine.ParameterException(
                        cl,
                        "文件夹 " + DiskWorld.display(site) + " 里已有别的文件，不是 bulletin site 生成的网站：为免删去它们，不写；"
                                + "换一个文件夹，或先把它清空");
            }
            List<Published> issues = new ArrayList<>();
            boolean failed = false;
            for (Period period : periods) {
                try {
                    issues.add(publish(pipeline, period, reporter, world));
                    stdout.println(period.id() + "  " + DiskWorld.display(site.resolve(period.id())) + "/");
                } catch (BulletinException e) {
                    long unfilled =
                            e.problems().stream().filter(Reporter::unfilled).count();
                    if (unfilled > 0) {
                        // the issue being made this month: the archive goes on without it until it is done
                        stdout.println(period.id() + "：尚未填完（" + unfilled + " 处写着“待填”），这一期不收入网站；用 check "
                                + period.option() + " 查看还缺什么");
                        continue;
                    }
                    reporter.report(e.problems());
                    stdout.println(period.id() + "：" + Reporter.errors(e.problems()));
                    failed = true;
                }
                stdout.flush();
            }
            if (failed) {
                stdout.println("网站未生成：改正以上错误后重新运行"
                        + (site.toFile().exists() ? "（原有的 " + DiskWorld.display(site) + " 保持不变）" : ""));
                return Main.PROBLEMS;
            }
            if (issues.isEmpty()) {
                stdout.println("网站未生成：没有一期已经填完");
                return Main.PROBLEMS;
            }
            Map<String, byte[]> files = new LinkedHashMap<>();
            issues.forEach(i -> files.putAll(i.files()));
            files.put("index.html", pipeline.archive(archive(issues)).getBytes(StandardCharsets.UTF_8));
            List<String> clash =
                    SiteFolder.foreign(site).stream().filter(files::containsKey).toList();
            if (!clash.isEmpty()) {
                throw new CommandLine.ParameterException(
                        cl,
                        "网站文件夹中的 "
                                + String.join(
                                        "、",
                                        clash.stream()
                                                .map(f -> DiskWorld.display(site.resolve(f)))
                                                .toList()) + " 不是 bulletin site 生成的，而网站要写同名的文件：为免覆盖，不写；把它移开后重新运行");
            }
            SiteFolder.replace(site, files);
            stdout.println("网站：" + DiskWorld.display(site.resolve("index.html")) + "（" + issues.size() + " 期）");
            return Main.OK;
        } catch (BulletinException e) {
            reporter.report(e.problems());
            return Main.PROBLEMS;
        } catch (IOException e) {
            reporter.cannotWrite(
                    DiskWorld.display(outDir != null ? outDir : world.root().resolve("site")),
                    e,
                    "检查输出文件夹所在的位置是否有写权限、磁盘是否已满");
            return Main.PROBLEMS;
        } finally {
            stdout.flush();
        }
    }

    /** An issue's files, by path in the archive, and its entry in the index. */
    private static Published publish(Pipeline pipeline, Period period, Reporter reporter, DiskWorld world)
            throws BulletinException {
        Pipeline.Checked checked = pipeline.check(period);
        reporter.report(checked.warnings());
        Pipeline.Made made = pipeline.make(checked, EnumSet.allOf(Output.class));
        Pipeline.Rendered pdf = made.get(Output.PRINT);
        byte[] html = made.get(Output.WEB).bytes();
        // the tables as the PDF carries them, and a workbook dated as the PDF is
        List<IssueSheets.TableFile> tables = made.tables();
        byte[] workbook = IssueSheets.workbook(
                tables,
                Pipeline.documentDate(checked.issue().meta().printed(), world).toInstant());
        String id = period.id();
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put(id + "/" + id + ".pdf", pdf.bytes());
        files.put(id + "/" + id + ".html", html);
        files.put(id + "/data/" + id + ".xlsx", workbook);
        List<Archive.Link> csv = new ArrayList<>();
        for (IssueSheets.TableFile t : tables) {
            files.put(id + "/data/" + t.fileName(), t.csv());
            csv.add(new Archive.Link(t.fileName(), id + "/data/" + t.fileName(), t.title()));
        }
        IssueMeta meta = checked.issue().meta();
        Archive.Entry entry = new Archive.Entry(
                id,
                period.annual() ? id + " 年度" : period.label(),
                period.annual(),
                HtmlRenderer.dateText(meta.printed()),
                meta.number(),
                HtmlRenderer.contents(checked.issue()),
                List.of(
                        new Archive.Link("PDF", id + "/" + id + ".pdf", pdf.pages() + " 页，" + size(pdf.bytes())),
                        new Archive.Link("网页版", id + "/" + id + ".html", size(html)),
                        new Archive.Link("数据", id + "/data/" + id + ".xlsx", "Excel 工作簿，" + tables.size() + " 张表")),
                csv);
        return new Published(meta, files, entry);
    }

    /** The issues by the year of their period, newest first; within a year, the latest printed first. */
    private static Archive archive(List<Published> issues) {
        Map<Integer, List<Published>> byYear = new TreeMap<>(Comparator.reverseOrder());
        for (Published p : issues) {
            byYear.computeIfAbsent(p.meta().period().year(), y -> new ArrayList<>())
                    .add(p);
        }
        List<Archive.Year> years = new ArrayList<>();
        byYear.forEach((year, list) -> years.add(new Archive.Year(
                year,
                list.stream()
                        .sorted(Comparator.comparing((Published p) -> p.meta().printed())
                                .thenComparing(p -> p.meta().period().id())
                                .reversed())
                        .map(Published::entry)
                        .toList())));
        IssueMeta any = issues.get(0).meta();
        return new Archive(any.bulletin(), any.publisher(), years);
    }

    private static String size(byte[] bytes) {
        return bytes.length >= 1024 * 1024
                ? String.format("%.1f MB", bytes.length / 1024.0 / 1024.0)
                : Math.max(1, Math.round(bytes.length / 1024.0)) + " KB";
    }
}
