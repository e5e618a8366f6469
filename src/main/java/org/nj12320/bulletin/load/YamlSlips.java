package org.nj12320.bulletin.load;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What went wrong when YAML cannot be parsed, said as the slip an editor typing with a Chinese input method
 * made: a full-width comma, colon, quote or bracket where YAML needs the ASCII one, a full-width space or a tab
 * in the indentation, no space after a colon, a bracket left open. The parser says where it gave up, which is
 * often after the slip (a comma that joined two fields is found at the second colon, a colon without its space
 * on the line below); the lines up to there are read for the slip, and its own line and column are given.
 */
final class YamlSlips {
    /** What was found, where, and what to do. */
    record Slip(int line, int column, String message, String hint) {}

    /** How far above the place the parser gave up a slip is looked for. */
    private static final int LINES_ABOVE = 3;

    private static final Pattern MARK = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Pattern FLOW = Pattern.compile("while parsing a flow (mapping|sequence)");

    /** A key written with a full-width colon: {@code title：…}, or {@code 名称：…} inside braces. */
    private static final Pattern BLOCK_FULL_COLON =
            Pattern.compile("^\\s*(?:- )?[^\\s:：#'\"{}\\[\\],（【｛-][^\\s:：#'\"{}\\[\\],]{0,20}(：)");

    private static final Pattern FLOW_FULL_COLON = Pattern.compile("[{,]\\s*[^\\s:：,{}\\[\\]'\"]{1,20}(：)");

    /** A key whose colon has no space after it: {@code title:"…"}. */
    private static final Pattern NO_SPACE =
            Pattern.compile("^\\s*(?:- )?[^\\s:：#'\"{}\\[\\],-][^\\s:：#'\"{}\\[\\],]{0,20}:(?=[^\\s/])");

    /** A full-width comma right after a quoted value of a block: {@code title: "…"，}. */
    private static final Pattern QUOTE_THEN_COMMA =
            Pattern.compile("^\\s*(?:- )?[^\\s:#'\"{}\\[\\],]+:\\s+(?:\"[^\"]*\"|'[^']*')\\s*(，)");

    private static final Pattern CURLY_QUOTE = Pattern.compile("(?:^\\s*-\\s+|:\\s+)(“)");

    private static final Pattern FULL_BRACKET = Pattern.compile("(?:^\\s*-\\s+|:\\s+)([（【｛［])");

    private YamlSlips() {}

    /**
     * The slip that most likely made the parser give up, or its complaint said in Chinese when no slip is seen.
     *
     * @param line   where the parser gave up, 1-based
     * @param parser what the parser said, with its marks ({@code line 23, column 5})
     */
    static Slip diagnose(String text, int line, int column, String parser) {
        String[] lines = text.replace("\r", "").split("\n", -1);
        String said = parser == null ? "" : parser;
        List<int[]> marks = new ArrayList<>();
        Matcher mk = MARK.matcher(said);
        while (mk.find()) {
            marks.add(new int[] {Integer.parseInt(mk.group(1)), Integer.parseInt(mk.group(2))});
        }
        if (!marks.isEmpty()) {
            // the last mark is where the parser gave up; Jackson's own location is at times the first
            line = marks.get(marks.size() - 1)[0];
            column = marks.get(marks.size() - 1)[1];
        }
        if (FLOW.matcher(said).find() && marks.size() >= 2) {
            int open = marks.get(0)[0];
            Slip s = onLine(lines, open);
            if (s != null) {
                return s;
            }
            int at = open <= lines.length ? unclosed(lines[open - 1]) : -1;
            if (at >= 0) {
                char c = lines[open - 1].charAt(at);
                char close = c == '[' ? ']' : '}';
                return new Slip(open, at + 1, "这里的“" + c + "”没有配对的“" + close + "”", "在该结束的地方补上半角的“" + close + "”");
            }
        }
        for (int l = Math.min(line, lines.length); l >= Math.max(1, line - LINES_ABOVE); l--) {
            Slip s = onLine(lines, l);
            if (s != null) {
                return s;
            }
        }
        return new Slip(line, column, "YAML 格式有误：" + translate(said), "检查这一行和上面几行：缩进是否对齐，“: ”后面的值是否要加引号");
    }

