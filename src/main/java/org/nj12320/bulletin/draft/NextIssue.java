package org.nj12320.bulletin.draft;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nj12320.bulletin.load.IssueLoader;
import org.nj12320.bulletin.model.Blank;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Figures;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Value;
import org.nj12320.bulletin.world.Folder;
import org.nj12320.bulletin.world.World;

/**
 * The next issue made from an earlier one: the manifest with the new period and the print date to fill in;
 * every table with its columns, title, notes and units in the same order, every figure marked
 * {@value Blank#MARK}; the prose sections with their figures marked the same way; the articles as short
 * placeholders. The words that name the period are placeholders already, so they need no change.
 */
public final class NextIssue {
    /** A file of the new issue: its path inside the issue's folder and its text. */
    public record File(String path, String text) {}

    /**
     * The new issue's files, and the issue they were made from.
     *
     * @param sheets the spreadsheets the tables' rows come from, which are not copied: this period's come
     *               from its own sources
     */
    public record Draft(Period period, Period from, List<File> files, List<String> sheets) {}

    private static final String MANIFEST = IssueLoader.MANIFEST;

    private NextIssue() {}

    /** Drafts the issue of {@code target} from that of {@code from}, which must load without errors. */
    public static Draft of(World world, Period target, Period from) throws BulletinException {
        IssueLoader.Loaded loaded = new IssueLoader(world.data(), world.templates()).load(from);
        if (loaded.hasErrors()) {
            List<Problem> all = new ArrayList<>();
            all.add(Problem.error(
                    SourceRef.file(world.data().sub(from.id()).display(MANIFEST)),
                    "作为起点的 " + from.id() + " 有错误，先改正它（错误见下）",
                    "或用 --from 选另一期作为起点"));
            all.addAll(loaded.problems().stream().filter(Problem::isError).toList());
            throw new BulletinException(all);
        }
        Folder source = world.data().sub(from.id());
        String prefix = source.display() + "/";
        Issue issue = loaded.issue();
        List<File> files = new ArrayList<>();
        List<String> sheets = new ArrayList<>();
        files.add(new File(MANIFEST, manifest(read(source, MANIFEST), target)));
        for (Section s : issue.sections()) {
            File f = s.accept(new Section.Visitor<File>() {
                @Override
                public File heading(Section.Heading h) {
                    return null;
                }

                @Override
                public File article(Section.Article a) {
                    return new File(relative(a.ref(), prefix), placeholderArticle(a));
                }

                @Override
                public File table(Section.Table t) {
                    String path = relative(t.table().ref(), prefix);
                    t.table().rows().stream()
                            .flatMap(r -> r.values().values().stream())
                            .map(Value::ref)
                            .filter(SourceRef::inSheet)
                            .map(r -> relative(r, prefix))
                            .distinct()
                            .filter(sheet -> !sheets.contains(sheet))
                            .forEach(sheets::add);
                    return new File(path, withoutAcknowledgements(blankTable(read(source, path), t.table())));
                }

                @Override
                public File chart(Section.Chart c) {
                    // a chart names figures, not values: the same file draws the next period's
                    String path = relative(c.ref(), prefix);
                    return new File(path, read(source, path));
                }

                @Override
                public File text(Section.Text t) {
                    String path = relative(t.ref(), prefix);
                    return new File(path, withoutAcknowledgements(blankFigures(read(source, path), t.figures())));
                }
            });
            if (f != null) {
                files.add(f);
            }
        }
        return new Draft(target, from, files, sheets);
    }

    private static String relative(SourceRef ref, String prefix) {
        return ref.file().startsWith(prefix) ? ref.file().substring(prefix.length()) : ref.file();
    }

