package org.nj12320.bulletin.render;

import java.util.List;
import java.util.Locale;

import org.nj12320.bulletin.compute.TableView;

/**
 * An edition of an issue: the same content, set for one medium. Each has its page template around the shared
 * content of {@code issue.ftlx}, and may draw some things its own way; every such difference is a switch
 * here, so a new edition does not compile until each is decided.
 */
public enum Edition {
    /** The printed bulletin, laid out as a PDF. */
    PRINT,
    /** The web edition: one self-contained HTML page, for the website and for pasting into a WeChat article. */
    WEB;

    /** The template that makes the whole page of this edition around the content. */
    String pageTemplate() {
        return switch (this) {
            case PRINT -> "print.ftlx";
            case WEB -> "web.ftlx";
        };
    }

    /** The header rows of a table as this edition draws them. */
    List<List<HeaderGrid.Cell>> header(TableView table) {
        return switch (this) {
            // a cell spanning rows is one cell, on paper as on a screen, and read as one
            case PRINT, WEB -> HeaderGrid.spanning(table.header());
        };
    }

    /** The name templates test: {@code <#if edition == "print">}. */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
