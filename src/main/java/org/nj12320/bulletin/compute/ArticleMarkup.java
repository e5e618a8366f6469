package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;
import org.nj12320.bulletin.model.SourceRef;

/**
 * The Markdown an article may hold but the bulletin cannot print: a picture, which would print as its caption
 * alone, and a table written with {@code |}, which would print as its bars and dashes. Each is an error at its
 * line, saying what to write instead; text in a code block is the editor's own and is left alone.
 */
final class ArticleMarkup {
    private ArticleMarkup() {}

    private static final Pattern PICTURE = Pattern.compile("!\\[[^\\]]*\\]\\([^)]*\\)");

    /** The line under a table's header: {@code |---|:--:|}, two columns at least. */
    private static final Pattern TABLE_RULE = Pattern.compile("\\s{0,3}\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)+\\|?\\s*");

    private static final Pattern FENCE = Pattern.compile("\\s{0,3}(`{3,}|~{3,}).*");

    static List<Problem> check(Issue issue) {
        List<Problem> out = new ArrayList<>();
        Section.Parts.of(issue.sections()).articles().forEach(a -> check(a, out));
        return out;
    }

    private static void check(Section.Article a, List<Problem> out) {
        String[] lines = a.markdown().split("\n", -1);
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            Matcher f = FENCE.matcher(line);
            if (f.matches()) {
                String mark = f.group(1).substring(0, 3);
                fence = fence == null ? mark : fence.equals(mark) ? null : fence;
                continue;
            }
            if (fence != null) {
                continue;
            }
            Matcher p = PICTURE.matcher(line);
            if (p.find()) {
                out.add(Problem.error(
                        at(a, i, p.start()),
                        "文章中不能插图：“" + p.group() + "”印出来只剩图的说明文字，图本身印不出",
                        "删去这张图；要印的是本期数字的图表，就在 issue.yaml 中加一节 - chart:（见 README 的 Charts）"));
            }
            if (i > 0 && lines[i - 1].contains("|") && TABLE_RULE.matcher(line).matches()) {
                out.add(Problem.error(
                        at(a, i - 1, lines[i - 1].indexOf('|')),
                        "文章中不能用 | 排表格：它会连同竖线和横线一起印成一段文字",
                        "表格写成一个数据文件，在 issue.yaml 中加一节 - table:（见 README 的 An issue's data），合计和序号由程序算出"));
            }
        }
    }

    private static SourceRef at(Section.Article a, int line, int column) {
        return new SourceRef(a.ref().file(), a.bodyLine() + line, Math.max(0, column) + 1, "");
    }
}
