package org.nj12320.bulletin.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/** Collects the problems of a load, so that all of them are reported together rather than the first alone. */
final class Problems {
    private static final String NO_RESULT = "，工作簿中没有存它算出的结果";
    private static final String SAVE_ONCE = "在 Excel 或 WPS 中打开工作簿，保存一次（保存时会存下公式的结果）";
    /** How many of the other cells a message names before it says 等. */
    private static final int CELLS_NAMED = 5;

    private final List<Problem> list = new ArrayList<>();

    /**
     * The cells of each sheet that hold a formula without its result: one error, at the first, for all of them,
     * since one save of the workbook mends them all (a program that writes workbooks without computing them
     * leaves every formula so, and a sheet would otherwise give an error for each row's 小计).
     */
    private final Map<String, NoResults> noResults = new LinkedHashMap<>();

    /** The cells of a sheet holding a formula without its result, in the order read; its error at {@code index}. */
    private record NoResults(int index, List<Formula> cells) {}

    /** A cell and the formula it holds. */
    private record Formula(SourceRef cell, String text) {}

    void error(SourceRef where, String message, String hint) {
        list.add(Problem.error(where, message, hint));
    }

    void warning(SourceRef where, String message, String hint) {
        list.add(Problem.warning(where, message, hint));
    }

    void note(SourceRef where, String message) {
        list.add(Problem.note(where, message, ""));
    }

    void add(Problem p) {
        list.add(p);
    }

    void addAll(List<Problem> problems) {
        list.addAll(problems);
    }

    int errorCount() {
        return (int) list.stream().filter(Problem::isError).count();
    }

    boolean hasErrors() {
        return list.stream().anyMatch(Problem::isError);
    }

    /** A cell of a spreadsheet holding a formula whose result the workbook has not kept. */
    void formulaWithoutResult(SourceRef cell, String formula) {
        NoResults seen = noResults.computeIfAbsent(cell.file() + "!" + cell.sheet(), k -> {
            // said now, so that the counts of errors hold; worded at the end, when all are known
            error(cell, "", SAVE_ONCE);
            return new NoResults(list.size() - 1, new ArrayList<>());
        });
        seen.cells().add(new Formula(cell, formula));
    }

    List<Problem> list() {
        List<Problem> out = new ArrayList<>(list);
        for (NoResults n : noResults.values()) {
            // said at the first in the sheet's order (a total row is read before the rows above it)
            List<Formula> cells = n.cells().stream()
                    .sorted(Comparator.comparingInt((Formula f) -> f.cell().line())
                            .thenComparingInt(f -> f.cell().column()))
                    .toList();
            List<String> others = cells.subList(1, cells.size()).stream()
                    .map(f -> f.cell().within())
                    .toList();
            String message = "这一格是公式 " + cells.get(0).text() + NO_RESULT;
            if (!others.isEmpty()) {
                List<String> named = others.subList(0, Math.min(CELLS_NAMED, others.size()));
                message += "；这张表中另有 " + others.size() + " 格也是这样：" + String.join("、", named)
                        + (named.size() < others.size() ? " 等" : "");
            }
            out.set(n.index(), Problem.error(cells.get(0).cell(), message, SAVE_ONCE));
        }
        return List.copyOf(out);
    }
}
