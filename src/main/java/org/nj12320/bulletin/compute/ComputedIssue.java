package org.nj12320.bulletin.compute;

import java.util.List;
import java.util.Map;
import org.nj12320.bulletin.model.Colophon;
import org.nj12320.bulletin.model.IssueMeta;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/**
 * An issue with every figure computed and formatted, ready for the templates, and the problems the
 * computation found.
 */
public record ComputedIssue(IssueMeta meta, List<SectionView> sections, Colophon colophon, List<Problem> problems) {

    public ComputedIssue {
        sections = List.copyOf(sections);
        problems = List.copyOf(problems);
    }

    /** A section ready to print; {@link #kind()} tells the templates which kind it is. */
    public sealed interface SectionView permits Heading, Article, Table, Text {
        /** The anchor the section's bookmark points to. */
        String id();

        String kind();

        SourceRef ref();
    }

    public record Heading(String id, String text, SourceRef ref) implements SectionView {
        @Override
        public String kind() {
            return "heading";
        }
    }

    /**
     * @param titleLines the title as printed, one entry per line
     */
    public record Article(String id, List<String> titleLines, String subtitle, String template, String markdown,
                          SourceRef ref) implements SectionView {
        @Override
        public String kind() {
            return "article";
        }

        /** The title on one line, for bookmarks. */
        public String title() {
            return titleLines == null ? null : String.join("", titleLines);
        }
    }

    public record Table(String id, TableView table, int fold, SourceRef ref) implements SectionView {
        @Override
        public String kind() {
            return "table";
        }
    }

    public record Text(String id, String title, String template, Map<String, Object> figures, SourceRef ref)
            implements SectionView {
        @Override
        public String kind() {
            return "text";
        }
    }
}
