package org.nj12320.bulletin.preview;

import java.util.List;

/**
 * What the preview shows: the pages of the last good build, the problems of the last build, and whether the
 * pages are out of date (the last build had errors).
 *
 * @param version  counts the builds, so that the page knows when to look again
 * @param title    the issue, as the page's heading says it
 * @param built    when the last build ended, as a clock shows it
 * @param stale    whether the last build had errors, so the pages shown are those of an earlier one
 * @param pages    the digests of the pages, in order; an image is asked for by its digest
 * @param problems the problems of the last build, as the command line prints them
 * @param web      whether the web edition of the last good build is there to be shown too
 */
public record PreviewState(
        int version, String title, String built, boolean stale, List<String> pages, List<Shown> problems, boolean web) {
    public PreviewState {
        pages = List.copyOf(pages);
        problems = List.copyOf(problems);
    }

    /**
     * A problem as shown: {@code error}, {@code warning} or {@code note}, where, what, and what to do; for a
     * slip in the text of a file, the line it is on and its column (counted in characters from 1), so that the
     * page can mark it; else null and 0.
     */
    public record Shown(String severity, String where, String message, String hint, String line, int column) {}

    static final PreviewState EMPTY = new PreviewState(0, "", "", false, List.of(), List.of(), false);

    /** The state as JSON, for the page's script. */
    String json() {
        StringBuilder sb = new StringBuilder("{");
        sb.append("\"version\":").append(version);
        sb.append(",\"title\":").append(str(title));
        sb.append(",\"built\":").append(str(built));
        sb.append(",\"stale\":").append(stale);
        sb.append(",\"web\":").append(web);
        sb.append(",\"pages\":[");
        for (int i = 0; i < pages.size(); i++) {
            sb.append(i == 0 ? "" : ",").append(str(pages.get(i)));
        }
        sb.append("],\"problems\":[");
        for (int i = 0; i < problems.size(); i++) {
            Shown p = problems.get(i);
            sb.append(i == 0 ? "" : ",")
                    .append("{\"severity\":")
                    .append(str(p.severity()))
                    .append(",\"where\":")
                    .append(str(p.where()))
                    .append(",\"message\":")
                    .append(str(p.message()))
                    .append(",\"hint\":")
                    .append(str(p.hint()))
                    .append(",\"line\":")
                    .append(str(p.line()))
                    .append(",\"column\":")
                    .append(p.column())
                    .append('}');
        }
        return sb.append("]}").toString();
    }

    /** A JSON string: quotes, backslashes and control characters escaped, everything else as it is. */
    static String str(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029' || c == '<') {
                        // < too, so that the JSON can never close a script element it is put in
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
