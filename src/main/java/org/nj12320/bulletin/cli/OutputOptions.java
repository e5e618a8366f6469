package org.nj12320.bulletin.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nj12320.bulletin.model.Output;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.world.DiskWorld;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** Where the commands that write an issue's editions put them, and in which formats: {@code build}, {@code watch}. */
final class OutputOptions {
    @Option(
            names = {"-o", "--out"},
            paramLabel = "FILE",
            description = "输出路径（只处理一期时可用），默认为 out/<期次>.pdf；同时输出几种格式时，各用这个名字加各自的扩展名")
    Path out;

    @Option(names = "--out-dir", paramLabel = "DIR", description = "输出文件夹，默认为 <root>/out")
    Path outDir;

    @Option(
            names = "--format",
            split = ",",
            paramLabel = "FORMAT",
            converter = FormatConverter.class,
            description = "输出格式：pdf（印刷版，默认）、html（网页版，一个独立的 HTML 文件），或 pdf,html")
    List<Output> formats = List.of(Output.PRINT);

    /** The formats asked for, each once, in the order given. */
    Set<Output> formats() {
        return new LinkedHashSet<>(formats);
    }

    /**
     * Where each issue's files go, format by format: {@code --out} for one issue and one format, the same name
     * with each format's ending for several ({@code a.pdf} → {@code a.pdf}, {@code a.html}), else
     * {@code <out-dir>/<period>.<format>}. A usage error for {@code --out} with several issues or with
     * {@code --out-dir}, and for any target {@link Outputs} refuses, before anything is built.
     */
    List<Map<Output, Path>> targets(CommandLine cl, List<Period> periods, DiskWorld world) {
        if (out != null && periods.size() > 1) {
            throw new CommandLine.ParameterException(cl, "--out 只能用于一期；一次生成多期时各期写到 out/<期次>.pdf");
        }
        if (out != null && outDir != null) {
            throw new CommandLine.ParameterException(cl, "--out 和 --out-dir 只能选用一个");
        }
        Path folder = outDir != null ? outDir : world.out();
        Set<Output> wanted = formats();
        List<Map<Output, Path>> targets = new ArrayList<>();
        for (Period p : periods) {
            Map<Output, Path> files = new EnumMap<>(Output.class);
            for (Output f : wanted) {
                Path target = out == null
                        ? folder.resolve(p.id() + "." + f.extension())
                        : wanted.size() == 1 ? out : withEnding(out, f);
                files.put(f, Outputs.file(cl, target, f, world));
            }
            targets.add(files);
        }
        return targets;
    }

    /** {@code a.pdf} or {@code a} as {@code a.html}. */
    private static Path withEnding(Path out, Output format) {
        String name = out.getFileName().toString();
        for (Output f : Output.values()) {
            if (name.toLowerCase(Locale.ROOT).endsWith("." + f.extension())) {
                name = name.substring(0, name.length() - f.extension().length() - 1);
            }
        }
        return out.resolveSibling(name + "." + format.extension());
    }

    /** A {@code --format} word: an output by the ending of its file ({@code pdf}, {@code html}). */
    static final class FormatConverter implements CommandLine.ITypeConverter<Output> {
        @Override
        public Output convert(String value) {
            Output o = Output.ofExtension(value);
            if (o == null) {
                // said as picocli says it of a value not in a list, which UsageErrors puts in Chinese
                throw new CommandLine.TypeConversionException("expected one of "
                        + java.util.Arrays.stream(Output.values())
                                .map(Output::extension)
                                .toList() + " but was '" + value + "'");
            }
            return o;
        }
    }
}
