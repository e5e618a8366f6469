package org.nj12320.bulletin.compute;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nj12320.bulletin.model.Blank;
import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/**
 * Checks of an issue as a whole, for what is left over when an issue is made from the one before: period
 * words of another period ({@link StalePeriods}), a print date that does not fit the period, and anything still
 * marked {@value Blank#MARK}.
 */
public final class IssueChecks {
    private IssueChecks() {}

    /**
     * @param previous the issue of the period before, when there is one in the data: the figures are
     *                 compared with its
     */
    public static List<Problem> check(Issue issue, Optional<Issue> previous, SourceRef manifest) {
        List<Problem> out = new ArrayList<>(blanks(PrintedTexts.of(issue, manifest)));
        // everything printed as it was written, the bodies of articles aside (Markdown, checked on their own)
        List<LocatedText> written = PrintedTexts.of(issue, manifest, false);
        out.addAll(StalePeriods.check(written, issue.meta().period()));
        out.addAll(printDate(
                issue.meta().period(), issue.meta().printed(), issue.meta().ref()));
        out.addAll(BoldMarks.check(written, issue));
        out.addAll(ArticleMarkup.check(issue));
        out.addAll(HalfWidthMarks.check(written, issue));
        out.addAll(SameTitles.check(issue));
        previous.ifPresent(p -> out.addAll(HistoryChecks.check(issue, p)));
        return out;
    }

    /** Every text still holding the mark of a new issue's blanks (an article's placeholder): an error each. */
    static List<Problem> blanks(List<LocatedText> texts) {
        List<Problem> out = new ArrayList<>();
        for (LocatedText t : texts) {
            if (Blank.holdsBlank(t.text())) {
                out.add(Problem.error(t.ref(), Blank.MESSAGE + "：“" + t.text().strip() + "”", "写上本期的内容，替换这段占位文字"));
            }
        }
        return out;
    }

    /** An issue is printed after its period has ended, and within three months of that. */
    static List<Problem> printDate(Period p, LocalDate printed, SourceRef at) {
        if (printed == null) {
            return List.of();
        }
        LocalDate end =
                p instanceof Period.Month m ? m.month().atEndOfMonth() : LocalDate.of(((Period.Year) p).year(), 12, 31);
        if (printed.isBefore(end)) {
            return List.of(Problem.warning(
                    at,
                    "印发日期 " + printed + " 在本期（" + p.label() + "）结束之前",
                    "本期的数字要到 " + end + " 之后才齐；这一期是否由上一期复制而来，印发日期还没改？"));
        }
        // three whole months: an April issue may be printed until the end of July
        if (printed.isAfter(YearMonth.from(end).plusMonths(3).atEndOfMonth())) {
            return List.of(Problem.warning(at, "印发日期 " + printed + " 比本期（" + p.label() + "）结束晚了三个多月", "检查印发日期和期次是否写对"));
        }
        return List.of();
    }
}
