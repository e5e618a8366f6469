package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Predicate;

import org.nj12320.bulletin.model.Output;
import org.nj12320.bulletin.world.DiskFolder;
import org.nj12320.bulletin.world.DiskWorld;

import picocli.CommandLine;

/**
 * Where a command may write. Never into the folders the issues are made from (the data, the templates, the
 * fonts), followed through symbolic links, so that no slip of {@code --out} replaces an issue's file with a
 * PDF; never over a device or a folder; and never over a file that is not of the kind written (a PDF over a
 * PDF, an HTML file over an HTML file, a workbook over a workbook, a CSV file over a CSV file, or an empty
 * file), so that a mistyped path costs nobody a document.
 * Each refusal is a usage error, said before anything is built, with the file left as it was.
 */
final class Outputs {
    private Outputs() {}

    /** Refuses a file to be written as {@code format}, or returns it. */
    static Path file(CommandLine cl, Path target, Output format, DiskWorld world) {
        notInside(cl, target, world);
        notOverOther(cl, target, name(format), format.extension(), format::begins);
        return target;
    }

    /** What a spreadsheet written by {@code export} may replace: an .xlsx workbook is a zip archive. */
    static final Predicate<byte[]> WORKBOOK =
            head -> head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;

    /**
     * And a CSV file: text (no NUL byte) that begins with a byte-order mark, as every CSV file this tool writes
     * does, or whose first line has a comma, as one saved by a spreadsheet program has.
     */
    static final Predicate<byte[]> CSV = head -> {
        String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
        if (text.indexOf('\0') >= 0) {
            return false;
        }
        int end = text.indexOf('\n');
        return text.startsWith("\u00EF\u00BB\u00BF") || (end < 0 ? text : text.substring(0, end)).indexOf(',') >= 0;
    };

    /**
     * Refuses to write over an existing file that is not of the kind written, so that a mistyped path costs
     * nobody a document; an empty file holds nothing to lose (a name touched, or made by hand to be written
     * into).
     *
     * @param kind      how messages name the kind: PDF, CSV
     * @param extension the ending a file of the kind has
     */
    static void notOverOther(CommandLine cl, Path target, String kind, String extension, Predicate<byte[]> begins) {
        if (Files.exists(target) && !Files.isRegularFile(target)) {
            throw new CommandLine.ParameterException(
                    cl,
                    "输出路径 " + DiskWorld.display(target) + (Files.isDirectory(target) ? " 是文件夹" : " 是设备或其他特殊文件") + "，"
                            + kind + " 只写到普通文件");
        }
        if (Files.isRegularFile(target) && size(target) > 0 && !begins.test(head(target))) {
            throw new CommandLine.ParameterException(
                    cl,
                    "输出路径 " + DiskWorld.display(target) + " 已有一个文件，它不是 " + kind + "：为免把它覆盖，不写；换一个输出路径（文件名以 ."
                            + extension + " 结尾），或先把这个文件移开");
        }
    }

    /** How messages name the kind of file an output is: PDF, HTML. */
    static String name(Output format) {
        return format.extension().toUpperCase(java.util.Locale.ROOT);
    }

    /** Refuses a folder to write into, or returns it. */
    static Path folder(CommandLine cl, Path folder, DiskWorld world) {
        notInside(cl, folder, world);
        if (Files.exists(folder) && !Files.isDirectory(folder)) {
            throw new CommandLine.ParameterException(cl, "输出路径 " + DiskWorld.display(folder) + " 已有同名的文件，不是文件夹");
        }
        return folder;
    }

    private static void notInside(CommandLine cl, Path target, DiskWorld world) {
        Path real = real(target);
        for (DiskFolder input : List.of(world.data(), world.templates(), world.fonts())) {
            Path root = real(input.root());
            if (real.startsWith(root)) {
                throw new CommandLine.ParameterException(
                        cl,
                        "输出路径 " + DiskWorld.display(target) + " 在 " + input.display() + " 之内：那里是生成本刊所用的文件，"
                                + "不能被输出覆盖；写到别处，默认为 out/");
            }
        }
    }

    /**
     * The path as the file system resolves it: its deepest existing folder with its links followed, and the
     * rest as written, so that a link into an input folder is seen for what it is.
     */
    private static Path real(Path p) {
        Path a = p.toAbsolutePath().normalize();
        Path rest = Path.of("");
        for (Path at = a; at != null; at = at.getParent()) {
            try {
                Path found = at.toRealPath();
                return found.resolve(rest.toString()).normalize();
            } catch (IOException e) {
                rest = at.getFileName() == null ? rest : at.getFileName().resolve(rest.toString());
            }
        }
        return a;
    }

    /** The first bytes of a file, enough to tell its kind; none when it cannot be read. */
    private static byte[] head(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(512);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 1;
        }
    }
}
