package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.PeriodWords;
import org.nj12320.bulletin.model.Problem;

/**
 * Finds period words left over from another issue: “2023 年 3 月” or “3 月底” in the April issue, “2023
 * 年度” in the review of 2024. Looked for in everything the bulletin prints from its data except the body
 * text of articles, which is news: there a month is when something happened. A date with its day
 * (“4 月 15 日”) is a date, not a period, wherever it stands. A monthly issue is checked for months, an
 * annual one for years; the placeholders ({@code {期}} …) always print the issue's own.
 */
final class StalePeriods {
    private StalePeriods() {}

    static List<Problem> check(List<LocatedText> texts, Period period) {
        List<Problem> out = new ArrayList<>();
        for (LocatedText t : texts) {
            for (String other : PeriodWords.others(t.text(), period)) {
                out.add(Problem.warning(
                        t.ref(),
                        "“" + other + "”是别的期次；本期是 " + period.label(),
                        "改为 " + (period instanceof Period.Month ? "{期}、{期末} 或 {月}" : "{期}、{年度} 或 {期末}")
                                + "，印出的总是本期；若说的确是那时的事，写明日期或改写这句"));
            }
        }
        return out;
    }
}