    private static String read(Folder folder, String path) {
        try {
            String text = new String(folder.read(path, 2L * 1024 * 1024), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            // the issue was just read whole; a file that vanished since is a race no editor makes
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final Pattern PERIOD = Pattern.compile("(?m)^(period:[ \\t]*)([^#\\n]*?)([ \\t]*(#.*)?)$");
    private static final Pattern PRINTED = Pattern.compile("(?m)^(printed:[ \\t]*)([^#\\n]*?)([ \\t]*(#.*)?)$");
    private static final Pattern NUMBER = Pattern.compile("(?m)^(number:[ \\t]*)([^#\\n]*?)([ \\t]*(#.*)?)$");

    /** The manifest with the new period, and the print date and the issue number to fill in. */
    static String manifest(String text, Period target) {
        String s = replaceValue(text, PERIOD, target.id());
        s = replaceValue(s, PRINTED, Blank.MARK);
        return replaceValue(s, NUMBER, Blank.MARK);
    }

    private static String replaceValue(String text, Pattern field, String value) {
        Matcher m = field.matcher(text);
        return m.find() ? text.substring(0, m.start(2)) + value + text.substring(m.end(2)) : text;
    }

    /**
     * A file without its {@code acknowledged:}: what editors checked of last period's figures says nothing of
     * this period's. The block is taken out with the comments and blank lines just above it.
     */
    static String withoutAcknowledgements(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).startsWith("acknowledged:")) {
                start = i;
                break;
            }
        }
        if (start < 0) {
            return text;
        }
        int end = start + 1;
        while (end < lines.size()
                && (lines.get(end).isEmpty()
                        || lines.get(end).startsWith(" ")
                        || lines.get(end).startsWith("#"))) {
            end++;
        }
        // keep the blank lines and comments that belong to what follows
        while (end > start + 1
                && (lines.get(end - 1).isBlank() || lines.get(end - 1).startsWith("#"))
                && end < lines.size()) {
            end--;
        }
        while (start > 0
                && (lines.get(start - 1).isBlank() || lines.get(start - 1).startsWith("#"))) {
            start--;
        }
        lines.subList(start, end).clear();
        String out = String.join("\n", lines);
        return text.endsWith("\n") && !out.endsWith("\n") ? out + "\n" : out;
    }

    /** A table with every figure of its rows, of its given totals and of its named figures marked blank. */
    static String blankTable(String text, TableData t) {
        TextEdits edits = new TextEdits();
        for (TableData.Row row : t.rows()) {
            for (Column.Leaf leaf : t.leaves()) {
                Value v = row.values().get(leaf.path());
                if (v != null && leaf.type().numeric()) {
                    blank(edits, v.ref());
                }
            }
        }
        if (t.total() != null) {
            t.total().given().values().forEach(v -> blank(edits, v.ref()));
        }
        t.figures().values().forEach(v -> blank(edits, v.ref()));
        return edits.applyTo(text);
    }

    /**
     * A prose section's file with every number among its figures marked blank, and the words true of that
     * period only (the names of what was new, a dated note); its other words stay.
     */
    static String blankFigures(String text, Figures figures) {
        TextEdits edits = new TextEdits();
        Map<String, Object> numbers = new LinkedHashMap<>();
        collectNumbers(figures.values(), "", numbers);
        java.util.Set<String> paths = new java.util.LinkedHashSet<>(numbers.keySet());
        paths.addAll(figures.ofThePeriod());
        paths.forEach(path -> {
            SourceRef ref = figures.refs().get(path);
            if (ref != null) {
                blank(edits, ref);
            }
        });
        return edits.applyTo(text);
    }

    private static void collectNumbers(Object node, String path, Map<String, Object> out) {
        if (node instanceof BigDecimal) {
            out.put(path, node);
        } else if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> collectNumbers(v, path.isEmpty() ? k.toString() : path + "." + k, out));
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                collectNumbers(l.get(i), path + "[" + i + "]", out);
            }
        }
    }

    private static void blank(TextEdits edits, SourceRef ref) {
        if (ref.inSheet()) {
            return; // a figure of a spreadsheet, which the new issue gets anew
        }
        edits.replace(ref.line(), ref.column(), Blank.MARK);
    }

    /** An article to be written anew, shaped as its template wants it. */
    static String placeholderArticle(Section.Article a) {
        String body = switch (a.template()) {
            case "briefs" -> "- （待填：一条简讯，一项一行，以 - 开头）\n";
            case "numbered" -> "1. **（待填：第一项的标题句）**（待填：正文）\n2. **（待填：第二项）**（待填）\n";
            default -> "（待填：正文。空一行另起一段；**加粗**的文字两边各写两个星号。）\n";
        };
        String front = a.title() == null ? "" : "---\ntitle: （待填：标题）\n---\n\n";
        return front + body;
    }
}
