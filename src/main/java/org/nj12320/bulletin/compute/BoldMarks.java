package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.LocatedText;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;

/**
 * Bold ({@code **…**}) is printed where the Markdown of an article, a list of briefs or of numbered items says
 * so; anywhere it would print as asterisks is an error at its line: a {@code **} in a title, a note, a name
 * or a prose figure (which the templates print as text), or one left without its pair in a paragraph.
 */
final class BoldMarks {
    private BoldMarks() {}

    /** @param written the texts of the issue printed as written: all but the bodies of its articles */
    static List<Problem> check(List<LocatedText> written, Issue issue) {
        List<Problem> out = new ArrayList<>();
        for (LocatedText t : written) {
            if (t.text() != null && t.text().contains("**")) {
                out.add(Problem.error(
                        t.ref(), "这里不能加粗：“" + t.text().strip() + "”中的 ** 会原样印出", "删去 **；加粗只用在文章、简讯和条目的正文中"));
            }
        }
        Section.Parts.of(issue.sections()).articles().forEach(a -> unpaired(a, out));
        return out;
    }

    /** A paragraph whose {@code **} are odd in number: the last one pairs with nothing. */
    private static void unpaired(Section.Article a, List<Problem> out) {
        String[] lines = a.markdown().split("\n", -1);
        List<int[]> marks = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length
                    || lines[i].isBlank()
                    || lines[i].stripLeading().matches("([-*+]|\\d+[.)])\\s.*");
            if (end && marks.size() % 2 == 1) {
                int[] last = marks.get(marks.size() - 1);
                out.add(Problem.error(
                        a.at(last[0], last[1]),
                        "加粗的 ** 没有成对：这一段有 " + marks.size() + " 个，最后一个会原样印出",
                        "加粗的文字两边各写两个星号，如 **加粗**；补上另一半，或删去多余的这个"));
            }
            if (end) {
                marks.clear();
            }
            if (i < lines.length) {
                String line = lines[i];
                for (int at = line.indexOf("**"); at >= 0; at = line.indexOf("**", at + 2)) {
                    if ((at == 0 || line.charAt(at - 1) != '\\')
                            && (at + 2 >= line.length() || line.charAt(at + 2) != '*')) {
                        marks.add(new int[] {i, at});
                    }
                }
            }
        }
    }
}
