package org.nj12320.bulletin.model;

/**
 * A field's path inside a data file ({@code rows[16]（南京市中西医结合医院）.电话预约}, {@code total.given.小计}) in the
 * words an editor uses for it (第 17 行（南京市中西医结合医院）的“电话预约”, 原表所印合计的“小计”): rows and items
 * counted from 1, the source's own figures called so. Paths of fields that the editor types by name (title,
 * printed) stay as they are.
 */
final class FieldWords {
    /**
     * A path's first segment and what follows it: a name, an index, the name the loader put beside the index
     * (a table row's unit, a list item's own name, which may hold brackets of its own: 南京市江宁医院（湖山路）),
     * and the rest of the path after a dot; index, name beside it and rest may be null.
     */
    private record Head(String name, String index, String unit, String rest) {}

    /**
     * The head of a path, or null when the path is not so made.
     *
     * @param dotted whether the name may hold dots ({@code province.cities[1]}), up to its index
     */
    private static Head head(String path, boolean dotted) {
        int i = 0;
        while (i < path.length()
                && path.charAt(i) != '['
                && path.charAt(i) != '（'
                && (dotted || path.charAt(i) != '.')) {
            i++;
        }
        if (i == 0) {
            return null;
        }
        String name = path.substring(0, i);
        String index = null;
        if (i < path.length() && path.charAt(i) == '[') {
            int close = path.indexOf(']', i);
            if (close < 0 || !path.substring(i + 1, close).matches("\\d+")) {
                return null;
            }
            index = path.substring(i + 1, close);
            i = close + 1;
        }
        String unit = null;
        if (i < path.length() && path.charAt(i) == '（') {
            int depth = 0;
            int start = i;
            do {
                char c = path.charAt(i);
                depth += c == '（' ? 1 : c == '）' ? -1 : 0;
                i++;
            } while (depth > 0 && i < path.length());
            if (depth > 0) {
                return null;
            }
            unit = path.substring(start, i);
        }
        if (i == path.length()) {
            return new Head(name, index, unit, null);
        }
        return path.charAt(i) == '.' ? new Head(name, index, unit, path.substring(i + 1)) : null;
    }

    private FieldWords() {}

    static String of(String path) {
        if (path == null || path.isEmpty()) {
            return "";
        }
        Head h = head(path, false);
        if (h == null) {
            return path;
        }
        String name = h.name();
        String index = h.index();
        String unit = h.unit() == null ? "" : h.unit();
        String rest = h.rest();
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
            // a row's field is a column, its groups' names first
            return item + "的" + (name.equals("rows") ? Column.Leaf.said(rest) : "“" + rest + "”");
        }
        if (name.equals("total")) {
            if (rest == null) {
                return "合计行";
            }
            if (rest.equals("given")) {
                return "原表所印合计";
            }
            if (rest.startsWith("given.")) {
                return "原表所印合计的" + Column.Leaf.said(rest.substring("given.".length()));
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

    /**
     * A prose figure by the names its file gives it, its list items counted from 1 and named by their own
     * name: {@code breakdown[2]（电话预约）.count} is 数字“breakdown”第 3 项（电话预约）的“count”.
     */
    private static String figure(String path) {
        Head h = head(path, true);
        if (h == null || h.index() == null) {
            // a field of a group: 数字“全省 12320”的“接听电话”
            return "数字“" + path.replace(".", "”的“") + "”";
        }
        String said = "数字“" + h.name().replace(".", "”的“") + "”第 " + (Integer.parseInt(h.index()) + 1) + " 项"
                + (h.unit() == null ? "" : h.unit());
        return h.rest() == null ? said : said + "的" + rest(h.rest());
    }

    /** The fields within a list item, an item of a list among them counted from 1: “work”第 2 项的“count”. */
    private static String rest(String path) {
        StringBuilder out = new StringBuilder();
        for (String part : path.split("\\.")) {
            java.util.regex.Matcher m =
                    java.util.regex.Pattern.compile("(.+?)\\[(\\d+)](（.*）)?").matcher(part);
            if (out.length() > 0) {
                out.append("的");
            }
            if (m.matches()) {
                out.append("“")
                        .append(m.group(1))
                        .append("”第 ")
                        .append(Integer.parseInt(m.group(2)) + 1)
                        .append(" 项");
                if (m.group(3) != null) {
                    out.append(m.group(3));
                }
            } else {
                out.append("“").append(part).append("”");
            }
        }
        return out.toString();
    }
}
