package org.nj12320.bulletin.model;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Period words as people write them: 2023 年 3 月, 2023 年三月, 2023.3, 2023/03, 3 月底, 三月份, 2023 年第一季度,
 * 一季度, 上半年, 2023 年度. A date with its day (“3 月 15 日”) is a date, not a period, wherever it stands; a
 * number with a decimal point is a number (2023.5%).
 */
public final class PeriodWords {
    /** A month's number, in digits or in Chinese numerals: 3, 03, 三, 十二. */
    private static final String MONTH = "(\\d{1,2}|十[一二]?|[一二三四五六七八九])";

    /** A day after a month, which makes it a date: 15 日, 十五号. */
    private static final String DAY = "(?!\\s*(\\d{1,2}|[一二三]?十[一二三四五六七八九]?|[一二三四五六七八九])\\s*[日号])";

    /** 2023 年 3 月, 2023年三月, not followed by a day. */
    private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})\\s*年\\s*" + MONTH + "\\s*月" + DAY);

    /** 2023.3, 2023/03, 2023-3: a year and a month in figures, not followed by a day. */
    private static final Pattern DOTTED =
            Pattern.compile("(?<![\\d.])(\\d{4})\\s*[./／-]\\s*(\\d{1,2})(?![\\d%％]|\\s*[./／-]\\s*\\d)");

    /** 3 月底, 三月末, 3 月份, without a year. */
    private static final Pattern MONTH_END = Pattern.compile("(?<![\\d年一二三四五六七八九十])\\s*" + MONTH + "\\s*月\\s*[底末份]");

    /** 2023 年第一季度, 一季度, 第 2 季度: a quarter, with its year or without. */
    private static final Pattern QUARTER = Pattern.compile("(?:(\\d{4})\\s*年\\s*)?(?:第\\s*)?([一二三四1-4])\\s*季度");

    /** 2023 年上半年, 下半年. */
    private static final Pattern HALF = Pattern.compile("(?:(\\d{4})\\s*年\\s*)?([上下])半年");

    /** 2023 年度, 2023 年底, 2023 年末, and 2023 年 followed by words rather than a month. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年(?!\\s*\\d)(?!\\s*[一二三四五六七八九十]{1,2}\\s*月)");

    private PeriodWords() {}

    /** The period words of the text that name a period other than the issue's, in the order they stand. */
    public static List<String> others(String text, Period period) {
        int year = period.year();
        Integer month = period instanceof Period.Month m ? m.month().getMonthValue() : null;
        List<int[]> taken = new ArrayList<>();
        TreeMap<Integer, String> found = new TreeMap<>();
        // a year and a month: another month, or in an annual issue another year
        for (Pattern p : List.of(YEAR_MONTH, DOTTED)) {
            Matcher ym = p.matcher(text);
            while (ym.find()) {
                if (overlaps(taken, ym.start(), ym.end())) {
                    continue;
                }
                taken.add(new int[] {ym.start(), ym.end()});
                int y = Integer.parseInt(ym.group(1));
                int mo = month(ym.group(2));
                if (mo < 1 || mo > 12) {
                    continue;
                }
                if (y != year || (month != null && mo != month)) {
                    found.put(ym.start(), ym.group().strip());
                }
            }
        }
        Matcher q = QUARTER.matcher(text);
        while (q.find()) {
            if (overlaps(taken, q.start(), q.end())) {
                continue;
            }
            taken.add(new int[] {q.start(), q.end()});
            int quarter =
                    "一二三四".indexOf(q.group(2)) >= 0 ? "一二三四".indexOf(q.group(2)) + 1 : Integer.parseInt(q.group(2));
            boolean otherYear = q.group(1) != null && Integer.parseInt(q.group(1)) != year;
            boolean otherMonth = month != null && (month + 2) / 3 != quarter;
            if (otherYear || otherMonth) {
                found.put(q.start(), q.group().strip());
            }
        }
        Matcher h = HALF.matcher(text);
        while (h.find()) {
            if (overlaps(taken, h.start(), h.end())) {
                continue;
            }
            taken.add(new int[] {h.start(), h.end()});
            boolean otherYear = h.group(1) != null && Integer.parseInt(h.group(1)) != year;
            boolean otherMonth = month != null && (month <= 6) != h.group(2).equals("上");
            if (otherYear || otherMonth) {
                found.put(h.start(), h.group().strip());
            }
        }
        if (month != null) {
            Matcher end = MONTH_END.matcher(text);
            while (end.find()) {
                int at = end.start(1);
                if (!overlaps(taken, at, at + 1) && month(end.group(1)) != month) {
                    found.put(at, end.group().strip());
                }
            }
        } else {
            Matcher y = YEAR.matcher(text);
            while (y.find()) {
                if (overlaps(taken, y.start(), y.end()) || Integer.parseInt(y.group(1)) == year) {
                    continue;
                }
                int stop = Math.min(text.length(), y.end() + 1);
                String word = text.substring(y.start(), stop);
                found.put(y.start(), word.endsWith("度") || word.endsWith("底") || word.endsWith("末") ? word : y.group());
            }
        }
        return new ArrayList<>(found.values());
    }

    private static boolean overlaps(List<int[]> spans, int start, int end) {
        return spans.stream().anyMatch(s -> start < s[1] && end > s[0]);
    }

    /** A month's number from its digits or its Chinese numeral; 0 when it is none. */
    static int month(String written) {
        if (written.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(written);
        }
        String digits = "一二三四五六七八九";
        if (written.startsWith("十")) {
            return written.length() == 1 ? 10 : 10 + digits.indexOf(written.charAt(1)) + 1;
        }
        return digits.indexOf(written.charAt(0)) + 1;
    }
}
