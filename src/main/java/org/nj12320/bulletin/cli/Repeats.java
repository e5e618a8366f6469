package org.nj12320.bulletin.cli;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/**
 * What of a build's problems is worth printing again: in {@code watch}, which builds at every save, a warning or
 * a note that the build before it printed, word for word and in the same field, is not printed again, so that
 * what a save changed stands out instead of scrolling away under the same lines; errors, which stop the build,
 * are printed every time. A {@code build} prints everything ({@link #none()}).
 */
final class Repeats {
    /** The warnings and notes the last build printed or would have printed; null: none is left out. */
    private final Set<String> before;

    private Repeats(Set<String> before) {
        this.before = before;
    }

    /** Leaves out what the build before said already. */
    static Repeats sinceLastBuild() {
        return new Repeats(new HashSet<>());
    }

    /** Leaves out nothing. */
    static Repeats none() {
        return new Repeats(null);
    }

    /** What a build's problems come to. */
    record Said(List<Problem> printed, long warningsLeftOut) {}

    /** The problems to print of a build's, and how many of its warnings are left out as said before. */
    Said of(List<Problem> problems) {
        if (before == null) {
            return new Said(problems, 0);
        }
        List<Problem> printed = new ArrayList<>();
        Set<String> now = new HashSet<>();
        long leftOut = 0;
        for (Problem p : problems) {
            if (p.isError()) {
                printed.add(p);
                continue;
            }
            String said = key(p);
            now.add(said);
            if (!before.contains(said)) {
                printed.add(p);
            } else if (p.severity() == Problem.Severity.WARNING) {
                leftOut++;
            }
        }
        before.clear();
        before.addAll(now);
        return new Said(printed, leftOut);
    }

    /**
     * A problem as it is said, but for its line and column: a line added above it (a comment, a row) moves it
     * without making it another.
     */
    private static String key(Problem p) {
        SourceRef at = p.where();
        return p.severity() + "\n" + (at == null ? "" : at.file() + "\n" + at.sheet() + "\n" + at.path()) + "\n"
                + p.message() + "\n" + p.hint();
    }
}