    /** The slip on a line, if it has one. */
    static Slip onLine(String[] lines, int l) {
        if (l < 1 || l > lines.length) {
            return null;
        }
        String s = lines[l - 1];
        int indent = 0;
        while (indent < s.length()
                && (s.charAt(indent) == ' ' || s.charAt(indent) == '\t' || s.charAt(indent) == '\u3000')) {
            indent++;
        }
        int tab = s.indexOf('\t');
        if (tab >= 0 && tab < indent) {
            return new Slip(l, tab + 1, "这一行用了制表符（Tab）缩进，YAML 只认空格", "把 Tab 换成空格，与同一层的字段对齐");
        }
        int wide = s.indexOf('\u3000');
        if (wide >= 0 && wide < indent) {
            return new Slip(l, wide + 1, "这一行用全角空格缩进，YAML 只认半角空格", "把行首的全角空格换成半角空格（输入法切到半角）");
        }
        int extra = extraClosing(s);
        if (extra >= 0) {
            char c = s.charAt(extra);
            return new Slip(
                    l, extra + 1, "多了一个“" + c + "”：前面的“" + (c == '}' ? '{' : '[') + "”已经配对结束了", "删去这个“" + c + "”");
        }
        Matcher after = QUOTE_THEN_COMMA.matcher(s);
        if (after.find()) {
            return new Slip(l, after.start(1) + 1, "引号后面多了一个全角逗号“，”", "删去它；一个值写完就换行，不用逗号");
        }
        int comma = fullWidthCommaInFlow(s);
        if (comma >= 0) {
            return new Slip(
                    l, comma + 1, "全角逗号“，”不能分隔两项：YAML 把它和后面的字段连成了一个值", "把“，”改成半角逗号和空格“, ”（输入法切到半角，或按 Shift+空格）");
        }
        Matcher m = BLOCK_FULL_COLON.matcher(s);
        if (m.find() || (m = FLOW_FULL_COLON.matcher(s)).find()) {
            return new Slip(l, m.start(1) + 1, "全角冒号“：”不能分开字段名和值", "改成半角冒号加一个空格“: ”，如 名称: 健康南京客户端");
        }
        m = NO_SPACE.matcher(s);
        if (m.find()) {
            return new Slip(l, m.end() + 1, "冒号后面少了一个空格：YAML 要写作“字段: 值”", "在“:”后面加一个空格");
        }
        m = CURLY_QUOTE.matcher(s);
        if (m.find()) {
            return new Slip(
                    l, m.start(1) + 1, "中文引号“”不是 YAML 的引号：值里有“: ”时，要用半角引号把整个值括起来", "把“ ”换成半角的 \" \"，或去掉值中的“: ”");
        }
        m = FULL_BRACKET.matcher(s);
        if (m.find() && s.indexOf(": ", m.end()) >= 0) {
            String open = m.group(1);
            return new Slip(
                    l,
                    m.start(1) + 1,
                    "全角括号“" + open + "”不能代替半角的“{”：一组字段要用半角花括号 { } 括起来",
                    "把“" + open + "”和与它配对的全角括号换成半角的 { 和 }");
        }
        return null;
    }

    /** The index of a full-width comma that stands between the fields of a {@code {…}} or the items of a {@code […]}. */
    private static int fullWidthCommaInFlow(String s) {
        int depth = 0;
        for (int i : outsideQuotes(s)) {
            char c = s.charAt(i);
            if (c == '{' || c == '[') {
                depth++;
            } else if (c == '}' || c == ']') {
                depth--;
            } else if (c == '，' && depth > 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The index of a closing bracket of the line that closes nothing, after a group of the line that was
     * closed already ({@code - {名称: 甲, 数: 1}}}); -1 when there is none. Only a line that opens a group is
     * read so: in a plain value of a block, a lone bracket is text.
     */
    static int extraClosing(String s) {
        java.util.ArrayDeque<Character> open = new java.util.ArrayDeque<>();
        boolean opened = false;
        for (int i : outsideQuotes(s)) {
            char c = s.charAt(i);
            if (c == '{' || c == '[') {
                open.push(c);
                opened = true;
            } else if (c == '}' || c == ']') {
                char pair = c == '}' ? '{' : '[';
                if (!open.contains(pair)) {
                    // nothing of its kind is open: the bracket closes nothing
                    return opened ? i : -1;
                }
                if (open.peek() != pair) {
                    // one of its kind is open further out: the one inside was left open, which is another slip
                    return -1;
                }
                open.pop();
            }
        }
        return -1;
    }

    /**
     * The index of the bracket of the line that is left open: one whose closing bracket is missing at the end of
     * the line, or that another kind of closing bracket meets first; -1 when they all pair.
     */
    static int unclosed(String s) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int i : outsideQuotes(s)) {
            char c = s.charAt(i);
            if (c == '{' || c == '[') {
                open.push(i);
            } else if (c == '}' || c == ']') {
                if (open.isEmpty()) {
                    return -1;
                }
                char want = s.charAt(open.peek()) == '{' ? '}' : ']';
                if (c != want) {
                    return open.peek();
                }
                open.pop();
            }
        }
        return open.isEmpty() ? -1 : open.peek();
    }

    /** The indexes of the characters of a line that are neither inside quotes nor in a comment. */
    private static List<Integer> outsideQuotes(String s) {
        List<Integer> out = new ArrayList<>();
        char quote = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '#' && (i == 0 || s.charAt(i - 1) == ' ')) {
                break;
            } else {
                out.add(i);
            }
        }
        return out;
    }

    /** The parser's complaint in Chinese, for what no slip explains. */
    static String translate(String parser) {
        String p = parser.toLowerCase(java.util.Locale.ROOT);
        if (p.contains("mapping values are not allowed")) {
            return "这里不该有“: ”（一个值里有冒号加空格时，整个值要加引号）";
        }
        if (p.contains("could not find expected ':'")) {
            return "这一行找不到“: ”，不像“字段: 值”";
        }
        if (p.contains("expected ',' or '}'")) {
            return "一组字段 { } 没有正确结束：少了逗号或“}”";
        }
        if (p.contains("expected ',' or ']'")) {
            return "一个列表 [ ] 没有正确结束：少了逗号或“]”";
        }
        if (p.contains("cannot start any token")) {
            return "这个字符不能放在值的开头（值以 @ ` % 等符号开头时要加引号）";
        }
        if (p.contains("expected <block end>")
                || p.contains("did not find expected key")
                || p.contains("expected <document start>")) {
            return "缩进不对：同一层的字段要对齐，下一层要多缩进两格";
        }
        if (p.contains("unexpected end of stream") || p.contains("found unexpected end")) {
            return "文件在一个引号或括号中途就结束了";
        }
        if (p.contains("did not find expected '-'")) {
            return "列表的每一项要以“- ”开头，并且对齐";
        }
        return "无法解析";
    }
}
