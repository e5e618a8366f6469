package org.nj12320.bulletin.load;

import java.math.BigDecimal;

import org.nj12320.bulletin.model.Tolerance;

/**
 * Reads {@code history:}, how much a table's or a column's figures may change from the previous period:
 * {@code {factor: 5, floor: 1000}}, either field left out for its default (3 and 100), or {@code off}.
 */
final class Tolerances {
    private Tolerances() {}

    static Tolerance read(YNode node, Problems problems) {
        if (node instanceof YNode.YScalar s
                && (s.text().strip().equals("off") || s.text().strip().equalsIgnoreCase("false"))) {
            return Tolerance.OFF;
        }
        Fields f = Fields.of(node, problems, "history");
        BigDecimal factor =
                f.node("factor").map(n -> f.number(n, false, "大于 1 的倍数")).orElse(Tolerance.DEFAULT.factor());
        BigDecimal floor = f.node("floor").map(n -> f.number(n, false, "非负数")).orElse(Tolerance.DEFAULT.floor());
        f.finish();
        if (factor != null && factor.compareTo(BigDecimal.ONE) <= 0) {
            problems.error(f.refOf("factor"), "factor 应大于 1，实为 " + factor.toPlainString(), "例如 factor: 3，即变化超过 3 倍时提醒");
            factor = Tolerance.DEFAULT.factor();
        }
        return new Tolerance(
                factor == null ? Tolerance.DEFAULT.factor() : factor,
                floor == null ? Tolerance.DEFAULT.floor() : floor,
                false);
    }
}
