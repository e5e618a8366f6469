package org.nj12320.bulletin.load;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/** Collects the problems of a load, so that all of them are reported together rather than the first alone. */
final class Problems {
    private final List<Problem> list = new ArrayList<>();

    void error(SourceRef where, String message, String hint) {
        list.add(Problem.error(where, message, hint));
    }

    void warning(SourceRef where, String message, String hint) {
        list.add(Problem.warning(where, message, hint));
    }

    void note(SourceRef where, String message) {
        list.add(Problem.note(where, message, ""));
    }

    void add(Problem p) {
        list.add(p);
    }

    void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    List<Problem> list() {
        return List.copyOf(list);
    }
}
