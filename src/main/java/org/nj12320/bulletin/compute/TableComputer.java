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
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.TableData;

/**
 * Computes a table, one mechanism for every table, driven by its column description: the figures of its rows
 * ({@link RowFigures}), their checks ({@link TableChecks}), the order and ranks of the rows ({@link Ranking}),
 * the total row ({@link TotalRow}), the notes ({@link Notes}) and every cell as printed ({@link Cells}).
 */
public final class TableComputer {

    /**
     * The computed table and what the checks found.
     *
     * @param totals  each column that adds up, summed over the rows, by path: what other sections refer to
     * @param carried the cumulative figures, for the next period
     */
    public record Result(
            TableView view, List<Problem> problems, Map<String, BigDecimal> totals, Map<String, BigDecimal> carried) {}

    private TableComputer() {}

    /** A table on its own: no other section to refer to, no previous period. */
    public static Result compute(TableData table, PeriodWords words) {
        return compute(table, Context.of(words));
    }

    static Result compute(TableData given, Context ctx) {
        PeriodWords words = ctx.words;
        List<Problem> problems = new ArrayList<>();
        Set<String> incomplete = new HashSet<>();
        TableData table = SameFigures.inTable(given, ctx, problems, incomplete);
        TableInfo info = TableInfo.of(table, words);
        if (!ctx.history.sound() && Cumulative.any(table)) {
            problems.add(Problem.error(
                    table.place("title"),
                    info.titled() + "有累计数，要在上期（" + ctx.history.label() + "）的累计数上加，而上期的数据有 " + ctx.history.errors()
                            + " 处错误",
                    "先改正上期：bulletin check " + ctx.history.period().option() + "；改好后本期的累计数随之算出"));
        }
        RowFigures.Result figures = RowFigures.of(info, ctx.history);
        problems.addAll(figures.problems());
        problems.addAll(TableChecks.check(info, figures.rows()));

        Ranking.Result ranking = Ranking.of(table, figures.rows());
        List<TableView.RowView> rows = new ArrayList<>();
        for (int position = 0; position < ranking.order().size(); position++) {
            int i = ranking.order().get(position);
            TableData.Row row = table.rows().get(i);
            Map<String, BigDecimal> n = figures.rows().get(i);
            List<TableView.CellView> cells = new ArrayList<>();
            for (Column.Leaf leaf : table.leaves()) {
                if (leaf.type().numbered()) {
                    int rank = (leaf.sharedTies() ? ranking.shared() : ranking.ranks()).get(position);
                    cells.add(Cells.number(leaf, BigDecimal.valueOf(rank)));
                } else {
                    cells.add(Cells.of(leaf, row.values().get(leaf.path()), n.get(leaf.path())));
                }
            }
            rows.add(new TableView.RowView(cells));
        }

        TableView.RowView total = null;
        if (table.total() != null) {
            TotalRow.Result t = TotalRow.of(info, figures.rows(), incomplete);
            problems.addAll(t.problems());
            total = table.total().printed() ? t.row() : null;
        }
        Map<String, BigDecimal> totals = totals(table, figures.rows());
        Map<String, BigDecimal> named = Cumulative.figures(info, totals, ctx, problems);
        Notes.Result notes = Notes.of(info, named);
        problems.addAll(notes.problems());
        TableView view = new TableView(
                table.id(),
                table.title(),
                table.subtitle(),
                headers(table.columns(), words, problems),
                table.leaves().stream()
                        .map(l -> new TableView.ColumnView(
                                // its misspelt placeholders are told at the header, once
                                l.path(),
                                words.expandTitle(l.label(), l.ref(), new ArrayList<>()),
                                Cells.kind(l),
                                l.type().keyword()))
                        .toList(),
                rows,
                total,
                notes.notes());
        TableView printed = withPeriodWords(view, words, table, problems);
        return new Result(
                printed,
                Discrepancy.scope(problems, table.id(), table.ref().file()),
                totals,
                Cumulative.carried(info, figures.rows(), named));
    }

    /** Each column that adds up, summed over the rows. */
    private static Map<String, BigDecimal> totals(TableData table, List<Map<String, BigDecimal>> rows) {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (Column.Leaf leaf : table.leaves()) {
            if (leaf.type().summable()) {
                BigDecimal sum = RowFigures.sum(
                        rows.stream().map(n -> n.get(leaf.path())).toList());
                out.put(leaf.path(), sum == null ? BigDecimal.ZERO : sum);
            }
        }
        return out;
    }

    /** The view with the period's placeholders in its texts replaced by the period's words. */
    private static TableView withPeriodWords(TableView v, PeriodWords words, TableData table, List<Problem> problems) {
        java.util.function.UnaryOperator<String> w = s -> words.expand(s, table.ref(), problems);
        // a title and a subtitle hold the period's placeholders and nothing else in braces
        java.util.function.UnaryOperator<String> t = s -> words.expandTitle(s, table.ref(), problems);
        return new TableView(
                v.id(),
                t.apply(v.title()),
                t.apply(v.subtitle()),
                v.header(),
                v.columns(),
                v.rows().stream().map(r -> rowWithWords(r, w)).toList(),
                v.total() == null ? null : rowWithWords(v.total(), w),
                v.notes().stream().map(w).toList());
    }

    private static TableView.RowView rowWithWords(TableView.RowView r, java.util.function.UnaryOperator<String> w) {
        return new TableView.RowView(r.cells().stream()
                .map(c -> c.kind().equals(Cells.NUMBER)
                        ? c
                        : new TableView.CellView(w.apply(c.text()), c.kind(), c.missing(), c.colspan()))
                .toList());
    }

    /**
     * The header, its labels with the period's words: a label holds the period's placeholders and nothing else
     * in braces, and one misspelt is an error at the column's own line.
     */
    private static List<TableView.Header> headers(List<Column> columns, PeriodWords words, List<Problem> problems) {
        return columns.stream()
                .map(c -> c.match(
                        g -> new TableView.Header(
                                words.expandTitle(g.label(), g.ref(), problems),
                                "group",
                                headers(g.children(), words, problems)),
                        l -> new TableView.Header(
                                words.expandTitle(l.label(), l.ref(), problems), Cells.kind(l), List.of())))
                .toList();
    }
}
