package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The number formats of the bulletin: no thousands separators (55193), a fixed count of decimals
 * (98.30%, 626887.30), counts of 万 or 亿 where the text uses them (193.62), {@code /} for a value that does
 * not exist, and Chinese numerals for numbered items (一、二、… 十、).
 */
public final class NumberFormats {
    public static final String MISSING = "/";
    private static final BigDecimal WAN = BigDecimal.valueOf(10_000);
    private static final BigDecimal YI = BigDecimal.valueOf(100_000_000);

    private NumberFormats() {}

    /** A count as printed: digits only. */
    public static String count(BigDecimal n) {
        return n == null ? MISSING : n.setScale(0, RoundingMode.HALF_UP).toPlainString();
    }

    /** A number with exactly {@code decimals} digits after the point. */
    public static String fixed(BigDecimal n, int decimals) {
        return n == null ? MISSING : n.setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /** A percentage given in percent: {@code 98.3} with 2 decimals is {@code 98.30%}. */
    public static String percent(BigDecimal n, int decimals) {
        return n == null ? MISSING : fixed(n, decimals) + "%";
    }

    /** A count out of a whole: {@code 5/11}. */
    public static String fraction(BigDecimal n, int whole) {
        return n == null ? MISSING : count(n) + "/" + whole;
    }

    /**
     * A large count in units of 万 (10⁴) or 亿 (10⁸), rounded to {@code decimals}; the unit word itself is
     * left to the text around it. {@code 19362000000} in 亿 with 2 decimals is {@code 193.62}.
     */
    public static String scaled(BigDecimal n, char unit, int decimals) {
        if (n == null) {
            return MISSING;
        }
        BigDecimal divisor = switch (unit) {
            case '万' -> WAN;
            case '亿' -> YI;
            default -> throw new IllegalArgumentException("unit must be 万 or 亿, not " + unit);
        };
        return n.divide(divisor, decimals, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Applies a format spec as written in notes and templates: empty for a plain count, {@code 亿2} or
     * {@code 万} for scaled counts, {@code .2} for two decimals, {@code %2} for a percentage.
     *
     * @throws IllegalArgumentException when the spec is not one of these
     */
    public static String format(BigDecimal n, String spec) {
        if (spec == null || spec.isEmpty()) {
            return n != null && n.stripTrailingZeros().scale() > 0 ? n.toPlainString() : count(n);
        }
        char head = spec.charAt(0);
        String rest = spec.substring(1);
        if (!rest.matches("\\d?")) {
            throw new IllegalArgumentException("未知的数字格式“" + spec + "”");
        }
        int decimals = rest.isEmpty() ? -1 : Integer.parseInt(rest);
        return switch (head) {
            case '万', '亿' -> scaled(n, head, decimals < 0 ? 0 : decimals);
            case '.' -> fixed(n, decimals < 0 ? 0 : decimals);
            case '%' -> percent(n, decimals < 0 ? 2 : decimals);
            default -> throw new IllegalArgumentException("未知的数字格式“" + spec + "”");
        };
    }

    /** A number as messages quote it: a whole number without decimals ({@code 55193}), any other as written. */
    public static String plain(BigDecimal n) {
        return n.stripTrailingZeros().scale() <= 0 ? n.setScale(0).toPlainString() : n.toPlainString();
    }

    private static final String[] DIGITS = {"零", "一", "二", "三", "四", "五", "六", "七", "八", "九"};

    /** 1 → 一, 10 → 十, 11 → 十一, 20 → 二十, 99 → 九十九; for numbering items, 1 to 99. */
    public static String chineseNumeral(int n) {
        if (n < 1 || n > 99) {
            throw new IllegalArgumentException("Chinese numerals are made for 1 to 99, not " + n);
        }
        if (n < 10) {
            return DIGITS[n];
        }
        int tens = n / 10;
        int ones = n % 10;
        return (tens == 1 ? "" : DIGITS[tens]) + "十" + (ones == 0 ? "" : DIGITS[ones]);
    }
}
