package org.nj12320.bulletin.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A part of an issue, in the order the issue manifest lists them. Code that treats the kinds differently does
 * so through {@link Visitor}, so a new kind does not compile until every such place handles it.
 */
public sealed interface Section permits Section.Heading, Section.Article, Section.Table, Section.Text, Section.Chart {

    /** The kinds of section, as the manifest names them ({@code - table: appointments.yaml}). */
    enum Kind {
        HEADING,
        ARTICLE,
        TABLE,
        TEXT,
        CHART;

        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** Whether a section of this kind may be set in column groups ({@code fold: 2}). */
        public boolean folds() {
            return switch (this) {
                case TABLE -> true;
                case HEADING, ARTICLE, TEXT, CHART -> false;
            };
        }

        /** Whether a section of this kind names a file of the folder (a heading is its own text). */
        public boolean namesFile() {
            return switch (this) {
                case HEADING -> false;
                case ARTICLE, TABLE, TEXT, CHART -> true;
            };
        }
    }

    Kind kind();

    <R> R accept(Visitor<R> visitor);

    /**
     * The sections of each kind, each list in print order: for what looks at one kind alone (the tables, the
     * prose sections), without a test of each section's class.
     */
    record Parts(
            List<Heading> headings, List<Article> articles, List<Table> tables, List<Text> texts, List<Chart> charts) {
        public static Parts of(List<Section> sections) {
            Parts p = new Parts(
                    new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            for (Section s : sections) {
                s.accept(new Visitor<Boolean>() {
                    @Override
                    public Boolean heading(Heading h) {
                        return p.headings.add(h);
                    }

                    @Override
                    public Boolean article(Article a) {
                        return p.articles.add(a);
                    }

                    @Override
                    public Boolean table(Table t) {
                        return p.tables.add(t);
                    }

                    @Override
                    public Boolean text(Text t) {
                        return p.texts.add(t);
                    }

                    @Override
                    public Boolean chart(Chart c) {
                        return p.charts.add(c);
                    }
                });
            }
            return p;
        }
    }

    /** One method per kind of section. */
    interface Visitor<R> {
        R heading(Heading h);

        R article(Article a);

        R table(Table t);

        R text(Text t);

        R chart(Chart c);
    }

    /**
     * A chart drawn from figures of the tables.
     *
     * @param title as written, with the period's placeholders ({期})
     */
    record Chart(String id, String title, ChartSpec spec, SourceRef ref) implements Section {
        @Override
        public Kind kind() {
            return Kind.CHART;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.chart(this);
        }
    }

    /** A section heading that opens a part of the issue, such as 统计数据 or 简讯. */
    record Heading(String text, SourceRef ref) implements Section {
        @Override
        public Kind kind() {
            return Kind.HEADING;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.heading(this);
        }
    }

    /**
     * Prose written by an editor in Markdown: a news article, the numbered items of an annual review, or the
     * short news items.
     *
     * @param template  the template that prints it ({@code article}, {@code numbered}, {@code briefs} ...)
     * @param markdown  the body, without the front matter
     * @param bodyLine  the line of the file the body starts on, for messages
     */
    record Article(
            String id, String title, String subtitle, String template, String markdown, int bodyLine, SourceRef ref)
            implements Section {
        @Override
        public Kind kind() {
            return Kind.ARTICLE;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.article(this);
        }

        /** A place in the body, by its line and column counted from 0 there, as messages give it in the file. */
        public SourceRef at(int line, int column) {
            return new SourceRef(ref.file(), bodyLine + line, column + 1, "");
        }
    }

    /**
     * A table of figures.
     *
     * @param fold how many column groups the rows are set in side by side (1 for an ordinary table)
     */
    record Table(TableData table, int fold) implements Section {
        @Override
        public Kind kind() {
            return Kind.TABLE;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.table(this);
        }
    }

    /** Prose that a template writes from named figures, such as the hotline paragraphs. */
    record Text(String id, String title, String template, Figures figures, SourceRef ref) implements Section {
        @Override
        public Kind kind() {
            return Kind.TEXT;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.text(this);
        }
    }
}
