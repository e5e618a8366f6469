package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;

/** Computes every section of an issue; a pure function of the loaded issue. */
public final class IssueComputer {
    private IssueComputer() {}

    public static ComputedIssue compute(Issue issue) {
        List<ComputedIssue.SectionView> views = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (Section s : issue.sections()) {
            String id = "s" + (views.size() + 1);
            views.add(s.accept(new Section.Visitor<ComputedIssue.SectionView>() {
                @Override
                public ComputedIssue.SectionView heading(Section.Heading h) {
                    return new ComputedIssue.Heading(id, h.text(), h.ref());
                }

                @Override
                public ComputedIssue.SectionView article(Section.Article a) {
                    List<String> lines = a.title() == null
                            ? null
                            : Arrays.stream(a.title().split("\n"))
                                    .map(String::strip)
                                    .filter(l -> !l.isEmpty())
                                    .toList();
                    return new ComputedIssue.Article(id, lines, a.subtitle(), a.template(), a.markdown(), a.ref());
                }

                @Override
                public ComputedIssue.SectionView table(Section.Table t) {
                    TableComputer.Result r = TableComputer.compute(t.table());
                    problems.addAll(r.problems());
                    return new ComputedIssue.Table(
                            id, r.view(), t.fold(), t.table().ref());
                }

                @Override
                public ComputedIssue.SectionView text(Section.Text t) {
                    problems.addAll(FigureChecks.check(t.title() == null ? t.id() : t.title(), t.figures()));
                    return new ComputedIssue.Text(
                            id, t.title(), t.template(), t.figures().values(), t.ref());
                }
            }));
        }
        return new ComputedIssue(issue.meta(), views, issue.colophon(), problems);
    }
}
