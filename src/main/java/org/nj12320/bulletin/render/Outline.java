package org.nj12320.bulletin.render;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.compute.ComputedIssue;

/**
 * The PDF's bookmarks: every article, table and titled text at the top level, or under the section heading
 * (统计数据, 简讯) that precedes it.
 */
final class Outline {
    private Outline() {}

    /** A bookmark and those nested in it. */
    public record Bookmark(String title, String id, List<Bookmark> children) {}

    static List<Bookmark> of(List<ComputedIssue.SectionView> sections) {
        List<Bookmark> top = new ArrayList<>();
        List<List<Bookmark>> current = new ArrayList<>(List.of(top));
        for (ComputedIssue.SectionView s : sections) {
            String title = s.accept(new ComputedIssue.Visitor<String>() {
                @Override
                public String heading(ComputedIssue.Heading h) {
                    List<Bookmark> children = new ArrayList<>();
                    top.add(new Bookmark(h.text(), h.id(), children));
                    current.set(0, children);
                    return null;
                }

                @Override
                public String article(ComputedIssue.Article a) {
                    return a.title();
                }

                @Override
                public String table(ComputedIssue.Table t) {
                    return t.table().title();
                }

                @Override
                public String text(ComputedIssue.Text t) {
                    return t.title();
                }

                @Override
                public String chart(ComputedIssue.Chart c) {
                    return c.chart().title();
                }
            });
            if (title != null && !title.isBlank()) {
                current.get(0).add(new Bookmark(title, s.id(), List.of()));
            }
        }
        return top;
    }
}
