package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Discrepancy;
import org.nj12320.bulletin.model.Figures;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;

/** Computes every section of an issue; a pure function of the loaded issue and what the previous period carries. */
public final class IssueComputer {
    private IssueComputer() {}

    /** An issue with no previous period in the data. */
    public static ComputedIssue compute(Issue issue) {
        return compute(issue, History.NONE);
    }

    /**
     * @param history what the previous period carries: its cumulative figures, to which this period's add
     */
    public static ComputedIssue compute(Issue issue, History history) {
        List<ComputedIssue.SectionView> views = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        Map<String, BigDecimal> carried = new LinkedHashMap<>();
        // every table's totals, which the next periods' trends draw
        Map<String, BigDecimal> totals = new LinkedHashMap<>();
        Context ctx = new Context(issue, history);
        PeriodWords words = ctx.words;
        for (Section s : issue.sections()) {
            String id = "s" + (views.size() + 1);
            ComputedIssue.SectionView view = s.accept(new Section.Visitor<ComputedIssue.SectionView>() {
                @Override
                public ComputedIssue.SectionView heading(Section.Heading h) {
                    return new ComputedIssue.Heading(id, words.expandTitle(h.text(), h.ref(), problems), h.ref());
                }

                @Override
                public ComputedIssue.SectionView article(Section.Article a) {
                    String title = words.expandTitle(a.title(), a.ref(), problems);
                    List<String> lines = title == null
                            ? null
                            : Arrays.stream(title.split("\n"))
                                    .map(String::strip)
                                    .filter(l -> !l.isEmpty())
                                    .toList();
                    return new ComputedIssue.Article(
                            id,
                            lines,
                            words.expandTitle(a.subtitle(), a.ref(), problems),
                            a.template(),
                            words.expandText(a, problems),
                            a.ref());
                }

                @Override
                public ComputedIssue.SectionView table(Section.Table t) {
                    TableComputer.Result r = ctx.table(t.table().id(), problems);
                    problems.addAll(r.problems());
                    carried.putAll(r.carried());
                    r.totals().forEach((column, v) -> {
                        if (v != null) {
                            totals.put(History.totalKey(t.table().id(), column), v);
                        }
                    });
                    return new ComputedIssue.Table(
                            id, r.view(), t.fold(), t.table().ref());
                }

                @Override
                public ComputedIssue.SectionView chart(Section.Chart c) {
                    ChartView chart =
                            ChartComputer.compute(c, words.expandTitle(c.title(), c.ref(), problems), ctx, problems);
                    return chart == null ? null : new ComputedIssue.Chart(id, chart, c.ref());
                }

                @Override
                public ComputedIssue.SectionView text(Section.Text t) {
                    String title = words.expand(t.title(), t.ref(), new ArrayList<>());
                    String named = title == null ? t.id() : title;
                    List<Problem> own = new ArrayList<>();
                    Map<String, Object> values = SameFigures.inFigures(t.id(), named, t.figures(), ctx, own);
                    own.addAll(FigureChecks.check(
                            named,
                            new Figures(
                                    values,
                                    t.figures().refs(),
                                    t.figures().checks(),
                                    t.figures().same(),
                                    t.figures().ofThePeriod())));
                    problems.addAll(Discrepancy.scope(own, t.id(), t.ref().file()));
                    // its numbers by their paths, which the next periods' trends draw
                    numbers(values, "", (path, v) -> totals.put(History.totalKey(t.id(), path), v));
                    @SuppressWarnings("unchecked")
                    Map<String, Object> figures = (Map<String, Object>) withWords(values, words, t.ref(), problems);
                    return new ComputedIssue.Text(
                            id, words.expandTitle(t.title(), t.ref(), problems), t.template(), figures, t.ref());
                }
            });
            if (view != null) {
                // a chart that names what does not exist is reported and left out
                views.add(view);
            }
        }
        return new ComputedIssue(issue.meta(), views, issue.colophon(), problems, carried, totals);
    }

    /** Each number of a tree of figures outside lists, by its dotted path ({@code calls}, {@code province.calls}). */
    static void numbers(
            Map<String, Object> tree, String prefix, java.util.function.BiConsumer<String, BigDecimal> out) {
        tree.forEach((k, v) -> {
            String path = prefix.isEmpty() ? k : prefix + "." + k;
            if (v instanceof BigDecimal n) {
                out.accept(path, n);
            } else if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, Object> sub = (Map<String, Object>) m;
                numbers(sub, path, out);
            }
        });
    }

    /** A tree of figures with the period's placeholders in its texts replaced. */
    private static Object withWords(
            Object node, PeriodWords words, org.nj12320.bulletin.model.SourceRef ref, List<Problem> problems) {
        if (node instanceof String s) {
            return words.expand(s, ref, problems);
        }
        if (node instanceof Map<?, ?> m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.forEach((k, v) -> out.put((String) k, withWords(v, words, ref, problems)));
            return out;
        }
        if (node instanceof List<?> l) {
            return l.stream().map(x -> withWords(x, words, ref, problems)).toList();
        }
        return node;
    }
}
