package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Blank;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;

/**
 * Two articles of an issue under one title, or with one body, two tables under one title, a part heading
 * listed twice: a section listed twice under two files, or the second written over a copy of the first and
 * its title not changed. A warning at the second, naming the first.
 */
final class SameTitles {
    private SameTitles() {}

    static List<Problem> check(Issue issue) {
        List<Problem> out = new ArrayList<>();
        Map<String, Section.Article> titles = new LinkedHashMap<>();
        Map<String, Section.Article> bodies = new LinkedHashMap<>();
        Section.Parts.of(issue.sections()).articles().forEach(a -> {
            String title = a.title() == null ? "" : a.title().strip();
            String body = a.markdown() == null ? "" : a.markdown().strip();
            // a placeholder is an error of its own
            Section.Article sameTitle =
                    title.isEmpty() || Blank.holdsBlank(title) ? null : titles.putIfAbsent(title, a);
            Section.Article sameBody = body.isEmpty() || Blank.holdsBlank(body) ? null : bodies.putIfAbsent(body, a);
            if (sameBody != null) {
                out.add(Problem.warning(
                        a.ref(),
                        (sameTitle == sameBody ? "标题和正文都与" : "正文与") + "前面的 " + name(sameBody) + " 相同",
                        "同一篇文章放了两次？删去一篇，或换上这一篇自己的内容"));
            } else if (sameTitle != null) {
                out.add(Problem.warning(
                        a.ref(), "标题“" + title + "”与前面的 " + name(sameTitle) + " 相同", "是由那一篇复制来的，标题还没改？"));
            }
        });
        Map<String, Section.Heading> headings = new LinkedHashMap<>();
        Section.Parts.of(issue.sections()).headings().forEach(h -> {
            String text = h.text() == null ? "" : h.text().strip();
            Section.Heading same = text.isEmpty() ? null : headings.putIfAbsent(text, h);
            if (same != null) {
                out.add(Problem.warning(
                        h.ref(),
                        "“" + text + "”已在第 " + same.ref().line() + " 行列过，会印两次",
                        "同一个标题只列一次，它下面的各节接着往下列；要另起一部分，就换一个标题"));
            }
        });
        Map<String, Section.Table> tables = new LinkedHashMap<>();
        Section.Parts.of(issue.sections()).tables().forEach(t -> {
            String title = t.table().title() == null ? "" : t.table().title().strip();
            Section.Table same = title.isEmpty() ? null : tables.putIfAbsent(title, t);
            if (same != null) {
                out.add(Problem.warning(
                        t.table().places().getOrDefault("title", t.table().ref()),
                        "标题“" + title + "”与前面的 " + name(same.table().ref().file()) + " 相同",
                        "是由那一张表复制来的，标题还没改？同一张表不必列两次"));
            }
        });
        return out;
    }

    /** An article by its file's name, which is what an editor sees of it in the folder. */
    private static String name(Section.Article a) {
        return name(a.ref().file());
    }

    private static String name(String file) {
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    }
}
