package org.nj12320.bulletin.model;

/**
 * A figure named where another refers to it, as written ({@code appointments.电话预约}, {@code 小计},
 * {@code calls}): the total of a column of a table (its file's name, a dot, the column's path; the table's
 * own columns by their path alone), or a figure of a prose section (its file's name, a dot, the figure's
 * path; a section's own by the path alone).
 */
public record Reference(String written, SourceRef ref) {
    /** The part before the first dot, which may name a table or a section. */
    public String head() {
        int dot = written.indexOf('.');
        return dot < 0 ? "" : written.substring(0, dot);
    }

    /** The part after the first dot. */
    public String tail() {
        int dot = written.indexOf('.');
        return dot < 0 ? written : written.substring(dot + 1);
    }
}
