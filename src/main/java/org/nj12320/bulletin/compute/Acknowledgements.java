package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.nj12320.bulletin.model.Acknowledgement;
import org.nj12320.bulletin.model.Discrepancy;
import org.nj12320.bulletin.model.Problem;

/**
 * Sets aside the warnings about discrepancies of the source that editors have checked and recorded: a warning
 * whose figure and two values are those of an acknowledgement is no longer one, and is listed apart instead. One
 * whose values have changed since stays a warning and says so; an acknowledgement that matches nothing any more
 * is a note, so that it is taken out.
 */
public final class Acknowledgements {
    /** A warning set aside, and the record that set it aside. */
    public record Confirmed(Problem problem, Acknowledgement by) {}

    /** The problems that remain, and those set aside. */
    public record Result(List<Problem> problems, List<Confirmed> confirmed) {}

    private Acknowledgements() {}

    public static Result apply(List<Problem> problems, List<Acknowledgement> acks) {
        List<Problem> out = new ArrayList<>();
        List<Confirmed> confirmed = new ArrayList<>();
        List<Acknowledgement> used = new ArrayList<>();
        for (Problem p : problems) {
            Discrepancy d = p.discrepancy();
            if (d == null || p.isError()) {
                out.add(p);
                continue;
            }
            Acknowledgement exact =
                    acks.stream().filter(d::isAcknowledgedBy).findFirst().orElse(null);
            if (exact != null) {
                confirmed.add(new Confirmed(p, exact));
                used.add(exact);
                continue;
            }
            List<Acknowledgement> earlier =
                    acks.stream().filter(d::isOfTheFigureOf).toList();
            if (!earlier.isEmpty()) {
                used.addAll(earlier);
                Acknowledgement a = earlier.get(0);
                String was = a.values().stream().map(NumberFormats::plain).collect(Collectors.joining(" 和 "));
                p = new Problem(
                        p.severity(),
                        p.where(),
                        p.message() + "（" + a.checkedBy() + "确认过的是 " + was + "，数字已经变了）",
                        "重新核对；核对无误后把 " + a.ref().location() + " 的 values: 改成现在的两个数字",
                        p.excerpt(),
                        p.detail(),
                        // the record exists: its line is to be corrected, not another one added
                        null);
            }
            out.add(p);
        }
        // While the issue has errors, a figure that could not be read cannot be compared either: its
        // acknowledged discrepancy is not gone, only not computed, and saying so would send the editor astray.
        boolean unreadable = problems.stream().anyMatch(Problem::isError);
        for (Acknowledgement a : acks) {
            if (!unreadable && used.stream().noneMatch(u -> u == a)) {
                out.add(Problem.note(
                        a.ref(),
                        "已确认的差异“" + a.figure() + "”（"
                                + a.values().stream().map(NumberFormats::plain).collect(Collectors.joining(" 和 "))
                                + "）已不再出现",
                        "原表的数字已经一致，或这一项改了名：删去这一条"));
            }
        }
        return new Result(out, confirmed);
    }
}
