package org.nj12320.bulletin.cli;

import java.io.PrintWriter;
import java.util.List;

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

    static String format(Problem p) {
        StringBuilder sb = new StringBuilder();
        sb.append(p.severity().prefix()).append(": ");
        if (p.where() != null) {
            sb.append(p.where().location()).append(": ");
            if (!p.where().path().isEmpty()) {
                sb.append(p.where().path()).append("：");
            }
        }
        sb.append(p.message());
        if (p.hint() != null && !p.hint().isEmpty()) {
            sb.append(System.lineSeparator()).append("hint: ").append(p.hint());
        }
        return sb.toString();
    }
}
