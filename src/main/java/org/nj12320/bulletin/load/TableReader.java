package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.ColumnType;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Value;

/**
 * Reads a table file: its column tree, order, total row, notes and rows. Values are checked one by one here
 * (a count is a whole number of zero or more, a rate lies between 0 and 100); how they add up is checked when
 * the table is computed.
 */
final class TableReader {
    private final Problems problems;

    TableReader(Problems problems) {
        this.problems = problems;
    }

    TableData read(YNode root, String id) {
        Fields f = Fields.of(root, problems, "表格文件");
        String title = f.text("title", true);
        String subtitle = f.text("subtitle", false);

        List<Column> written = new ArrayList<>();
        for (YNode c : f.list("columns", true)) {
            Column col = column(c, "");
            if (col != null) {
                written.add(col);
            }
        }
        List<Column.Leaf> leaves = flatten(written);
        Map<String, Column.Leaf> byPath = new LinkedHashMap<>();
        for (Column.Leaf leaf : leaves) {
            if (byPath.put(leaf.path(), leaf) != null) {
                problems.error(leaf.ref(), "有两列都叫“" + leaf.path() + "”",
                        "每列起一个不同的 name；表头要印相同文字时用 label:");
            }
        }
        List<Column> columns = resolveReferences(written, byPath);
        leaves = flatten(columns);
        byPath.clear();
        leaves.forEach(l -> byPath.putIfAbsent(l.path(), l));
        if (leaves.stream().noneMatch(l -> l.type() == ColumnType.NAME) && !leaves.isEmpty()) {
            problems.error(f.refOf("columns"), "表中没有 type: name 的列（每行的单位、区或渠道名称）",
                    "在写名称的那一列加上 type: name");
        }

        String orderBy = null;
        boolean ascending = false;
        Optional<YNode> order = f.node("order");
        if (order.isPresent()) {
            if (order.get() instanceof YNode.YScalar s && !s.isNull()) {
                orderBy = resolve(s.text(), "", byPath, s.ref(), "order");
            } else if (order.get() instanceof YNode.YMap) {
                Fields of = Fields.of(order.get(), problems, "order");
                String by = of.text("by", true);
                ascending = of.flag("ascending");
                of.finish();
                if (by != null) {
                    orderBy = resolve(by, "", byPath, of.ref(), "order.by");
                }
            } else {
                problems.error(order.get().ref(), "order 应写排序所依据的列名", "例如 order: 小计");
            }
            if (orderBy != null && !byPath.get(orderBy).type().numeric()) {
                problems.error(order.get().ref(), "只能按数字列排序，“" + orderBy + "”不是数字列", "");
                orderBy = null;
            }
        }

        TableData.TotalSpec total = null;
        Optional<YNode> totalNode = f.node("total");
        if (totalNode.isPresent()) {
            if (totalNode.get() instanceof YNode.YScalar s && !s.isNull()) {
                total = new TableData.TotalSpec(s.text(), Map.of(), s.ref());
            } else {
                Fields tf = Fields.of(totalNode.get(), problems, "total");
                String label = tf.text("label", true);
                Map<String, Value> given = new LinkedHashMap<>();
                tf.map("given", false).ifPresent(g -> {
                    readValues(g, columns, given, true);
                    g.finish();
                });
                tf.finish();
                total = new TableData.TotalSpec(label == null ? "合计" : label, given, tf.ref());
            }
        }

        List<String> notes = new ArrayList<>();
        for (YNode n : f.list("notes", false)) {
            if (n instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.STRING) {
                notes.add(Texts.clean(s.text(), s.ref(), problems));
            } else {
                problems.error(n.ref(), "注释应为一行文字，实为" + n.describe(), "");
            }
        }
        Map<String, Value> figures = new LinkedHashMap<>();
        f.map("figures", false).ifPresent(ff -> {
            for (String key : ff.keys()) {
                YNode v = ff.node(key).orElseThrow();
                BigDecimal num = ff.number(v, false, "数字");
                if (num != null) {
                    figures.put(key, new Value(num, v.ref()));
                }
            }
        });

        List<TableData.RowBound> rowBounds = new ArrayList<>();
        for (YNode c : f.list("checks", false)) {
            Fields cf = Fields.of(c, problems, "核对项");
            String row = cf.text("row", true);
            String atMost = cf.text("at_most", true);
            cf.finish();
            if (row != null && atMost != null) {
                rowBounds.add(new TableData.RowBound(row.strip(), atMost.strip(), cf.ref()));
            }
        }

        List<TableData.Row> rows = new ArrayList<>();
        List<YNode> rowNodes = f.list("rows", true);
        for (int i = 0; i < rowNodes.size(); i++) {
            YNode r = rowNodes.get(i);
            Fields rf = Fields.of(r, problems, "第 " + (i + 1) + " 行数据");
            Map<String, Value> values = new LinkedHashMap<>();
            readValues(rf, columns, values, false);
            rf.finish();
            rows.add(new TableData.Row(i, values, r.ref()));
        }
        f.finish();
        return new TableData(id, title, subtitle, columns, orderBy, ascending, total, notes, figures, rowBounds, rows, f.ref());
    }

