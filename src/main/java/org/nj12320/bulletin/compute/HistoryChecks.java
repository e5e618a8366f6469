package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Discrepancy;
import org.nj12320.bulletin.model.Figures;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.Suggest;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Tolerance;
import org.nj12320.bulletin.model.Value;

/**
 * An issue's figures against the previous period's, table by table (matched by file) and unit by unit
 * (matched by name): a figure that changed by more than its tolerance (a digit typed twice), a table left
 * exactly as it was (not updated), the units new this period and those gone, and a new unit whose name is
 * close to a gone one's (renamed, or mistyped).
 */
final class HistoryChecks {
    private HistoryChecks() {}

    static List<Problem> check(Issue current, Issue previous) {
        Section.Parts then = Section.Parts.of(previous.sections());
        Map<String, TableData> before = new LinkedHashMap<>();
        then.tables().forEach(t -> before.put(t.table().id(), t.table()));
        Map<String, Section.Text> textsBefore = new LinkedHashMap<>();
        then.texts().forEach(t -> textsBefore.put(t.id(), t));
        Set<String> articlesBefore = new HashSet<>();
        then.articles().forEach(a -> articlesBefore.add(a.markdown().strip()));
        String was = previous.meta().period().label();
        PeriodWords words = new PeriodWords(current.meta().period());
        List<Problem> out = new ArrayList<>();
        Section.Parts now = Section.Parts.of(current.sections());
        for (Section.Table t : now.tables()) {
            if (before.containsKey(t.table().id())) {
                table(
                        TableInfo.of(t.table(), words),
                        TableInfo.of(before.get(t.table().id()), words),
                        was,
                        out);
            }
        }
        for (Section.Text t : now.texts()) {
            if (textsBefore.containsKey(t.id())) {
                figures(t, textsBefore.get(t.id()), was, words, out);
            }
        }
        for (Section.Article a : now.articles()) {
            if (!a.markdown().isBlank() && articlesBefore.contains(a.markdown().strip())) {
                // news is news once: an article printed again is one left over from the copy
                String what = a.title() == null ? "这一节" : "《" + a.title() + "》";
                out.add(Problem.warning(
                        a.ref(), what + "与上期（" + was + "）的一模一样", "换成本期的稿子；本期没有这一节时，从 issue.yaml 中删去这一行"));
            }
        }
        return out;
    }

    private static Map<String, TableData.Row> byName(TableInfo info) {
        Map<String, TableData.Row> out = new LinkedHashMap<>();
        if (info.nameColumn() != null) {
            for (TableData.Row r : info.table().rows()) {
                Value v = r.values().get(info.nameColumn().path());
                if (v != null && !v.isMissing()) {
                    out.putIfAbsent(v.text(), r);
                }
            }
        }
        return out;
    }

