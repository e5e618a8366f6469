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
 * Two articles of an issue under one title, or with one body: an article saved twice, or the second written
 * over a copy of the first and its title not changed. A warning at the second, naming the first.
 */
final class SameArticles {
    private SameArticles() {}

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
        return out;
    }

    /** An article by its file's name, which is what an editor sees of it in the folder. */
    private static String name(Section.Article a) {
        String file = a.ref().file();
        return file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    }
}
