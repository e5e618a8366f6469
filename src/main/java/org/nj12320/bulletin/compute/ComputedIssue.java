package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Colophon;
import org.nj12320.bulletin.model.IssueMeta;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.SourceRef;

/**
 * An issue with every figure computed and formatted, ready for the templates, the problems the computation
 * found, and the cumulative figures it carries into the next period ({@link History}).
 */
public record ComputedIssue(
        IssueMeta meta,
        List<SectionView> sections,
        Colophon colophon,
        List<Problem> problems,
        Map<String, BigDecimal> carried,
        Map<String, BigDecimal> totals) {

    public ComputedIssue {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
        carried = Map.copyOf(carried);
        totals = Map.copyOf(totals);
    }

    /** The issue's tables, in print order. */
    public List<Table> tables() {
        List<Table> out = new ArrayList<>();
        for (SectionView s : sections) {
            s.accept(new Visitor<Void>() {
                @Override
                public Void heading(Heading h) {
                    return null;
                }

                @Override
                public Void article(Article a) {
                    return null;
                }

                @Override
                public Void table(Table t) {
                    out.add(t);
                    return null;
                }

                @Override
                public Void text(Text t) {
                    return null;
                }

                @Override
                public Void chart(Chart c) {
                    return null;
                }
            });
        }
        return out;
    }

    /**
     * A section ready to print. Templates tell the kinds apart by {@link #kind()}; code, through
     * {@link Visitor}, so that a new kind does not compile until every such place handles it.
     */
    public sealed interface SectionView permits Heading, Article, Table, Text, Chart {
        /** The anchor the section's bookmark points to. */
        String id();

        Section.Kind sectionKind();

        /** The kind as templates test it: {@code heading}, {@code article}, {@code table}, {@code text}. */
        default String kind() {
            return sectionKind().keyword();
        }

        SourceRef ref();

        <R> R accept(Visitor<R> visitor);
    }

    /** One method per kind of section. */
    public interface Visitor<R> {
        R heading(Heading h);

        R article(Article a);

        R table(Table t);

        R text(Text t);

        R chart(Chart c);
    }

    /** A chart, ready to draw. */
    public record Chart(String id, ChartView chart, SourceRef ref) implements SectionView {
        @Override
        public Section.Kind sectionKind() {
            return Section.Kind.CHART;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.chart(this);
        }
    }

    public record Heading(String id, String text, SourceRef ref) implements SectionView {
        @Override
        public Section.Kind sectionKind() {
            return Section.Kind.HEADING;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.heading(this);
        }
    }

    /**
     * @param titleLines the title as printed, one entry per line
     */
    public record Article(
            String id, List<String> titleLines, String subtitle, String template, String markdown, SourceRef ref)
            implements SectionView {
        @Override
        public Section.Kind sectionKind() {
            return Section.Kind.ARTICLE;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.article(this);
        }

        /** The title on one line, for bookmarks. */
        public String title() {
            return titleLines == null ? null : String.join("", titleLines);
        }
    }

    public record Table(String id, TableView table, int fold, SourceRef ref) implements SectionView {
        @Override
        public Section.Kind sectionKind() {
            return Section.Kind.TABLE;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.table(this);
        }
    }

    public record Text(String id, String title, String template, Map<String, Object> figures, SourceRef ref)
            implements SectionView {
        @Override
        public Section.Kind sectionKind() {
            return Section.Kind.TEXT;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.text(this);
        }
    }
}
