package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.BindException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Output;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.pipeline.Pipeline;
import org.nj12320.bulletin.preview.PreviewServer;
import org.nj12320.bulletin.watch.FileWatcher;
import org.nj12320.bulletin.world.DiskWorld;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bulletin watch}: builds an issue, then again each time a file of its folder, of the templates or of
 * the fonts changes, in one running process that keeps what can be kept between builds; with
 * {@code --preview}, also shows the pages in a browser, replaced as soon as they are built.
 */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        resourceBundle = "org.nj12320.bulletin.cli.messages",
        description = "生成一期，然后一直运行：本期文件夹、模板或字体有改动就重新生成，每次一行。按 Ctrl-C 结束。")
final class WatchCommand implements Callable<Integer> {
    /** How long the folders must stay quiet after a change: a save of several files gives one build. */
    static final Duration QUIET = Duration.ofMillis(60);

    /**
     * How many times the issue is built again, silently, while nothing changes after watching starts: a fresh
     * process runs a build's code in the interpreter and compiles it as it goes, so that its first builds take
     * two or three times as long as the fortieth; built in the seconds after it starts, while the editor opens
     * the file to change, the first save finds that code compiled. A change stops it between two builds. The
     * tests, which start many a {@code watch} and save at once, ask for fewer ({@code -Dbulletin.watch.warmUps}).
     */
    static final int WARM_UP = Integer.getInteger("bulletin.watch.warmUps", 80);

    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @CommandLine.Mixin
    IssueOptions options;

    @CommandLine.Mixin
    OutputOptions output;

    @Option(names = "--preview", description = "同时在浏览器中预览：在本机的一个端口上提供页面，每次生成后自动更新")
    boolean preview;

    @Option(names = "--port", paramLabel = "PORT", description = "预览所用的端口，默认为任一空闲端口")
    int port;

    @CommandLine.Mixin
    TimingsOption timings;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        PrintWriter stdout = cl.getOut();
        Reporter reporter = options.reporter(cl);
        DiskWorld world = options.world();
        try (Pipeline pipeline = new Pipeline(
                world, options.strict, Main.version(), output.formats().contains(Output.PRINT))) {
            List<Period> periods = options.periods(cl, pipeline.availablePeriods());
            List<Map<Output, Path>> targets = output.targets(cl, periods, world);
            if (preview && periods.size() > 1) {
                throw new CommandLine.ParameterException(cl, "--preview 一次只预览一期：只写一个 --month 或 --year");
            }
            if (preview && !output.formats().contains(Output.PRINT)) {
                throw new CommandLine.ParameterException(cl, "--preview 显示的是 PDF 的页面：--format 中要有 pdf");
            }
            if (port < 0 || port > 65535) {
                throw new CommandLine.ParameterException(
                        cl, "--port " + port + "：端口应在 1 到 65535 之间；换一个，如 --port 8080，或不写 --port，由程序任选一个空闲端口");
            }

            Set<Path> roots = new LinkedHashSet<>();
            for (Period p : periods) {
                roots.add(world.data().root().resolve(p.id()));
                // the month before: its figures are what this one's are compared with and add to
                roots.add(world.data().root().resolve(p.previous().id()));
            }
            roots.add(world.templates().root());
            roots.add(world.fonts().root());
            // a port in use is said before anything is watched
            PreviewServer server = preview ? serve(cl, port) : null;
            // Ctrl-C: the watching thread is stopped between builds and closes what it opened
            Thread watching = Thread.currentThread();
            CountDownLatch stopped = new CountDownLatch(1);
            Thread stop = new Thread(() -> {
                watching.interrupt();
                try {
                    // until it has closed what it opened; not until its thread ends, which exits the process
                    stopped.await(5, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            Runtime.getRuntime().addShutdownHook(stop);
            try (server;
                    FileWatcher watcher = new FileWatcher(new ArrayList<>(roots), QUIET)) {
                LivePreview live = server == null ? null : new LivePreview(server, periods.get(0));
                if (server != null) {
                    stdout.println("预览：" + server.address() + "（在浏览器中打开；只接受本机的访问）");
                }
                stdout.println("正在监视 "
                        + String.join(
                                "、", roots.stream().map(DiskWorld::display).toList())
                        + "，有改动就重新生成；按 Ctrl-C 结束"
                        + (watcher.polling() ? "（这个系统不报告文件改动，每 0.2 秒查看一次）" : ""));
                stdout.flush();
                // for each issue, what its last build said, so that a save's build says only what is new
                List<Repeats> repeats =
                        periods.stream().map(p -> Repeats.sinceLastBuild()).toList();
                BuildCommand.Builder builder = new BuildCommand.Builder(pipeline, world, reporter, stdout, timings.on);
                int warmUps = 0;
                while (true) {
                    String now =
                            LocalTime.now(world.clock().withZone(world.zone())).format(CLOCK) + "  ";
                    boolean built = false;
                    for (int i = 0; i < periods.size(); i++) {
                        BuildCommand.Outcome o = builder.one(periods.get(i), targets.get(i), now, repeats.get(i));
                        if (live != null) {
                            live.show(o, now.strip());
                        }
                        built |= i == 0 && o.written();
                    }
                    // only an issue that builds: one with errors would not reach the later stages, and says why
                    while (built
                            && warmUps < WARM_UP
                            && !watcher.pending()
                            && !Thread.currentThread().isInterrupted()) {
                        built = warmUp(pipeline, periods.get(0), targets.get(0).keySet());
                        warmUps++;
                    }
                    if (Thread.currentThread().isInterrupted()) {
                        break;
                    }
                    try {
                        watcher.next();
                    } catch (InterruptedException e) {
                        break;
                    }
                }
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(stop);
                } catch (IllegalStateException e) {
                    // shutting down already: the hook is what stopped us
                }
                stdout.println("已停止监视");
                stdout.flush();
                stopped.countDown();
            }
        }
        return Main.OK;
    }

    /**
     * Builds an issue and throws the result away, only for the time it spares the builds that follow; whether
     * it was built (a file changed meanwhile may have given it errors, which the next build says).
     */
    private static boolean warmUp(Pipeline pipeline, Period period, Set<Output> outputs) {
        try {
            pipeline.make(pipeline.check(period), outputs);
            return true;
        } catch (BulletinException | RuntimeException e) {
            return false;
        }
    }

    /** The preview's server on the port asked for; a port another program holds is a usage error. */
    private static PreviewServer serve(CommandLine cl, int port) throws IOException {
        try {
            return new PreviewServer(port);
        } catch (BindException e) {
            throw new CommandLine.ParameterException(
                    cl,
                    "端口 " + port + " 已被占用（另一个 watch --preview 或别的程序在用它），预览无法启动；换一个端口，如 --port "
                            + (port < 65535 ? port + 1 : 8080) + "，或不写 --port，由程序任选一个空闲端口");
        }
    }
}
