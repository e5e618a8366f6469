package org.nj12320.bulletin.model;

/**
 * Something wrong with the data or the templates, with where it is and what to do about it.
 *
 * @param severity    whether it stops the build
 * @param where       file, line, column and field, when known; null for problems of no file
 * @param message     what was found and what was expected
 * @param hint        what the editor can do; may be empty
 * @param excerpt     the line of the file the problem is on, shown with a caret under its column; null when
 *                    the message says enough
 * @param detail      what a library said of it, in its own words, for a maintainer ({@code --verbose}); may be null
 * @param discrepancy for a disagreement of the source with itself, which figure and which two values, so that an
 *                    editor can record having checked it; null otherwise
 */
public record Problem(
        Severity severity,
        SourceRef where,
        String message,
        String hint,
        String excerpt,
        String detail,
        Discrepancy discrepancy) {

    /**
     * A message and its hint are one line each: a title quoted from the data may hold the line break it is
     * printed with, which would split the report where an editor, or a tool reading it, expects one line.
     */
    public Problem {
        message = oneLine(message);
        hint = oneLine(hint);
    }

    public Problem(Severity severity, SourceRef where, String message, String hint) {
        this(severity, where, message, hint, null, null, null);
    }

    public enum Severity {
        ERROR,
        WARNING,
        /** Something worth knowing that is not wrong: the units new this period. */
        NOTE;

        /** The severity's key, for programs (the preview's page tells them apart by it). */
        public String prefix() {
            return switch (this) {
                case ERROR -> "error";
                case WARNING -> "warning";
                case NOTE -> "note";
            };
        }

        /** The severity in the editors' words, as a report begins a problem: 错误, 警告, 说明. */
        public String label() {
            return switch (this) {
                case ERROR -> "错误";
                case WARNING -> "警告";
                case NOTE -> "说明";
            };
        }
    }

    public static Problem error(SourceRef where, String message, String hint) {
        return new Problem(Severity.ERROR, where, message, hint);
    }

    public static Problem warning(SourceRef where, String message, String hint) {
        return new Problem(Severity.WARNING, where, message, hint);
    }

    public static Problem note(SourceRef where, String message, String hint) {
        return new Problem(Severity.NOTE, where, message, hint);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    public boolean isWarning() {
        return severity == Severity.WARNING;
    }

    /** Chinese lines are joined as they are read, without a space; other lines with one. */
    static String oneLine(String text) {
        if (text == null || text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        StringBuilder sb = new StringBuilder();
        for (String line : text.split("\\R")) {
            String part = line.strip();
            if (part.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && !(wide(sb.charAt(sb.length() - 1)) && wide(part.charAt(0)))) {
                sb.append(' ');
            }
            sb.append(part);
        }
        return sb.toString();
    }

    private static boolean wide(char c) {
        return c >= '\u2E80';
    }

    /** The same problem as an error, for {@code --strict}; a note stays a note. */
    public Problem asError() {
        return severity == Severity.NOTE
                ? this
                : new Problem(Severity.ERROR, where, message, hint, excerpt, detail, discrepancy);
    }

    /** The same problem shown with the line it is on. */
    public Problem withExcerpt(String line) {
        return new Problem(severity, where, message, hint, line, detail, discrepancy);
    }

    /** The same problem with what a library said of it. */
    public Problem withDetail(String text) {
        return new Problem(severity, where, message, hint, excerpt, text, discrepancy);
    }

    /** The same problem as a disagreement of the source that an editor may record as checked. */
    public Problem withDiscrepancy(Discrepancy d) {
        return new Problem(severity, where, message, hint, excerpt, detail, d);
    }
}
