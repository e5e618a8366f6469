package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
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

    /**
     * Whether one figure among percentages looks written as a proportion: under 1, and written more finely than
     * the column prints (0.983 where two decimals are printed; 0.98 may well be a rate under 1 %).
     */
    static boolean isOne(BigDecimal n, int decimals) {
        return n.signum() > 0 && n.compareTo(BigDecimal.ONE) < 0 && n.scale() > decimals;
    }

    /** What is said of such a figure: what it would print, and what was likely meant. */
    static String single(BigDecimal n, int decimals) {
        return "比率为 " + n.toPlainString() + "%，会印作 "
                + n.setScale(decimals, RoundingMode.HALF_UP).toPlainString()
                + "%：像是把 " + n.movePointRight(2).stripTrailingZeros().toPlainString() + "% 写成了小数 "
                + n.toPlainString();
    }

    static String singleHint(BigDecimal n, int decimals) {
        return "以百分数填写，写作 "
                + n.movePointRight(2).setScale(decimals, RoundingMode.HALF_UP).toPlainString()
                + "；确是不到 1% 的比率，就写到本列所印的 " + decimals + " 位小数";
    }

    /** What is said of the column. */
    static String message(String column, BigDecimal example) {
        String e = example.toPlainString();
        return "“" + column + "”一列的数字都不大于 1（如 " + e + "），像是小数，而这一列印的是百分数，" + e + " 会印作 " + e + "%";
    }
}
