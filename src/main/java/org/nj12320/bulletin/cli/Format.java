package org.nj12320.bulletin.cli;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** A kind of file a build writes: the printed edition as a PDF, the web edition as one HTML file. */
enum Format {
    PDF,
    HTML;

    /** The file name's ending, without its dot. */
    String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Whether a file that begins with these bytes is one of this kind, written by us or another program: only
     * such a file may be written over. A PDF begins with {@code %PDF-}; an HTML file, past a byte-order mark and
     * blank space, with a document type or an {@code <html} element.
     */
    boolean begins(byte[] head) {
        return switch (this) {
            case PDF -> new String(head, StandardCharsets.ISO_8859_1).startsWith("%PDF-");
            case HTML -> {
                String s = new String(head, StandardCharsets.UTF_8)
                        .replace("\uFEFF", "")
                        .strip()
                        .toLowerCase(Locale.ROOT);
                yield s.startsWith("<!doctype html") || s.startsWith("<html");
            }
        };
    }
}