    /** Reads one column entry: a plain name (a count column), or a mapping. */
    private Column column(YNode node, String prefix) {
        if (node instanceof YNode.YScalar s && s.kind() != YNode.YScalar.Kind.NULL) {
            String name = s.text().strip();
            return checkName(name, s.ref())
                    ? new Column.Leaf(name, YamlReader.join(prefix, name), name, ColumnType.COUNT, 0, null, List.of(), null, false, s.ref())
                    : null;
        }
        Fields f = Fields.of(node, problems, "列定义");
        if (f.keys().contains("group")) {
            String name = f.text("group", true);
            String label = f.text("label", false);
            List<Column> children = new ArrayList<>();
            String path = name == null ? prefix : YamlReader.join(prefix, name);
            for (YNode c : f.list("columns", true)) {
                Column col = column(c, path);
                if (col != null) {
                    children.add(col);
                }
            }
            f.finish();
            if (name == null || !checkName(name, f.ref())) {
                return null;
            }
            return new Column.Group(name, label == null ? name : label, children, f.ref());
        }
        String name = f.text("name", true);
        String label = f.text("label", false);
        String typeText = f.text("type", false);
        ColumnType type = ColumnType.COUNT;
        if (typeText != null) {
            try {
                type = ColumnType.valueOf(typeText.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                List<String> names = new ArrayList<>();
                for (ColumnType t : ColumnType.values()) {
                    names.add(t.name().toLowerCase(Locale.ROOT));
                }
                problems.error(f.refOf("type"), "未知的列类型“" + typeText + "”",
                        Suggest.nearest(typeText, names).map(s -> "是否应为 " + s + "？").orElse("")
                                + "可用的类型：" + String.join("、", names));
            }
        }
        Long decimalsL = f.count("decimals", false, 6);
        int decimals = decimalsL != null ? decimalsL.intValue() : type == ColumnType.RATE ? 2 : type == ColumnType.DECIMAL ? 2 : 0;
        Integer whole = null;
        List<String> sumOf = new ArrayList<>();
        Optional<YNode> of = f.node("of");
        if (type == ColumnType.FRACTION) {
            Long w = f.count("of", true, 1000);
            whole = w == null ? null : w.intValue();
        } else if (type == ColumnType.SUM) {
            for (YNode p : f.list("of", true)) {
                if (p instanceof YNode.YScalar s && !s.isNull()) {
                    sumOf.add(s.text().strip());
                } else {
                    problems.error(p.ref(), "of: 应列出要相加的列名，实为" + p.describe(), "");
                }
            }
            if (sumOf.isEmpty()) {
                problems.error(f.refOf("of"), "求和列须写明由哪些列相加", "写作 of: [列甲, 列乙]");
            }
        } else if (of.isPresent()) {
            problems.error(f.refOf("of"), "只有 sum 和 fraction 列才有 of:", "");
        }
        String atMost = f.text("at_most", false);
        String ties = f.text("ties", false);
        boolean shared = false;
        if (ties != null) {
            if (type != ColumnType.RANK) {
                problems.error(f.refOf("ties"), "只有 rank 列才有 ties:", "");
            } else if (ties.equals("shared")) {
                shared = true;
            } else if (!ties.equals("sequential")) {
                problems.error(f.refOf("ties"), "ties 应为 shared 或 sequential，实为“" + ties + "”",
                        "shared：数值相同者并列（1、2、2、4）；sequential：依次编号（1、2、3、4）");
            }
        }
        f.finish();
        if (name == null || !checkName(name, f.ref())) {
            return null;
        }
        return new Column.Leaf(name, YamlReader.join(prefix, name), label == null ? name : label, type, decimals, whole,
                sumOf, atMost, shared, f.ref());
    }

    private boolean checkName(String name, SourceRef ref) {
        if (name.isBlank() || name.contains(".")) {
            problems.error(ref, "列名不能为空，也不能含英文句点：“" + name + "”",
                    "of:、at_most:、order: 中用句点分隔分组名和列名");
            return false;
        }
        return true;
    }

    /** Replaces the names in of: and at_most: by full column paths, reporting those that name no column. */
    private List<Column> resolveReferences(List<Column> columns, Map<String, Column.Leaf> byPath) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            if (c instanceof Column.Group g) {
                out.add(new Column.Group(g.name(), g.label(), resolveReferences(g.children(), byPath), g.ref()));
            } else if (c instanceof Column.Leaf l) {
                String prefix = l.path().contains(".") ? l.path().substring(0, l.path().lastIndexOf('.')) : "";
                List<String> sumOf = new ArrayList<>();
                for (String p : l.sumOf()) {
                    String r = resolve(p, prefix, byPath, l.ref(), l.path() + ".of");
                    if (r != null) {
                        Column.Leaf part = byPath.get(r);
                        if (!part.type().summable()) {
                            problems.error(l.ref(), "求和列“" + l.path() + "”所加的“" + r + "”不是数量或金额列", "");
                        } else {
                            sumOf.add(r);
                        }
                    }
                }
                // at_most is either a fixed bound (the days of a month) or another column of the row
                String atMost = l.atMost() == null || l.atMost().strip().matches("\\d+") ? l.atMost()
                        : resolve(l.atMost(), prefix, byPath, l.ref(), l.path() + ".at_most");
                out.add(new Column.Leaf(l.name(), l.path(), l.label(), l.type(), l.decimals(), l.whole(), sumOf, atMost,
                        l.sharedRanks(), l.ref()));
            }
        }
        return out;
    }

    /** Finds a column by full path, by its name beside the referring column, or by a name no other column has. */
    private String resolve(String name, String prefix, Map<String, Column.Leaf> byPath, SourceRef ref, String field) {
        String n = name.strip();
        if (byPath.containsKey(n)) {
            return n;
        }
        String sibling = YamlReader.join(prefix, n);
        if (byPath.containsKey(sibling)) {
            return sibling;
        }
        List<String> matches = byPath.keySet().stream().filter(p -> p.endsWith("." + n)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        problems.error(ref.child(field), matches.isEmpty() ? "没有名为“" + n + "”的列"
                        : "“" + n + "”可能指以下任一列：" + String.join("、", matches),
                matches.isEmpty() ? Suggest.nearest(n, byPath.keySet()).map(s -> "是否应为“" + s + "”？").orElse("表中的列：" + String.join("、", byPath.keySet()))
                        : "连分组名一起写，如 " + matches.get(0));
        return null;
    }

    private static List<Column.Leaf> flatten(List<Column> columns) {
        List<Column.Leaf> out = new ArrayList<>();
        for (Column c : columns) {
            if (c instanceof Column.Leaf l) {
                out.add(l);
            } else if (c instanceof Column.Group g) {
                out.addAll(flatten(g.children()));
            }
        }
        return out;
    }

    /**
     * Reads a row's (or the given total's) values, column by column. Raw columns must be present; computed
     * ones may be, as the source's own figures to check.
     */
    private void readValues(Fields f, List<Column> columns, Map<String, Value> out, boolean totals) {
        for (Column c : columns) {
            if (c instanceof Column.Group g) {
                Optional<Fields> sub = totals ? f.map(g.name(), false) : f.map(g.name(), true);
                sub.ifPresent(s -> {
                    readValues(s, g.children(), out, totals);
                    s.finish();
                });
                continue;
            }
            Column.Leaf leaf = (Column.Leaf) c;
            if (leaf.type() == ColumnType.RANK) {
                f.node(leaf.name()).ifPresent(n -> problems.error(n.ref(), "“" + leaf.name() + "”由程序按排序计算，不应填写",
                        "从这一行删去它"));
                continue;
            }
            boolean required = !totals && !leaf.type().computed();
            if (totals && !leaf.type().summable()) {
                f.node(leaf.name()).ifPresent(n -> problems.error(n.ref(), "“" + leaf.path() + "”列没有合计",
                        "从 given 中删去它"));
                continue;
            }
            Optional<YNode> node = required
                    ? f.required(leaf.name(), "补上 " + leaf.name() + ": 及其数字；该项不存在时写 ~")
                    : f.node(leaf.name());
            if (node.isEmpty()) {
                continue;
            }
            Value v = value(leaf, node.get(), f);
            if (v != null) {
                out.put(leaf.path(), v);
            }
        }
    }

    private Value value(Column.Leaf leaf, YNode node, Fields f) {
        SourceRef ref = node.ref();
        if (node instanceof YNode.YScalar s && s.isNull()) {
            if (leaf.type() == ColumnType.NAME) {
                problems.error(ref, "这一行没有" + leaf.name(), "写上单位名称");
                return null;
            }
            return Value.missing(ref);
        }
        switch (leaf.type()) {
            case NAME, TEXT -> {
                String t = f.asText(node);
                if (t == null || t.isBlank()) {
                    if (t != null) {
                        problems.error(ref, leaf.name() + "为空", "");
                    }
                    return null;
                }
                return new Value(t.strip(), ref);
            }
            case COUNT, SUM -> {
                BigDecimal n = f.number(node, false, "非负整数");
                if (n == null) {
                    return null;
                }
                if (n.signum() < 0) {
                    problems.error(ref, "数量不能为负数，实为 " + n.toPlainString(),
                            "更正该数字；该项不存在时写 ~");
                    return null;
                }
                if (n.stripTrailingZeros().scale() > 0) {
                    problems.error(ref, "应为整数，实为 " + n.toPlainString(), "");
                    return null;
                }
                return new Value(n, ref);
            }
            case DECIMAL -> {
                BigDecimal n = f.number(node, false, "数字");
                if (n == null) {
                    return null;
                }
                if (n.signum() < 0) {
                    problems.error(ref, "不能为负数，实为 " + n.toPlainString(), "更正该数字");
                    return null;
                }
                if (n.scale() > leaf.decimals()) {
                    problems.error(ref, "小数位多于本列所印的 " + leaf.decimals() + " 位：" + n.toPlainString(),
                            "按印出的位数四舍五入后再填");
                    return null;
                }
                return new Value(n, ref);
            }
            case RATE -> {
                BigDecimal n = f.number(node, true, "百分数");
                if (n == null) {
                    return null;
                }
                if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100)) > 0) {
                    problems.error(ref, "比率为 " + n.toPlainString() + "%，超出 0–100% 的范围",
                            "以百分数填写，98.30% 写作 98.30");
                    return null;
                }
                return new Value(n, ref);
            }
            case FRACTION -> {
                BigDecimal n = f.number(node, false, "0 到 " + leaf.whole() + " 之间的整数");
                if (n == null) {
                    return null;
                }
                if (n.signum() < 0 || n.stripTrailingZeros().scale() > 0 || (leaf.whole() != null && n.compareTo(BigDecimal.valueOf(leaf.whole())) > 0)) {
                    problems.error(ref, "应为 0 到 " + leaf.whole() + " 之间的整数，实为 " + n.toPlainString(),
                            "填写 " + leaf.whole() + " 项中的项数，印作“n/" + leaf.whole() + "”");
                    return null;
                }
                return new Value(n, ref);
            }
            default -> {
                return null;
            }
        }
    }
}
