package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

/**
 * What the previous period carries into this one: its cumulative figures as they were printed, so that
 * this period's are the previous ones plus this period's own.
 *
 * @param label   the previous period as the bulletin writes it, for messages; empty when there is none
 * @param carried the cumulative figures, by {@link #cellKey} and {@link #figureKey}
 */
public record History(String label, Map<String, BigDecimal> carried) {
    /** No previous period in the data: cumulative figures are taken as given. */
    public static final History NONE = new History("", Map.of());

    public History {
        carried = Map.copyOf(carried);
    }

    /** The history an issue computed leaves to the next. */
    public static History after(ComputedIssue previous) {
        return new History(previous.meta().period().label(), previous.carried());
    }

    public boolean exists() {
        return !label.isEmpty();
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
