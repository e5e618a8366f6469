package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Reference;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.TableData;

/**
 * What computing one section may need of the issue around it: the period's words, the previous period's
 * cumulative figures, and the figures of the other sections that it refers to, each table computed once
 * and before the tables that refer to it.
 */
final class Context {
    final PeriodWords words;
    final History history;
    private final Map<String, TableData> tables = new LinkedHashMap<>();
    private final Map<String, Section.Text> texts = new LinkedHashMap<>();
    private final Map<String, TableComputer.Result> done = new HashMap<>();
    private final Set<String> underWay = new HashSet<>();
    private final Set<String> unread;

    Context(Issue issue, History history) {
        this.unread = issue.unread();
        this.words = new PeriodWords(issue.meta().period());
        this.history = history;
        Section.Parts parts = Section.Parts.of(issue.sections());
        parts.tables().forEach(t -> tables.putIfAbsent(t.table().id(), t.table()));
        parts.texts().forEach(t -> texts.putIfAbsent(t.id(), t));
    }

    /** A context for one table alone (tests, tables made in code). */
    static Context of(PeriodWords words) {
        return new Context(words);
    }

    private Context(PeriodWords words) {
        this.words = words;
        this.history = History.NONE;
        this.unread = Set.of();
    }

    /** A table of the issue by its id, as read; null when the issue has none of that id. */
    TableData tableData(String id) {
        return tables.get(id);
    }

    /** Whether a section of the manifest could not be read: its own errors say why, and nothing more is said. */
    boolean unread(String id) {
        return unread.contains(id);
    }

    /** A prose section of the issue by its id; null when the issue has none of that id. */
    Section.Text text(String id) {
        return texts.get(id);
    }

    /** The ids of the issue's prose sections, in print order. */
    List<String> textIds() {
        return new ArrayList<>(texts.keySet());
    }

    /** The ids of the issue's tables, in print order. */
    List<String> tableIds() {
        return new ArrayList<>(tables.keySet());
    }

    /** The table computed, once; null when it refers, through others, back to itself (reported). */
    TableComputer.Result table(String id, List<Problem> problems) {
        TableComputer.Result r = done.get(id);
        if (r != null) {
            return r;
        }
        if (!underWay.add(id)) {
            return null;
        }
        r = TableComputer.compute(tables.get(id), this);
        underWay.remove(id);
        done.put(id, r);
        return r;
    }

    /**
     * A reference as a message names it: a column of another table by that table's title
     * (《2023 年 4 月南京市卫生信息平台数据采集情况（区）》“数据上传量”的合计), anything else as written.
     */
    String said(Reference r) {
        TableData t = tables.get(r.head());
        if (t == null) {
            return "“" + r.written() + "”";
        }
        return TableInfo.of(t, words).titled() + Column.Leaf.said(r.tail()) + "的合计";
    }

    /**
     * The figure a reference names: the total of a column of a table of the issue, or a figure of a prose
     * section ({@code from}'s own when the reference names no section). Empty, and reported, when there is none.
     *
     * @param from the id of the section the reference is written in
     */
    Optional<BigDecimal> resolve(Reference r, String from, List<Problem> problems) {
        String head = r.head();
        if (unread.contains(head)) {
            return Optional.empty(); // the section's own errors say what is wrong
        }
        if (tables.containsKey(head)) {
            if (underWay.contains(head)) {
                problems.add(Problem.error(r.ref(), "“" + r.written() + "”引用的表格反过来又引用了这里，无法算出", "两处数字只在一处填写，另一处引用它"));
                return Optional.empty();
            }
            TableComputer.Result t = table(head, problems);
            BigDecimal v = t == null ? null : t.totals().get(r.tail());
            if (t != null && !t.totals().containsKey(r.tail())) {
                problems.add(Problem.error(
                        r.ref(),
                        "表格 " + head + " 中没有可以合计的列“" + r.tail() + "”",
                        "写作“表格文件名.列名”，如 appointments.电话预约；表中的列："
                                + String.join("、", t.totals().keySet())));
            }
            return Optional.ofNullable(v);
        }
        String section = texts.containsKey(head) ? head : from;
        String path = texts.containsKey(head) ? r.tail() : r.written();
        Section.Text t = texts.get(section);
        if (t != null) {
            List<FigureChecks.Found> found =
                    FigureChecks.resolveExact(t.figures().values(), path);
            if (found.size() == 1 && found.get(0).value() instanceof BigDecimal n) {
                return Optional.of(n);
            }
        }
        List<String> names = new ArrayList<>(tables.keySet());
        names.addAll(texts.keySet());
        // a table's file name misspelt (appointment.电话预约): the reference as it was surely meant, when that
        // table has the column
        String meant = r.head().isEmpty() || names.contains(r.head())
                ? ""
                : org.nj12320.bulletin.model.Suggest.nearest(r.head(), tables.keySet())
                        .filter(n -> tables.get(n).leaves().stream()
                                .anyMatch(l -> l.path().equals(r.tail())))
                        .map(n -> "是否应为“" + n + "." + r.tail() + "”？")
                        .orElse("");
        problems.add(Problem.error(
                r.ref(),
                "“" + r.written() + "”指不到任何数字",
                meant + "写作“表格文件名.列名”（该列的合计）或“文件名.数字路径”；本期的表格和数字文件：" + String.join("、", names)));
        return Optional.empty();
    }
}
