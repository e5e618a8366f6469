package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;

/**
 * Finds period words left over from another issue: “2023 年 3 月” or “3 月底” in the April issue, “2023
 * 年度” in the review of 2024. Looked for in everything the bulletin prints from its data except the body
 * text of articles, which is news: there a month is when something happened. A date with its day
 * (“4 月 15 日”) is a date, not a period, wherever it stands. A monthly issue is checked for months, an
 * annual one for years; the placeholders ({@code {期}} …) always print the issue's own.
 */
final class StalePeriods {
    /** 2023 年 3 月, not followed by a day. */
    private static final Pattern YEAR_MONTH =
            Pattern.compile("(\\d{4})\\s*年\\s*(\\d{1,2})\\s*月(?!\\s*\\d{1,2}\\s*[日号])");
    /** 3 月底, 3 月末, 3 月份, without a year. */
    private static final Pattern MONTH_END = Pattern.compile("(?<![\\d年])\\s*(\\d{1,2})\\s*月\\s*[底末份]");
    /** 2023 年度, 2023 年底, 2023 年末, and 2023 年 followed by words rather than a month. */
    private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*年(?!\\s*\\d)");

    private StalePeriods() {}

    static List<Problem> check(List<LocatedText> texts, Period period) {
        List<Problem> out = new ArrayList<>();
        for (LocatedText t : texts) {
            for (String other : others(t.text(), period)) {
                out.add(Problem.warning(
                        t.ref(),
                        "“" + other + "”是别的期次；本期是 " + period.label(),
                        "改为 " + (period instanceof Period.Month ? "{期}、{期末} 或 {月}" : "{期}、{年度} 或 {期末}")
                                + "，印出的总是本期；若说的确是那时的事，写明日期或改写这句"));
            }
        }
        return out;
    }

    /** The period words of the text that name a period other than the issue's. */
    static List<String> others(String text, Period period) {
        List<String> out = new ArrayList<>();
        if (period instanceof Period.Month m) {
            int year = m.month().getYear();
            int month = m.month().getMonthValue();
            List<int[]> spans = new ArrayList<>();
            Matcher ym = YEAR_MONTH.matcher(text);
            while (ym.find()) {
                spans.add(new int[] {ym.start(), ym.end()});
                if (Integer.parseInt(ym.group(1)) != year || Integer.parseInt(ym.group(2)) != month) {
                    out.add(ym.group().strip());
                }
            }
            Matcher end = MONTH_END.matcher(text);
            while (end.find()) {
                int at = end.start(1);
                boolean inside = spans.stream().anyMatch(s -> at >= s[0] && at < s[1]);
                if (!inside && Integer.parseInt(end.group(1)) != month) {
                    out.add(end.group().strip());
                }
            }
        } else {
            int year = ((Period.Year) period).year();
            Matcher y = YEAR.matcher(text);
            while (y.find()) {
                if (Integer.parseInt(y.group(1)) != year) {
                    int stop = Math.min(text.length(), y.end() + 1);
                    String word = text.substring(y.start(), stop);
                    out.add(word.endsWith("度") || word.endsWith("底") || word.endsWith("末") ? word : y.group());
                }
            }
        }
        return out;
    }
}