    private static void table(TableInfo now, TableInfo then, String was, List<Problem> out) {
        TableData table = now.table();
        Map<String, TableData.Row> rowsNow = byName(now);
        Map<String, TableData.Row> rowsThen = byName(then);
        int compared = 0;
        int same = 0;
        for (Map.Entry<String, TableData.Row> e : rowsNow.entrySet()) {
            TableData.Row old = rowsThen.get(e.getKey());
            if (old == null) {
                continue;
            }
            for (Column.Leaf leaf : table.leaves()) {
                if (!leaf.type().numeric() || leaf.type().computed()) {
                    continue;
                }
                Value v = e.getValue().values().get(leaf.path());
                Value o = old.values().get(leaf.path());
                if (v == null || o == null || !v.isNumber() || !o.isNumber()) {
                    continue;
                }
                compared++;
                if (v.number().compareTo(o.number()) == 0) {
                    same++;
                }
                boolean counted = leaf.type().comparedWithPeriodBefore();
                boolean carried = counted && carriedIntoTotal(table, leaf, e.getValue(), old, v.number(), o.number());
                boolean jumped = counted && jumped(v.number(), o.number(), table.tolerance(leaf.path()));
                if (jumped || carried) {
                    out.add(Problem.warning(
                                    v.ref(),
                                    now.titled() + e.getKey() + "的" + leaf.said() + "为 "
                                            + NumberFormats.plain(v.number()) + "，上期（" + was + "）为 "
                                            + NumberFormats.plain(o.number())
                                            + (jumped
                                                    ? "，相差超过 "
                                                            + NumberFormats.plain(table.tolerance(leaf.path())
                                                                    .factor()) + " 倍"
                                                    : "，相差 10 倍以上，本行的合计数也随之变了"),
                                    "核对原始数据：是否多打或少打了一位？确实如此时不必理会；这一列常有大的变化时，在列定义中写 history: {factor: 10}")
                            .withDiscrepancy(Discrepancy.fromPrevious(
                                    table.id(),
                                    table.ref().file(),
                                    now.rowName(e.getValue()) + "." + leaf.path(),
                                    v.number(),
                                    o.number())));
                }
            }
        }
        if (compared > 0 && same == compared && rowsNow.keySet().equals(rowsThen.keySet())) {
            out.add(Problem.warning(table.place("title"), now.titled() + "的数字与上期（" + was + "）完全相同", "还没有换成本期的数字？"));
        }
        units(now, rowsNow, rowsThen, was, out);
    }

    /** How many times a small figure must change, under the floor, for its row's total to be looked at. */
    private static final BigDecimal SMALL_FACTOR = BigDecimal.TEN;

    /** How much it must change by, at least, so that one of a few units is not questioned. */
    private static final BigDecimal SMALL_CHANGE = BigDecimal.valueOf(50);

    /**
     * Whether a figure under the floor changed tenfold or more and the row's total (小计) moved with it by at
     * least half as much: a digit typed twice (17 → 170) that the sheet's formulas carried into its 小计 and 合计,
     * so that they agree with it and nothing else stands out.
     */
    static boolean carriedIntoTotal(
            TableData table, Column.Leaf leaf, TableData.Row now, TableData.Row then, BigDecimal v, BigDecimal o) {
        Tolerance t = table.tolerance(leaf.path());
        if (t.off()
                || v.signum() <= 0
                || o.signum() <= 0
                || (v.compareTo(t.floor()) >= 0 && o.compareTo(t.floor()) >= 0)) {
            return false;
        }
        BigDecimal change = v.subtract(o);
        boolean tenfold = v.compareTo(o.multiply(SMALL_FACTOR)) >= 0 || o.compareTo(v.multiply(SMALL_FACTOR)) >= 0;
        if (!tenfold || change.abs().compareTo(SMALL_CHANGE) < 0) {
            return false;
        }
        for (Column.Leaf l : table.leaves()) {
            if (l.of().contains(leaf.path())) {
                BigDecimal a = rowSum(now, l);
                BigDecimal b = rowSum(then, l);
                if (a != null && b != null) {
                    BigDecimal moved = a.subtract(b);
                    return moved.signum() == change.signum()
                            && moved.abs().multiply(BigDecimal.valueOf(2)).compareTo(change.abs()) >= 0;
                }
            }
        }
        return false;
    }

    /** A row's total of the columns a sum column adds; null when one of them is not a figure. */
    private static BigDecimal rowSum(TableData.Row row, Column.Leaf sum) {
        BigDecimal total = BigDecimal.ZERO;
        for (String path : sum.of()) {
            Value v = row.values().get(path);
            if (v == null || !v.isNumber()) {
                return null;
            }
            total = total.add(v.number());
        }
        return total;
    }

    /** Whether a figure moved by more than its tolerance, both it and the one before being large enough to matter. */
    static boolean jumped(BigDecimal now, BigDecimal then, Tolerance t) {
        if (t.off()
                || now.compareTo(t.floor()) < 0
                || then.compareTo(t.floor()) < 0
                || then.signum() == 0
                || now.signum() == 0) {
            return false;
        }
        return now.compareTo(then.multiply(t.factor())) > 0 || then.compareTo(now.multiply(t.factor())) > 0;
    }

