package org.nj12320.bulletin.model;

/** A part of an issue, in the order the issue manifest lists them. */
public sealed interface Section permits Section.Heading, Section.Article, Section.Table, Section.Text {

    /** A section heading that opens a part of the issue, such as 统计数据 or 简讯. */
    record Heading(String text, SourceRef ref) implements Section {
    }

    /**
     * Prose written by an editor in Markdown: a news article, the numbered items of an annual review, or the
     * short news items.
     *
     * @param template  the template that prints it ({@code article}, {@code numbered}, {@code briefs} ...)
     * @param markdown  the body, without the front matter
     * @param bodyLine  the line of the file the body starts on, for messages
     */
    record Article(String id, String title, String subtitle, String template, String markdown, int bodyLine,
                   SourceRef ref) implements Section {
    }

    /**
     * A table of figures.
     *
     * @param fold how many column groups the rows are set in side by side (1 for an ordinary table)
     */
    record Table(TableData table, int fold) implements Section {
    }

    /** Prose that a template writes from named figures, such as the hotline paragraphs. */
    record Text(String id, String title, String template, Figures figures, SourceRef ref) implements Section {
    }
}
