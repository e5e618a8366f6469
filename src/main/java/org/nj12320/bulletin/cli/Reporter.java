package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.nj12320.bulletin.model.Blank;
import org.nj12320.bulletin.model.Problem;

/**
 * Prints problems the way compilers do, so editors' tools and CI logs can point at them:
 * {@code error: data/2023-03/appointments.yaml:14:5: rows[12].电话预约：…} and then {@code hint: …}.
 */
final class Reporter {
    private final PrintWriter err;

    Reporter(PrintWriter err) {
        this.err = err;
    }

    void report(List<Problem> problems) {
        for (Problem p : problems) {
            err.println(format(p));
        }
        err.flush();
    }

    /**
     * The errors in a line: how many, and of them how many are blanks not filled in yet, file by file, so that
     * an editor filling in a new issue sees what is left without reading every line.
     */
    static String errors(List<Problem> problems) {
        long errors = problems.stream().filter(Problem::isError).count();
        Map<String, Long> blanks = problems.stream()
                .filter(p -> p.isError() && p.message().startsWith(Blank.MESSAGE) && p.where() != null)
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

    /** A file that could not be written: where, why, and what to look at. */
    void cannotWrite(String where, IOException e, String hint) {
        err.println("error: " + where + ": 无法写入：" + e.getMessage());
        err.println("hint: " + hint);
        err.flush();
    }

    static String format(Problem p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.severity().prefix()).append(": ");
        if (p.where() != null) {
            sb.append(p.where().location()).append(": ");
            if (!p.where().path().isEmpty()) {
                sb.append(p.where().field()).append("：");
            }
        }
        sb.append(p.message());
        if (p.hint() != null && !p.hint().isEmpty()) {
            sb.append(System.lineSeparator()).append("hint: ").append(p.hint());
        }
        return sb.toString();
    }
}
