package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import org.nj12320.bulletin.model.Period;

/**
 * What the previous period carries into this one: its cumulative figures as they were printed, so that
 * this period's are the previous ones plus this period's own.
 *
 * @param period  the previous period; null when there is none
 * @param carried the cumulative figures, by {@link #cellKey} and {@link #figureKey}
 * @param errors  how many errors the previous period's data has, its own or those of the periods before it
 *                that its cumulative figures come from: with any, its figures are no base to add to
 * @param totals  the totals of the previous period's tables, by {@link #totalKey}: what a trend draws
 * @param before  the history of the period before that one, and so back; {@link #NONE} at the first
 */
public record History(
        Period period, Map<String, BigDecimal> carried, long errors, Map<String, BigDecimal> totals, History before) {
    /** No previous period in the data: cumulative figures are taken as given. */
    public static final History NONE = new History(null, Map.of(), 0, Map.of(), null);

    public History {
        carried = Map.copyOf(carried);
        totals = Map.copyOf(totals);
    }

    /** A period whose data does not load at all: it carries nothing, and its errors say so. */
    public static History failed(Period period, long errors) {
        return new History(period, Map.of(), errors, Map.of(), NONE);
    }

    /**
     * The history an issue computed leaves to the next.
     *
     * @param errors the errors of its data, found when it was loaded and computed
     */
    public static History after(ComputedIssue previous, long errors, History itsOwn) {
        return new History(previous.meta().period(), previous.carried(), errors, previous.totals(), itsOwn);
    }

    /** The key of a table's total of a column. */
    public static String totalKey(String table, String column) {
        return table + "\u0000" + column;
    }

    public boolean exists() {
        return period != null;
    }

    /** Whether the previous period's cumulative figures can be added to. */
    boolean sound() {
        return errors == 0;
    }

    /** The previous period as the bulletin writes it, for messages; empty when there is none. */
    public String label() {
        return period == null ? "" : period.label();
    }

    static String cellKey(String table, String row, String column) {
        return table + "\u0000" + row + "\u0000" + column;
    }

    static String figureKey(String table, String figure) {
        return table + "\u0000\u0000" + figure;
    }

    Optional<BigDecimal> cell(String table, String row, String column) {
        return Optional.ofNullable(carried.get(cellKey(table, row, column)));
    }

    Optional<BigDecimal> figure(String table, String figure) {
        return Optional.ofNullable(carried.get(figureKey(table, figure)));
    }
}
