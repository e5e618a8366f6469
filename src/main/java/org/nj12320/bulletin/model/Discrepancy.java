package org.nj12320.bulletin.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A disagreement of the source with itself that a check found: a total the source prints that is not the sum
 * of its rows, a part larger than its whole. It names the figure as an editor names it in an acknowledgement
 * ({@code 合计.预约数量}, {@code 江北新区.床位转诊.本年总量}, {@code province.calls}) and the two values that
 * disagree, so that an editor who has checked it can record it, and so that the record stops counting the
 * moment either value changes.
 *
 * @param file   the data file the figure is in
 * @param figure the figure's name
 * @param values the two values that disagree, the source's first
 */
public record Discrepancy(String file, String figure, List<BigDecimal> values) {
    public Discrepancy {
        values = List.copyOf(values);
    }

    public static Discrepancy of(String file, String figure, BigDecimal source, BigDecimal other) {
        return new Discrepancy(file, figure, List.of(source, other));
    }
}
