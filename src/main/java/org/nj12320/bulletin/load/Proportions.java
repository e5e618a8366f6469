package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A rate column written as proportions (0.983 for 98.30%), which would print as 0.98%: every figure of the
 * column 1 or less, and some of them a fraction. Questioned alike whether the rows are typed in YAML or come
 * from a sheet.
 */
final class Proportions {
    private Proportions() {}

    /** The first figure that shows the column written as proportions; empty when it is not. */
    static Optional<BigDecimal> example(List<BigDecimal> numbers) {
        if (numbers.isEmpty() || !numbers.stream().allMatch(n -> n.compareTo(BigDecimal.ONE) <= 0)) {
            return Optional.empty();
        }
        return numbers.stream()
                .filter(n -> n.signum() > 0 && n.compareTo(BigDecimal.ONE) < 0)
                .findFirst();
    }

    /** What is said of the column. */
    static String message(String column, BigDecimal example) {
        String e = example.toPlainString();
        return "“" + column + "”一列的数字都不大于 1（如 " + e + "），像是小数，而这一列印的是百分数，" + e + " 会印作 " + e + "%";
    }
}
