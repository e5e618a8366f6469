package org.nj12320.bulletin.model;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field's path inside a data file ({@code rows[16]（南京市中西医结合医院）.电话预约}, {@code total.given.小计}) in the
 * words an editor uses for it (第 17 行（南京市中西医结合医院）的“电话预约”, 原表所印合计的“小计”): rows and items
 * counted from 1, the source's own figures called so. Paths of fields that the editor types by name (title,
 * printed) stay as they are.
 */
final class FieldWords {
    /** A path's first segment: a name, an index, and the unit a table's row names (put there by the loader). */
    private static final Pattern HEAD = Pattern.compile("([^.\\[（]+)(?:\\[(\\d+)])?(（[^）]*）)?(?:\\.(.*))?");

    private FieldWords() {}

    static String of(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        Matcher m = HEAD.matcher(path);
        if (!m.matches()) {
            return path;
        }
        String name = m.group(1);
        String index = m.group(2);
        String unit = m.group(3) == null ? "" : m.group(3);
        String rest = m.group(4);
        int n = index == null ? 0 : Integer.parseInt(index) + 1;
        if (index != null) {
            String item = switch (name) {
                case "rows" -> "第 " + n + " 行" + unit;
                case "columns" -> "第 " + n + " 列";
                case "notes" -> "第 " + n + " 条注释";
                case "checks" -> "第 " + n + " 条核对";
                case "same" -> "第 " + n + " 条 same:";
                case "sections" -> "第 " + n + " 个栏目";
                case "acknowledged" -> "第 " + n + " 条已确认的差异";
                default -> "“" + name + "”的第 " + n + " 项";
            };
            if (rest == null) {
                return item;
            }
            if (name.equals("columns") && rest.startsWith("columns[")) {
                return item + "下的" + of(rest);
            }
            return item + "的“" + rest + "”";
        }
        if (name.equals("total")) {
            if (rest == null) {
                return "合计行";
            }
            if (rest.equals("given")) {
                return "原表所印合计";
            }
            if (rest.startsWith("given.")) {
                return "原表所印合计的“" + rest.substring("given.".length()) + "”";
            }
            if (rest.equals("label")) {
                return "合计行的名称";
            }
        }
        if (name.equals("figures") && rest != null) {
            if (rest.endsWith(".given")) {
                return "原表所印的“" + rest.substring(0, rest.length() - ".given".length()) + "”";
            }
            return figure(rest);
        }
        return path;
    }

    /** An item of a list of prose figures and what is in it. */
    private static final Pattern ITEM = Pattern.compile("([^\\[（]+)\\[(\\d+)](（[^）]*）)?(?:\\.(.*))?");

    /**
     * A prose figure by the names its file gives it, its list items counted from 1 and named by their own
     * name: {@code breakdown[2]（电话预约）.count} is 数字“breakdown”第 3 项（电话预约）的“count”.
     */
    private static String figure(String path) {
        Matcher m = ITEM.matcher(path);
        if (!m.matches()) {
            return "数字“" + path + "”";
        }
        String said = "数字“" + m.group(1) + "”第 " + (Integer.parseInt(m.group(2)) + 1) + " 项"
                + (m.group(3) == null ? "" : m.group(3));
        return m.group(4) == null ? said : said + "的“" + m.group(4) + "”";
    }
}
