package org.nj12320.bulletin.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A disagreement of the source with itself that a check found: a total the source prints that is not the sum
 * of its rows, a part larger than its whole, a figure far from last period's. It names the figure as an editor
 * names it in an acknowledgement ({@code 合计.预约数量}, {@code 江北新区.床位转诊.本年总量}, {@code province.calls})
 * and the two values that disagree, so that an editor who has checked it can record it, and so that the record
 * stops counting the moment either value changes.
 *
 * @param section the id of the section the figure belongs to
 * @param file    the data file of the section, where an acknowledgement of it is written
 * @param figure  the figure's name
 * @param values  the two values that disagree
 * @param check   which kind of check found it: an acknowledgement of one kind says nothing of the other, for
 *                the same figure can be both larger than its whole and far from last period's
 */
public record Discrepancy(String section, String file, String figure, List<BigDecimal> values, Check check) {
    public Discrepancy {
        values = List.copyOf(values);
    }

    /** The two kinds of check that find discrepancies. */
    public enum Check {
        /** The figures disagree among themselves: a total, a part and its whole, a bound, a reference. */
        WITHIN,
        /** A figure is far from the same figure of the period before. */
        PREVIOUS;

        /** How an acknowledgement names the kind in the data ({@code check: 上期}); none for the usual one. */
        public String word() {
            return switch (this) {
                case WITHIN -> null;
                case PREVIOUS -> "上期";
            };
        }
    }

    /** A disagreement of the issue's own figures, found where its section is not known yet; {@link #scope} gives it one. */
    public static Discrepancy of(String figure, BigDecimal one, BigDecimal other) {
        return new Discrepancy(null, null, figure, List.of(one, other), Check.WITHIN);
    }

    /** A figure far from the same figure of the period before. */
    public static Discrepancy fromPrevious(
            String section, String file, String figure, BigDecimal now, BigDecimal before) {
        return new Discrepancy(section, file, figure, List.of(now, before), Check.PREVIOUS);
    }

    /** The problems with the discrepancies among them that have no section given this one. */
    public static List<Problem> scope(List<Problem> problems, String section, String file) {
        return problems.stream()
                .map(p -> p.discrepancy() != null && p.discrepancy().section() == null
                        ? p.withDiscrepancy(new Discrepancy(
                                section,
                                file,
                                p.discrepancy().figure(),
                                p.discrepancy().values(),
                                p.discrepancy().check()))
                        : p)
                .toList();
    }

    /**
     * Whether an acknowledgement is of this discrepancy: the same kind of check, the same figure and the same
     * two values, in any order.
     */
    public boolean isAcknowledgedBy(Acknowledgement a) {
        return isOfTheFigureOf(a) && sameValues(a.values());
    }

    /** Whether an acknowledgement is of this figure and this kind of check, whatever its values. */
    public boolean isOfTheFigureOf(Acknowledgement a) {
        return a.check() == check && a.section().equals(section) && a.figure().equals(figure);
    }

    private boolean sameValues(List<BigDecimal> other) {
        if (other.size() != 2) {
            return false;
        }
        BigDecimal a = values.get(0);
        BigDecimal b = values.get(1);
        return (a.compareTo(other.get(0)) == 0 && b.compareTo(other.get(1)) == 0)
                || (a.compareTo(other.get(1)) == 0 && b.compareTo(other.get(0)) == 0);
    }

    /** The line an editor adds to the section's file to record having checked it. */
    public String record() {
        return "- {figure: " + figure + (check.word() == null ? "" : ", check: " + check.word()) + ", values: ["
                + values.get(0).toPlainString() + ", "
                + values.get(1).toPlainString() + "], checked_by: 姓名, reason: 核对的结果}";
    }
}
