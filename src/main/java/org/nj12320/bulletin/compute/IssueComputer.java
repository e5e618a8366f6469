package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;

/** Computes every section of an issue; a pure function of the loaded issue. */
public final class IssueComputer {
    private IssueComputer() {
    }

    public static ComputedIssue compute(Issue issue) {
        List<ComputedIssue.SectionView> views = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        int n = 0;
        for (Section s : issue.sections()) {
            String id = "s" + ++n;
            if (s instanceof Section.Heading h) {
                views.add(new ComputedIssue.Heading(id, h.text(), h.ref()));
            } else if (s instanceof Section.Article a) {
                List<String> lines = a.title() == null ? null
                        : Arrays.stream(a.title().split("\n")).map(String::strip).filter(l -> !l.isEmpty()).toList();
                views.add(new ComputedIssue.Article(id, lines, a.subtitle(), a.template(), a.markdown(), a.ref()));
            } else if (s instanceof Section.Table t) {
                TableComputer.Result r = TableComputer.compute(t.table());
                problems.addAll(r.problems());
                views.add(new ComputedIssue.Table(id, r.view(), t.fold(), t.table().ref()));
            } else if (s instanceof Section.Text t) {
                problems.addAll(FigureChecks.check(t.title() == null ? t.id() : t.title(), t.figures()));
                views.add(new ComputedIssue.Text(id, t.title(), t.template(), t.figures().values(), t.ref()));
            }
        }
        return new ComputedIssue(issue.meta(), views, issue.colophon(), problems);
    }
}
