package org.nj12320.bulletin.compute;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.Issue;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.Section;

/**
 * The Markdown an article may hold but the bulletin cannot print: a picture, which would print as its caption
 * alone, and a table written with {@code |}, which would print as its bars and dashes. Each is an error at its
 * line, saying what to write instead; text in a code block is the editor's own and is left alone. And what it
 * would print otherwise than meant: lines that each end a sentence with no blank line between them, which
 * Markdown joins into one paragraph (text pasted from a word processor has a paragraph a line), a heading
 * that opens the text with the article's own title, a numbered item that numbers itself too, a rule ({@code ---})
 * that prints nothing, a line that a {@code ---} under it turns into a subhead, and {@code _emphasis_} inside a
 * run of words, which Markdown leaves as underscores, and an HTML tag, which prints as written, each a warning.
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
        // the line breaks after a sentence's end that Markdown joins into the paragraph they stand in
        List<Integer> joined = new ArrayList<>();
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
            // a rule, or the line under a subhead, is no line of text to be joined to the one above
            boolean underline =
                    RULE.matcher(line).matches() || SETEXT.matcher(line).matches();
            if (line.isBlank() || underline || BLOCK_START.matcher(line).lookingAt()) {
                joined(a, joined, out);
            } else if (i > 0
                    && !lines[i - 1].isBlank()
                    && SENTENCE_END.matcher(lines[i - 1]).find()
                    && !lines[i - 1].stripLeading().startsWith("#")
                    && !HARD_BREAK.matcher(lines[i - 1]).find()) {
                joined.add(i);
            }
            rule(a, lines, i, out);
            underscores(a, line, i, out);
            markup(a, line, i, out);
            Matcher numbered = NUMBERED_TWICE.matcher(line);
            if (numbered.lookingAt()) {
                out.add(Problem.warning(
                        a.at(i, numbered.start(1)),
                        "这一项的编号会印两遍：“" + numbered.group(1) + "”之前还有程序按顺序编的 一、二、……",
                        "删去正文中的“" + numbered.group(1) + "”，编号由程序给出"));
            }
            Matcher p = PICTURE.matcher(line);
            if (p.find()) {
                out.add(Problem.error(
                        a.at(i, p.start()),
                        "文章中不能插图：“" + p.group() + "”印出来只剩图的说明文字，图本身印不出",
                        "删去这张图；要印的是本期数字的图表，就在 issue.yaml 中加一节 - chart:（见 README 的 Charts）"));
            }
            if (i > 0 && lines[i - 1].contains("|") && TABLE_RULE.matcher(line).matches()) {
                out.add(Problem.error(
                        a.at(i - 1, lines[i - 1].indexOf('|')),
                        "文章中不能用 | 排表格：它会连同竖线和横线一起印成一段文字",
                        "表格写成一个数据文件，在 issue.yaml 中加一节 - table:（见 README 的 An issue's data），合计和序号由程序算出"));
            }
        }
        joined(a, joined, out);
        repeatedTitle(a, lines, out);
        if ("briefs".equals(a.template())) {
            briefsOutsideTheList(a, lines, out);
        }
        if ("numbered".equals(a.template())) {
            for (int i = 0; i < lines.length; i++) {
                if (ITEM.matcher(lines[i]).lookingAt()) {
                    out.add(Problem.warning(
                            a.at(i, 0),
                            "这一项以 - 开头，不会编号：它会印作前面一个圆点的一项，而不是 一、二、……",
                            "编号的条目以“1. ”开头（数字随意，印出时按顺序编为 一、二、……）"));
                    break;
                }
            }
        }
    }

    /**
     * A paragraph of the briefs that is not an item of their list (written without its {@code - }): it prints
     * as plain text, without the ◆ the others have. A warning at its first line.
     */
    private static void briefsOutsideTheList(Section.Article a, String[] lines, List<Problem> out) {
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean starts = !line.isBlank() && (i == 0 || lines[i - 1].isBlank());
            if (starts
                    && !ITEM.matcher(line).lookingAt()
                    && !line.startsWith(" ")
                    && !line.startsWith("\t")
                    && !line.strip().startsWith("<!--")) {
                out.add(Problem.warning(a.at(i, 0), "这一段不是简讯列表中的一条（没有以 - 开头），会印作普通段落，前面没有 ◆", "每条简讯以“- ”开头写成一项"));
            }
        }
    }

    /** A rule: three or more of one of {@code - * _} alone on a line, spaces allowed between. */
    private static final Pattern RULE = Pattern.compile("\\s{0,3}([-*_])(?:\\s*\\1){2,}\\s*");

    /** The line under a subhead written the other way: {@code ===} (or {@code ---}, a rule's look too). */
    private static final Pattern SETEXT = Pattern.compile("\\s{0,3}=+\\s*");

    /**
     * A rule the bulletin has no place for: it prints nothing, in print or on the web. Under a line of text a
     * {@code ---} (or {@code ===}) is no rule but makes that line a subhead; where that line ends a sentence it
     * was surely not meant as one.
     */
    private static void rule(Section.Article a, String[] lines, int i, List<Problem> out) {
        String line = lines[i];
        boolean underText = i > 0
                && !lines[i - 1].isBlank()
                && !BLOCK_START.matcher(lines[i - 1]).lookingAt()
                && !FENCE.matcher(lines[i - 1]).matches();
        Matcher m = RULE.matcher(line);
        boolean setext = underText
                && (line.strip().matches("=+") || m.matches() && m.group(1).equals("-"));
        if (setext) {
            if (SENTENCE_END.matcher(lines[i - 1]).find()) {
                out.add(Problem.warning(
                        a.at(i, line.indexOf(line.strip().charAt(0))),
                        "这一行的“" + line.strip() + "”使上一行印成小标题，而上一行是一句话",
                        "要分开上下两部分，在“" + line.strip() + "”之前空一行（分隔线不会印出，可以删去）；要小标题，写成“## 小标题”"));
            }
        } else if (m.matches()) {
            out.add(Problem.warning(
                    a.at(i, m.start(1)),
                    "分隔线“" + line.strip() + "”不会印出：印刷版和网页版都没有分隔线",
                    "删去这一行；要把文章分成几部分，用小标题（## 小标题）"));
        }
    }

    /**
     * Emphasis or bold written with underscores ({@code _强调_}, {@code __加粗__}) beside a letter or a Chinese
     * character outside it: Markdown counts underscores inside a run of words as part of the words, so they
     * print as they are. Asterisks have no such rule.
     */
    private static void underscores(Section.Article a, String line, int i, List<Problem> out) {
        Matcher m = UNDERSCORED.matcher(line);
        while (m.find()) {
            int before = m.start() == 0 ? ' ' : line.codePointBefore(m.start());
            int after = m.end() == line.length() ? ' ' : line.codePointAt(m.end());
            boolean inRun = Character.isLetterOrDigit(before) || Character.isLetterOrDigit(after);
            // words in Chinese between them: emphasis meant (报表_2023_终版, a file's name, is not)
            boolean chinese = m.group(2).codePoints().anyMatch(HalfWidthMarks::isHan);
            if (inRun && chinese && !inCode(line, m.start())) {
                String marks = m.group(1).replace('_', '*');
                out.add(Problem.warning(
                        a.at(i, m.start()),
                        "“" + m.group() + "”的下划线夹在文字中间，不算" + (m.group(1).length() == 2 ? "加粗" : "强调") + "，会原样印出",
                        "改用星号：" + marks + m.group(2) + marks + "（星号夹在汉字之间也有效）"));
            }
        }
    }

    /**
     * An HTML tag in the text (pasted from a web page or a word processor: {@code <b>}, {@code <font
     * color="red">}): the bulletin prints it as the text it is, brackets and all. A line break ({@code <br>})
     * and a comment are the two it takes. A warning at the first on the line.
     */
    private static void markup(Section.Article a, String line, int i, List<Problem> out) {
        Matcher m = TAG.matcher(line);
        while (m.find()) {
            if (m.group(1).equalsIgnoreCase("br") || inCode(line, m.start())) {
                continue;
            }
            out.add(Problem.warning(
                    a.at(i, m.start()),
                    "HTML 标记“" + m.group() + "”不起作用，会连同尖括号原样印出",
                    "删去它（加粗写 **加粗**，强调写 *强调*）；要印出这些字，就照旧"));
            return;
        }
    }

    private static final Pattern TAG = Pattern.compile("</?([A-Za-z][A-Za-z0-9]*)(?:\\s[^<>]*)?/?>");

    private static final Pattern UNDERSCORED = Pattern.compile("(_{1,2})([^_\\s](?:[^_\\n]*[^_\\s])?)\\1(?!_)");

    /** Whether a place in a line is inside a code span ({@code `…`}), whose text is the editor's own. */
    private static boolean inCode(String line, int at) {
        int ticks = 0;
        for (int k = 0; k < at; k++) {
            if (line.charAt(k) == '`') {
                ticks++;
            }
        }
        return ticks % 2 == 1;
    }

    private static final Pattern ITEM = Pattern.compile("\\s{0,3}[-*+]\\s");

    /**
     * A heading that opens the text and repeats the article's title (the title pasted in with the text): it
     * would print twice, once as the title and once as a subhead under it.
     */
    private static void repeatedTitle(Section.Article a, String[] lines, List<Problem> out) {
        if (a.title() == null) {
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].isBlank()) {
                continue;
            }
            String line = lines[i].strip();
            if (line.startsWith("#") && words(line.replaceFirst("^#+", "")).equals(words(a.title()))) {
                out.add(Problem.warning(
                        a.at(i, 0), "正文开头的标题与文章标题相同，会印两遍：一遍是标题，一遍是标题下的小标题", "删去正文中的这一行；标题写在文首的 title: 中"));
            }
            return;
        }
    }

    /** A title's words, without its line breaks, spaces and bold marks, for comparing two. */
    private static String words(String title) {
        return title.replaceAll("[\\s\u3000*]", "");
    }

    /**
     * A paragraph into which Markdown joined lines that end a sentence each (text pasted from a word processor,
     * one paragraph a line with no blank line between): a warning at the first, once a paragraph.
     */
    private static void joined(Section.Article a, List<Integer> joined, List<Problem> out) {
        if (joined.isEmpty()) {
            return;
        }
        out.add(Problem.warning(
                a.at(joined.get(0), 0),
                "这一行与上一行之间没有空行，会和上一行连成一段印出" + (joined.size() > 1 ? "（这一段里共有 " + joined.size() + " 处这样的换行）" : ""),
                "要另起一段，在两行之间空一行；本是一段，就把两行接成一行"));
        joined.clear();
    }

    /**
     * A numbered item of Markdown ({@code 1. }) whose text begins with a number of its own ({@code 一、},
     * {@code （一）}, {@code 1.}), as numbered text pasted from a word processor has: both would print.
     */
    private static final Pattern NUMBERED_TWICE = Pattern.compile(
            "\\s{0,3}\\d+[.)]\\s+(?:\\*\\*)?([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\\d+(?:[、．]|\\.(?!\\d)))");

    /** A line that ends a sentence: 。！？ (or ；：), perhaps inside a closing quote or bracket. */
    private static final Pattern SENTENCE_END = Pattern.compile("[。！？；：][”’」』）》]*\\s*$");

    /** A line break the editor asked for: two spaces or a backslash at the line's end, or {@code <br>}. */
    private static final Pattern HARD_BREAK =
            Pattern.compile("(?: {2,}|\\\\|<br\\s*/?>)\\r?$", Pattern.CASE_INSENSITIVE);

    /** A line that starts a block of its own: a list item, a heading, a quotation, a table's row. */
    private static final Pattern BLOCK_START = Pattern.compile("\\s{0,3}([-*+]\\s|\\d+[.)]\\s|#|>|\\|)");
}
