package org.nj12320.bulletin.model;

import java.util.List;

/** Thrown by a stage that cannot go on; carries every problem found so far, so they can all be reported at once. */
public class BulletinException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient List<Problem> problems;

    public BulletinException(List<Problem> problems) {
        super(problems.isEmpty() ? "no problems" : problems.get(0).message());
        this.problems = List.copyOf(problems);
    }

    public BulletinException(Problem problem) {
        this(List.of(problem));
    }

    /** A problem that an exception of a library or of the system caused; kept for whoever tells such causes apart. */
    public BulletinException(Problem problem, Throwable cause) {
        this(List.of(problem));
        initCause(cause);
    }

    public List<Problem> problems() {
        return problems;
    }
}
