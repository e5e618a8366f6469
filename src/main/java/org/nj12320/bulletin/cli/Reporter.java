package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nj12320.bulletin.compute.Acknowledgements;
import org.nj12320.bulletin.compute.NumberFormats;
import org.nj12320.bulletin.model.Blank;
import org.nj12320.bulletin.model.Problem;

/**
 * Prints problems the way compilers do, so editors' tools and CI logs can point at them:
 * {@code error: data/2023-03/appointments.yaml:14:5: rows[12].电话预约：…} and then {@code hint: …}.
 */
final class Reporter {
    private final PrintWriter err;
    private final boolean verbose;
    private final Labels labels;

    /**
     * @param verbose whether to add what libraries said of a problem, in their own words
     * @param labels  the words before each problem and hint
     */
    Reporter(PrintWriter err, boolean verbose, Labels labels) {
        this.err = err;
        this.verbose = verbose;
        this.labels = labels;
    }

    void report(List<Problem> problems) {
        for (Problem p : problems) {
            err.println(format(p, verbose, labels));
        }
        err.flush();
    }

    /** Whether a problem is a figure or date not filled in yet: a {@code 待填} a new issue starts with. */
    static boolean unfilled(Problem p) {
        return p.isError() && p.message().startsWith(Blank.MESSAGE) && p.where() != null;
    }

    /**
     * The errors in a line: how many, and of them how many are blanks not filled in yet, file by file, so that
     * an editor filling in a new issue sees what is left without reading every line.
     */
    static String errors(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        Map<String, Long> blanks = problems.stream()
                .filter(Reporter::unfilled)
                .collect(Collectors.groupingBy(
                        p -> Path.of(p.where().file()).getFileName().toString(),
                        LinkedHashMap::new,
                        Collectors.counting()));
        String out = "发现 " + errors + " 个错误";
        if (!blanks.isEmpty()) {
            long n = blanks.values().stream().mapToLong(Long::longValue).sum();
            out += "，其中 " + n + " 处尚未填写（" + Blank.MARK + "）："
                    + blanks.entrySet().stream()
                            .map(e -> e.getKey() + " " + e.getValue())
                            .collect(Collectors.joining("，"));
        }
        return out;
    }

    /**
     * The discrepancies of the source that editors have checked, listed once under a heading of their own, with
     * who checked each and why it stands.
     */
    void acknowledged(PrintWriter out, List<Acknowledgements.Confirmed> confirmed) {
        if (confirmed.isEmpty()) {
            return;
        }
        out.println("已确认的原表差异（" + confirmed.size() + "）：");
        for (Acknowledgements.Confirmed c : confirmed) {
            Problem p = c.problem();
            out.println("  " + (p.where() == null ? "" : p.where().location() + " ") + c.by().figure() + "："
                    + p.discrepancy().values().stream()
                            .map(NumberFormats::plain)
                            .collect(Collectors.joining(" 与 "))
                    + "（" + c.by().checkedBy() + "：" + c.by().reason() + "）");
        }
        out.flush();
    }

    /**
     * What a check without errors comes to: passed only when nothing is left to read; with warnings, how many
     * to read, for one of them may be a figure ten times last month's.
     */
    static String verdict(long warnings) {
        return verdict(warnings, 0);
    }

    /**
     * The same, when some of the warnings were said by the build before and not again ({@code watch}).
     *
     * @param leftOut how many of the warnings were not printed again
     */
    static String verdict(long warnings, long leftOut) {
        if (warnings == 0) {
            return "检查通过";
        }
        if (leftOut == warnings) {
            return "没有错误，但有 " + warnings + " 个警告，与上次生成时的相同，不再重复列出：确认无误再付印";
        }
        return "没有错误，但有 " + warnings + " 个警告" + (leftOut == 0 ? "" : "（其中 " + leftOut + " 个与上次生成时的相同，不再重复列出）")
                + "：请逐条看过上面的说明，确认无误再付印";
    }

    /** A file that could not be written: where, why, and what to look at. */
    void cannotWrite(String where, IOException e, String hint) {
        err.println(labels.error() + where + ": 无法写入：" + e.getMessage());
        err.println(labels.hint() + hint);
        err.flush();
    }

    static String format(Problem p) {
        return format(p, false);
    }

    static String format(Problem p, boolean verbose) {
        return format(p, verbose, Labels.ZH);
    }

    static String format(Problem p, boolean verbose, Labels labels) {
        String nl = System.lineSeparator();
        StringBuilder sb = new StringBuilder();
        sb.append(labels.of(p.severity()));
        if (p.where() != null) {
            sb.append(p.where().location()).append(": ");
            // the field in words, unless the message names it already (the checks of a row's figures do, after
            // their table's title), which would say it twice
            if (!p.where().path().isEmpty() && !p.message().contains(p.where().field())) {
                sb.append(p.where().field()).append("：");
            }
        }
        sb.append(p.message());
        if (p.excerpt() != null && p.where() != null && p.where().line() > 0) {
            sb.append(nl)
                    .append(excerpt(p.excerpt(), p.where().line(), p.where().column()));
        }
        if (p.hint() != null && !p.hint().isEmpty()) {
            sb.append(nl).append(labels.hint()).append(p.hint());
        }
        if (p.discrepancy() != null
                && p.discrepancy().file() != null
                && !p.isError()
                && p.severity() != Problem.Severity.NOTE) {
            sb.append(nl)
                    .append(labels.hint())
                    .append("核对后若原表确实如此，在 ")
                    .append(p.discrepancy().file())
                    .append(" 的 acknowledged: 下记一笔，以后不再提醒：")
                    .append(p.discrepancy().record());
        }
        if (verbose && p.detail() != null && !p.detail().isEmpty()) {
            sb.append(nl).append(labels.detail()).append(p.detail());
        }
        return sb.toString();
    }

    /**
     * The line a problem is on, with a caret under its column, as a terminal shows them: a Chinese character
     * takes two columns there, so the caret line gives it two spaces.
     */
    static String excerpt(String line, int number, int column) {
        String gutter = String.valueOf(number);
        StringBuilder caret = new StringBuilder();
        int i = 0;
        for (int cp : line.codePoints().toArray()) {
            if (++i >= column) {
                break;
            }
            caret.append(cp == '\t' ? "\t" : wide(cp) ? "  " : " ");
        }
        return " " + gutter + " | " + line + System.lineSeparator() + " " + " ".repeat(gutter.length()) + " | " + caret
                + "^";
    }

    /** Whether a character takes two columns of a terminal: the CJK characters and the full-width forms. */
    static boolean wide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }
}
