package org.nj12320.bulletin.model;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a build makes of an issue: the printed edition as a PDF, or the web edition as one HTML file. Each has
 * its own renderer and templates; every place that treats them differently is an exhaustive switch over this
 * type, so that a new output does not compile until each is decided.
 */
public enum Output {
    /** The printed bulletin, laid out as a PDF. */
    PRINT,
    /** The web edition: one self-contained HTML page, for the website and for pasting into a WeChat article. */
    WEB;

    /** The file name's ending, without its dot, which is also its name on the command line. */
    public String extension() {
        return switch (this) {
            case PRINT -> "pdf";
            case WEB -> "html";
        };
    }

    /** The name templates test: {@code <#if edition == "print">}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The output a file ending (or a {@code --format} word) names, or null. */
    public static Output ofExtension(String ending) {
        for (Output o : values()) {
            if (o.extension().equalsIgnoreCase(ending.strip())) {
                return o;
            }
        }
        return null;
    }

    /**
     * Whether a file that begins with these bytes is one of this kind, written by us or another program: only
     * such a file may be written over. A PDF begins with {@code %PDF-}; an HTML file, past a byte-order mark and
     * blank space, with a document type or an {@code <html} element.
     */
    public boolean begins(byte[] head) {
        return switch (this) {
            case PRINT -> new String(head, StandardCharsets.ISO_8859_1).startsWith("%PDF-");
            case WEB -> {
                String s = new String(head, StandardCharsets.UTF_8)
                        .replace("\uFEFF", "")
                        .strip()
                        .toLowerCase(Locale.ROOT);
                yield s.startsWith("<!doctype html") || s.startsWith("<html");
            }
        };
    }
}
