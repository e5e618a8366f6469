package org.nj12320.bulletin.render;

import java.util.ArrayList;
import java.util.List;
import org.nj12320.bulletin.compute.ComputedIssue;

/**
 * The PDF's bookmarks: every article, table and titled text at the top level, or under the section heading
 * (统计数据, 简讯) that precedes it.
 */
final class Outline {
    private Outline() {
    }

    /** A bookmark and those nested in it. */
    public record Bookmark(String title, String id, List<Bookmark> children) {
    }

    static List<Bookmark> of(List<ComputedIssue.SectionView> sections) {
        List<Bookmark> top = new ArrayList<>();
        List<Bookmark> current = null;
        for (ComputedIssue.SectionView s : sections) {
            if (s instanceof ComputedIssue.Heading h) {
                current = new ArrayList<>();
                top.add(new Bookmark(h.text(), h.id(), current));
                continue;
            }
            String title = null;
            if (s instanceof ComputedIssue.Article a) {
                title = a.title();
            } else if (s instanceof ComputedIssue.Table t) {
                title = t.table().title();
            } else if (s instanceof ComputedIssue.Text t) {
                title = t.title();
            }
            if (title == null || title.isBlank()) {
                continue;
            }
            (current == null ? top : current).add(new Bookmark(title, s.id(), List.of()));
        }
        return top;
    }
}
