package org.nj12320.bulletin.draft;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Replacements of single values in a YAML file's text, each found by the line and column where the parser
 * read it, so that everything else of the file (comments, order, layout) stays as the editor wrote it.
 */
final class TextEdits {
    /** A value at a line and column (both from 1), to be replaced by {@code with}. */
    record Edit(int line, int column, String with) {}

    private final List<Edit> edits = new ArrayList<>();

    void replace(int line, int column, String with) {
        if (line > 0 && column > 0) {
            edits.add(new Edit(line, column, with));
        }
    }

    /** The text with every value replaced, each to the end of the scalar that starts there. */
    String applyTo(String text) {
        String[] lines = text.split("\n", -1);
        // right to left within a line, so that the columns of the others stay right
        List<Edit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(Edit::line)
                .thenComparing(Comparator.comparingInt(Edit::column).reversed()));
        for (Edit e : sorted) {
            if (e.line() > lines.length) {
                continue;
            }
            String l = lines[e.line() - 1];
            int start = offset(l, e.column());
            if (start > l.length()) {
                continue;
            }
            int end = scalarEnd(l, start);
            lines[e.line() - 1] = l.substring(0, start) + e.with() + l.substring(end);
        }
        return String.join("\n", lines);
    }

    /** The index in the line of a column counted in characters (code points). */
    private static int offset(String line, int column) {
        int i = 0;
        for (int c = 1; c < column && i < line.length(); c++) {
            i += Character.charCount(line.codePointAt(i));
        }
        return i;
    }

    /**
     * Where a scalar that starts at {@code start} ends: after its closing quote, or before the comma, brace
     * or bracket that ends it inside braces, or before a comment, or at the end of the line.
     */
    static int scalarEnd(String line, int start) {
        if (start < line.length() && (line.charAt(start) == '"' || line.charAt(start) == '\'')) {
            char q = line.charAt(start);
            for (int i = start + 1; i < line.length(); i++) {
                if (line.charAt(i) == '\\' && q == '"') {
                    i++;
                } else if (line.charAt(i) == q) {
                    return i + 1;
                }
            }
            return line.length();
        }
        boolean inFlow = flowDepth(line, start) > 0;
        int i = start;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (inFlow && (c == ',' || c == '}' || c == ']')) {
                break;
            }
            if (c == '#' && i > start && Character.isWhitespace(line.charAt(i - 1))) {
                break;
            }
            i++;
        }
        while (i > start && Character.isWhitespace(line.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    /** How many braces or brackets are open before the position (quotes skipped). */
    private static int flowDepth(String line, int upTo) {
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < upTo; i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            }
        }
        return depth;
    }
}
