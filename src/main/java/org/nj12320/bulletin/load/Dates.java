package org.nj12320.bulletin.load;

import java.text.Normalizer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as people and spreadsheet programs write them, other than the 2023-04-27 the data files take. */
final class Dates {
    /** 2023年5月20日, 2023-5-20, 2023/05/20, 2023.5.20, in full- or half-width digits. */
    private static final Pattern FULL =
            Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");

    /** 5月11日, as a spreadsheet program shows 5/11 once it took it for a date. */
    private static final Pattern MONTH_DAY = Pattern.compile("\\d{1,2}\\s*月\\s*\\d{1,2}\\s*日");

    private Dates() {}

    /** The year, month and day of a date written in full, as written (not checked to exist); null when it is none. */
    static int[] parts(String text) {
        Matcher m = FULL.matcher(normal(text));
        return m.matches()
                ? new int[] {Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))}
                : null;
    }

    /** Whether the text is a date, in full or as a month and day. */
    static boolean isOne(String text) {
        return parts(text) != null || MONTH_DAY.matcher(normal(text)).matches();
    }

    private static String normal(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).strip();
    }
}
