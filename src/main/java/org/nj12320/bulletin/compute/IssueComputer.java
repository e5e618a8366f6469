package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;

/** Computes every section of an issue; a pure function of the loaded issue. */
public final class IssueComputer {
    private IssueComputer() {}

    public static ComputedIssue compute(Issue issue) {
        List<ComputedIssue.SectionView> views = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        PeriodWords words = new PeriodWords(issue.meta().period());
        for (Section s : issue.sections()) {
            String id = "s" + (views.size() + 1);
            views.add(s.accept(new Section.Visitor<ComputedIssue.SectionView>() {
                @Override
                public ComputedIssue.SectionView heading(Section.Heading h) {
                    return new ComputedIssue.Heading(id, words.expand(h.text(), h.ref(), problems), h.ref());
                }

                @Override
                public ComputedIssue.SectionView article(Section.Article a) {
                    String title = words.expand(a.title(), a.ref(), problems);
                    List<String> lines = title == null
                            ? null
                            : Arrays.stream(title.split("\n"))
                                    .map(String::strip)
                                    .filter(l -> !l.isEmpty())
                                    .toList();
                    return new ComputedIssue.Article(
                            id,
                            lines,
                            words.expand(a.subtitle(), a.ref(), problems),
                            a.template(),
                            words.expand(a.markdown(), a.ref(), problems),
                            a.ref());
                }

                @Override
                public ComputedIssue.SectionView table(Section.Table t) {
                    TableComputer.Result r = TableComputer.compute(t.table(), words);
                    problems.addAll(r.problems());
                    return new ComputedIssue.Table(
                            id, r.view(), t.fold(), t.table().ref());
                }

                @Override
                public ComputedIssue.SectionView text(Section.Text t) {
                    String title = words.expand(t.title(), t.ref(), new ArrayList<>());
                    problems.addAll(FigureChecks.check(title == null ? t.id() : title, t.figures()));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> figures =
                            (Map<String, Object>) withWords(t.figures().values(), words, t.ref(), problems);
                    return new ComputedIssue.Text(
                            id, words.expand(t.title(), t.ref(), problems), t.template(), figures, t.ref());
                }
            }));
        }
        return new ComputedIssue(issue.meta(), views, issue.colophon(), problems);
    }

    /** A tree of figures with the period's placeholders in its texts replaced. */
    private static Object withWords(
            Object node, PeriodWords words, org.nj12320.bulletin.model.SourceRef ref, List<Problem> problems) {
        if (node instanceof String s) {
            return words.expand(s, ref, problems);
        }
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new java.util.LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, withWords(v, words, ref, problems)));
            return out;
        }
        if (node instanceof List<?> l) {
            return l.stream().map(x -> withWords(x, words, ref, problems)).toList();
        }
        return node;
    }
}
