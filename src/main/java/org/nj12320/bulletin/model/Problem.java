package org.nj12320.bulletin.model;

/**
 * Something wrong with the data or the templates, with where it is and what to do about it.
 *
 * @param severity whether it stops the build
 * @param where    file, line, column and field, when known; null for problems of no file
 * @param message  what was found and what was expected
 * @param hint     what the editor can do; may be empty
 */
public record Problem(Severity severity, SourceRef where, String message, String hint) {

    public enum Severity {
        ERROR,
        WARNING
    }

    public static Problem error(SourceRef where, String message, String hint) {
        return new Problem(Severity.ERROR, where, message, hint);
    }

    public static Problem warning(SourceRef where, String message, String hint) {
        return new Problem(Severity.WARNING, where, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The same problem as an error, for {@code --strict}. */
    public Problem asError() {
        return new Problem(Severity.ERROR, where, message, hint);
    }
}
