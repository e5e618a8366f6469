package org.nj12320.bulletin.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.lang.reflect.Field;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import java.util.function.Supplier;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code bulletin} command. {@link #run} returns the exit code so that tests can call it; only
 * {@link #main} exits the process.
 */
@Command(
        name = "bulletin",
        mixinStandardHelpOptions = true,
        resourceBundle = "org.nj12320.bulletin.cli.messages",
        versionProvider = Main.Version.class,
        description = "排印《南京卫生信息》：读取一期的数据，计算合计与排序，生成可直接付印的 PDF。",
        footer = {"", "退出码：0 成功；1 数据或模板有问题；2 命令用法有误；3 程序内部错误。"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int PROBLEMS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;

    /** A subcommand: its name, as its class's annotation gives it, and how to make one. */
    record Subcommand(String name, Supplier<Object> make) {}

    /** The subcommands, in the order the help lists them. */
    static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("new", NewCommand::new),
            new Subcommand("check", CheckCommand::new),
            new Subcommand("build", BuildCommand::new),
            new Subcommand("watch", WatchCommand::new),
            new Subcommand("export", ExportCommand::new),
            new Subcommand("site", SiteCommand::new));

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(
                spec.commandLine(),
                "请指定子命令：" + String.join("、", spec.subcommands().keySet()));
    }

    public static void main(String[] args) {
        // the PDF library touches AWT's image classes as it starts, and the preview draws pages with them: never
        // with a window system behind them, so that a command-line tool opens no display (and, on a Mac, puts no
        // icon in the Dock), whatever the desktop it runs on
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        readAnnotationsAhead(args.length > 0 ? args[0] : null);
        Console console = System.console();
        Charset charset = outputCharset(System.getProperty("os.name", ""), console == null ? null : console.charset());
        PrintWriter out = new PrintWriter(System.out, true, charset);
        PrintWriter err = new PrintWriter(System.err, true, charset);
        System.exit(run(out, err, args));
    }

    /**
     * Reads, in a second thread, the annotations of the subcommand the arguments name and of its options' mixins,
     * while picocli starts on the main command: the JDK makes a class for each kind of annotation the first time
     * one is read (some 10 ms each in a fresh process), and two of them made side by side take half the time.
     */
    private static void readAnnotationsAhead(String first) {
        Thread t = new Thread(
                () -> {
                    // only a head start: the main thread reads them all again, and says what goes wrong
                    try {
                        readAnnotations(first);
                    } catch (RuntimeException e) {
                        // nothing gained, nothing lost
                    }
                },
                "bulletin-annotations");
        t.setDaemon(true);
        t.start();
    }

    private static void readAnnotations(String first) {
        for (Subcommand c : SUBCOMMANDS) {
            if (c.name().equals(first)) {
                Object command = c.make().get();
                for (Field f : command.getClass().getDeclaredFields()) {
                    f.getAnnotations();
                    if (f.isAnnotationPresent(CommandLine.Mixin.class)) {
                        for (Field g : f.getType().getDeclaredFields()) {
                            g.getAnnotations();
                        }
                    }
                }
            }
        }
    }

    /**
     * The encoding of what the tool prints: UTF-8, which terminals on Linux and macOS show, CI logs keep and
     * files written from a redirection hold; but in a Windows console, the console's own code page, for it shows
     * bytes in that alone (936, GBK, on Chinese Windows unless set to UTF-8 with {@code chcp 65001}), and
     * Chinese printed as UTF-8 would be unreadable there.
     *
     * @param console the console's encoding when the tool prints to one; null when its output is redirected
     */
    static Charset outputCharset(String osName, Charset console) {
        return osName.startsWith("Windows") && console != null ? console : StandardCharsets.UTF_8;
    }

    public static int run(PrintWriter out, PrintWriter err, String... args) {
        int code;
        try {
            code = commandLine(out, err, args.length > 0 ? args[0] : null).execute(args);
        } catch (OutOfMemoryError e) {
            // a data file far larger than any bulletin's; the heap is bounded on purpose
            err.println("错误：内存不足，无法完成（" + e.getMessage() + "）");
            err.println("提示：检查数据中是否有异常庞大的表；确需处理时可用 java -Xmx1g -jar target/bulletin.jar 运行");
            code = INTERNAL;
        }
        out.flush();
        err.flush();
        return code;
    }

    /** The command line with every subcommand, its output, error handling and exit codes set up. */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(out, err, null);
    }

    /**
     * The command line for arguments that start with {@code first}: when that names a subcommand, with that one
     * only, since picocli reads every option of every subcommand it is given, through reflection and proxies of
     * annotations, and a fresh process would spend some 50 ms on the five it does not run; otherwise (help,
     * the version, a slip in the subcommand's name) with all of them.
     */
    static CommandLine commandLine(PrintWriter out, PrintWriter err, String first) {
        CommandLine cl = new CommandLine(new Main());
        boolean named = SUBCOMMANDS.stream().anyMatch(c -> c.name().equals(first));
        for (Subcommand c : SUBCOMMANDS) {
            if (!named || c.name().equals(first)) {
                cl.addSubcommand(c.name(), c.make().get());
            }
        }
        cl.setOut(out);
        cl.setErr(err);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((e, a) -> {
            UsageErrors.Said said = UsageErrors.of(e);
            err.println("错误：" + said.message());
            err.println("提示：" + said.hint());
            err.flush();
            return USAGE;
        });
        cl.setExecutionExceptionHandler((e, c, parsed) -> {
            boolean trace = false;
            for (CommandLine.ParseResult pr = parsed; pr != null; pr = pr.subcommand()) {
                trace |= pr.hasMatchedOption("--stacktrace");
            }
            err.println("错误：程序内部错误：" + e);
            if (trace) {
                e.printStackTrace(err);
            } else {
                err.println("提示：加上 --stacktrace 重新运行可看到详细信息；请把它交给维护者");
            }
            err.flush();
            return INTERNAL;
        });
        return cl;
    }

    /** The tool and its version, as the build recorded it: {@code bulletin 0.1.0}. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = Main.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // a jar without its properties still runs; it just cannot say its version
        }
        return "bulletin " + p.getProperty("version", "unknown");
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {version()};
        }
    }
}
