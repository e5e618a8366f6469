package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Reads numbers as editors type them. Only plain digits with an optional decimal point are figures;
 * anything else (thousands separators, units, exponents) is refused with a reason, never guessed at.
 */
final class Numbers {
    private static final Pattern PLAIN = Pattern.compile("-?\\d+(\\.\\d+)?");

    private Numbers() {}

    /** The outcome of reading: a number, or what was found instead and how to write it. */
    record Reading(BigDecimal value, String found, String hint) {
        boolean ok() {
            return value != null;
        }
    }

    static Reading read(String text, boolean percentAllowed) {
        // full-width digits typed with a Chinese input method are still digits
        String t = Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
        if (percentAllowed && t.endsWith("%")) {
            t = t.substring(0, t.length() - 1).strip();
        }
        if (PLAIN.matcher(t).matches()) {
            return new Reading(new BigDecimal(t), null, null);
        }
        String quoted = "“" + text + "”";
        if (t.isEmpty()) {
            return new Reading(null, "空值", "填写数字；该项不存在时写 ~（印作 /）");
        }
        if (t.matches("-?\\d{1,3}(,\\d{3})+(\\.\\d+)?")) {
            return new Reading(null, quoted + "（带千位分隔符）", "去掉逗号，写作 " + t.replace(",", ""));
        }
        if (t.matches("-?\\d+,\\d+")) {
            return new Reading(null, quoted + "（数字中有逗号）", "整数不要加逗号；小数请用小数点，如 1.02");
        }
        if (t.matches("-?\\d+([\\s\u00a0\u2005\u2009]+\\d+)+(\\.\\d+)?")) {
            // a space copied from a page or a spreadsheet that groups digits in threes
            return new Reading(null, quoted + "（数字中有空格）", "去掉空格，写作 " + t.replaceAll("[\\s\u00a0\u2005\u2009]", ""));
        }
        if (t.matches("-?[\\d.]+\\s*[万亿千百]\\S*")) {
            return new Reading(null, quoted + "（数字带单位）", "写出完整的数，如 12 万写作 120000；单位由排版程序按需要印出");
        }
        if (t.matches("(?i)-?\\d+(\\.\\d+)?e[+-]?\\d+")) {
            return new Reading(null, quoted + "（科学计数法）", "写出完整的数字");
        }
        if (t.equals("/") || t.equals("-") || t.equals("—") || t.equals("－")) {
            return new Reading(null, quoted, "该项不存在时写 ~，印出时自动为 /");
        }
        return new Reading(null, quoted + "（不是数字）", "只写阿拉伯数字，如 3307 或 98.30");
    }
}
