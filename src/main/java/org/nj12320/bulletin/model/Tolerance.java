package org.nj12320.bulletin.model;

import java.math.BigDecimal;

/**
 * How much a figure may change from the previous period before it is questioned: more than {@code factor}
 * times, up or down, when both figures are at least {@code floor} (small figures change by large factors
 * without anything being wrong). {@code off} turns the comparison off.
 */
public record Tolerance(BigDecimal factor, BigDecimal floor, boolean off) {
    /** More than three times, or less than a third, of figures of a hundred or more. */
    public static final Tolerance DEFAULT = new Tolerance(BigDecimal.valueOf(3), BigDecimal.valueOf(100), false);

    public static final Tolerance OFF = new Tolerance(BigDecimal.ONE, BigDecimal.ZERO, true);
}
