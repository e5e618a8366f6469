package org.nj12320.bulletin.load;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.world.Folder;

/**
 * An issue's folder as the loader reads it, remembering each file it read, so that the files the manifest
 * does not name can be pointed out afterwards: an article written and saved in the folder but never listed
 * in {@code issue.yaml} would otherwise be left out of the issue without a word.
 */
final class ReadFolder implements Folder {
    /**
     * How deep files are looked for: articles sit one folder down ({@code articles/}), and one more is allowed
     * for an editor's own order; deeper than that, nothing of an issue is kept.
     */
    private static final int DEPTH = 3;

    private final Folder folder;
    private final Set<String> read = new HashSet<>();

    ReadFolder(Folder folder) {
        this.folder = folder;
    }

    /** A path the manifest names, read or not. */
    void named(String path) {
        read.add(normal(path));
    }

    /**
     * Reports each file of the folder that nothing read and that looks like an issue's own: a Markdown or
     * YAML file is a warning (it would be printed if it were listed), a spreadsheet a note (editors often keep
     * the source's sheets beside the issue). Other files (a Word document sent in, a picture) are not the
     * tool's concern; nor are the temporary and lock files of editors and spreadsheet programs.
     */
    void reportUnread(Problems problems, String manifest) {
        folder.files(DEPTH).stream().sorted().forEach(path -> {
            if (read.contains(normal(path)) || !ofTheIssue(path)) {
                return;
            }
            SourceRef at = SourceRef.file(folder.display(path));
            switch (kind(path)) {
                case ARTICLE ->
                    problems.warning(
                            at,
                            "这篇稿子没有列在 " + manifest + " 中，不会印出",
                            "要印出，在 " + folder.display(manifest) + " 的 sections: 下、要印的位置加一行 - article: " + path
                                    + "；不用的稿子请移出本期文件夹");
                case DATA -> {
                    String word = sectionWord(path);
                    problems.warning(
                            at,
                            "这个数据文件没有列在 " + manifest + " 中，不会印出",
                            "要印出，在 " + folder.display(manifest) + " 的 sections: 下加一行 - " + word + ": " + path
                                    + (word.equals("text") ? "，下一行写明 template:" : "")
                                    + "；不用的文件请移出本期文件夹");
                }
                case SHEET -> problems.note(at, "这个表格文件没有哪张表用到（没有哪个 rows: 写着它），只作底稿留着");
                case OTHER -> {}
            }
        });
    }

    private static final Pattern CHART = Pattern.compile("(?m)^(bars|shares|trend):");
    private static final Pattern TEXT = Pattern.compile("(?m)^figures:");
    private static final Pattern TABLE = Pattern.compile("(?m)^(columns|rows):");

    /**
     * How the manifest would list a data file, by what its top lines hold: a chart, a table, or a prose section
     * (whose template is to be named too); a table when it cannot be told.
     */
    private String sectionWord(String path) {
        String text;
        try {
            text = new String(folder.read(path, 1 << 20), StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return "table";
        }
        if (CHART.matcher(text).find()) {
            return "chart";
        }
        return !TABLE.matcher(text).find() && TEXT.matcher(text).find() ? "text" : "table";
    }

    private enum Kind {
        ARTICLE,
        DATA,
        SHEET,
        OTHER
    }

    private static Kind kind(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        String ext = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (ext) {
            case "md", "markdown" -> Kind.ARTICLE;
            case "yaml", "yml" -> Kind.DATA;
            case "xlsx", "xlsm", "xls", "csv" -> Kind.SHEET;
            default -> Kind.OTHER;
        };
    }

    /**
     * Whether a file of an issue's folder may be one of the issue's own: not hidden, nor in a hidden folder, nor
     * one that editors and spreadsheet programs keep beside what they save.
     */
    static boolean ofTheIssue(String path) {
        for (String part : path.split("/")) {
            if (part.startsWith(".") || Folder.isAside(part)) {
                return false;
            }
        }
        return true;
    }

    private static String normal(String path) {
        try {
            return Path.of(path).normalize().toString().replace('\\', '/');
        } catch (InvalidPathException e) {
            return path;
        }
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        read.add(normal(path));
        return folder.read(path, maxBytes);
    }

    @Override
    public Optional<Path> file(String path) {
        read.add(normal(path));
        return folder.file(path);
    }

    @Override
    public String display() {
        return folder.display();
    }

    @Override
    public boolean exists() {
        return folder.exists();
    }

    @Override
    public Folder sub(String path) {
        return folder.sub(path);
    }

    @Override
    public List<String> folders() {
        return folder.folders();
    }

    @Override
    public List<String> files(int depth) {
        return folder.files(depth);
    }

    @Override
    public boolean isFile(String path) {
        return folder.isFile(path);
    }

    @Override
    public long size(String path) throws IOException {
        return folder.size(path);
    }

    @Override
    public long version(String path) {
        return folder.version(path);
    }
}
