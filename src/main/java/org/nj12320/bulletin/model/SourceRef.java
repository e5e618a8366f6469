package org.nj12320.bulletin.model;

/**
 * Where a value was read: file (as the user would type it, relative to the project), line and column
 * (1-based; 0 when unknown) and the field path inside the file, such as {@code rows[12].电话预约}.
 */
public record SourceRef(String file, int line, int column, String path) {

    public static SourceRef file(String file) {
        return new SourceRef(file, 0, 0, "");
    }

    /** The same place, naming a field below it. */
    public SourceRef child(String field) {
        return new SourceRef(file, line, column, path.isEmpty() ? field : path + "." + field);
    }

    /** {@code data/2023-03/appointments.yaml:14:5}, as far as it is known. */
    public String location() {
        StringBuilder sb = new StringBuilder(file);
        if (line > 0) {
            sb.append(':').append(line);
            if (column > 0) {
                sb.append(':').append(column);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return location() + (path.isEmpty() ? "" : " (" + path + ")");
    }
}