    private static void units(
            TableInfo now,
            Map<String, TableData.Row> rowsNow,
            Map<String, TableData.Row> rowsThen,
            String was,
            List<Problem> out) {
        List<String> added =
                rowsNow.keySet().stream().filter(n -> !rowsThen.containsKey(n)).toList();
        List<String> gone =
                rowsThen.keySet().stream().filter(n -> !rowsNow.containsKey(n)).toList();
        if (!added.isEmpty()) {
            out.add(Problem.note(
                    now.table().place("title"),
                    now.titled() + "本期新有的" + what(now) + "：" + String.join("、", added),
                    ""));
        }
        if (!gone.isEmpty()) {
            out.add(Problem.note(
                    now.table().place("title"),
                    now.titled() + "上期（" + was + "）有而本期没有的" + what(now) + "：" + String.join("、", gone),
                    ""));
        }
        for (String n : added) {
            for (String g : gone) {
                if (Suggest.distance(n, g) <= 2 || n.contains(g) || g.contains(n)) {
                    Value v = rowsNow.get(n).values().get(now.nameColumn().path());
                    out.add(Problem.warning(
                            v.ref(),
                            now.titled() + "“" + n + "”是本期新有的，上期有“" + g + "”",
                            "是同一" + what(now) + "改了名，还是打错了？确是同一单位时统一名称，以便与上期对照"));
                }
            }
        }
    }

    private static String what(TableInfo info) {
        return info.nameColumn() == null ? "行" : info.nameColumn().name();
    }

    private static void figures(Section.Text now, Section.Text then, String was, PeriodWords words, List<Problem> out) {
        Map<String, BigDecimal> a = new LinkedHashMap<>();
        Map<String, BigDecimal> b = new LinkedHashMap<>();
        numbers(now.figures().values(), "", a);
        numbers(then.figures().values(), "", b);
        String title = words.expand(now.title(), now.ref(), new ArrayList<>());
        Figures f = now.figures();
        if (!a.isEmpty() && a.equals(b)) {
            out.add(Problem.warning(now.ref(), "《" + title + "》的数字与上期（" + was + "）完全相同", "还没有换成本期的数字？"));
        } else if (a.isEmpty()
                && !now.figures().values().isEmpty()
                && now.figures().values().equals(then.figures().values())) {
            // a section of names only (the units that passed an evaluation), which new copies as its base
            out.add(Problem.warning(now.ref(), "《" + title + "》的名单与上期（" + was + "）完全相同", "还没有按本期更新？本期确实没有变化时不必理会"));
        }
        a.forEach((path, v) -> {
            BigDecimal o = b.get(path);
            if (o != null && jumped(v, o, Tolerance.DEFAULT)) {
                out.add(Problem.warning(
                                f.refs().getOrDefault(path, now.ref()),
                                "《" + title + "》“" + path + "”为 "
                                        + NumberFormats.plain(v) + "，上期（" + was + "）为 " + NumberFormats.plain(o)
                                        + "，相差超过 "
                                        + NumberFormats.plain(Tolerance.DEFAULT.factor()) + " 倍",
                                "核对原始数据：是否多打或少打了一位？确实如此时不必理会")
                        .withDiscrepancy(
                                Discrepancy.fromPrevious(now.id(), now.ref().file(), path, v, o)));
            }
        });
    }

    private static void numbers(Object node, String path, Map<String, BigDecimal> out) {
        if (node instanceof BigDecimal n) {
            out.put(path, n);
        } else if (node instanceof Map<?, ?> m) {
            m.forEach((k, v) -> numbers(v, path.isEmpty() ? k.toString() : path + "." + k, out));
        } else if (node instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                numbers(l.get(i), path + "[" + i + "]", out);
            }
        }
    }
}
