package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.ColumnType;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.Suggest;
import org.nj12320.bulletin.model.Tolerance;

/**
 * Reads the {@code columns:} of a table file into the column tree: a plain name is a count column; a mapping
 * names its type and the fields that type has; {@code group:} puts a header cell over the columns below it.
 * References to other columns ({@code of:}, {@code at_most:}) are kept as written here and resolved by
 * {@link ColumnReferences} once the whole tree is known.
 */
final class ColumnReader {
    private final Problems problems;
    private final Map<String, Tolerance> tolerances = new LinkedHashMap<>();

    ColumnReader(Problems problems) {
        this.problems = problems;
    }

    /** The {@code history:} of the columns read, by column path. */
    Map<String, Tolerance> tolerances() {
        return tolerances;
    }

    /** The columns of a list, those with errors left out (the errors are reported). */
    List<Column> columns(List<YNode> nodes, String prefix) {
        List<Column> out = new ArrayList<>();
        for (YNode c : nodes) {
            Column col = column(c, prefix);
            if (col != null) {
                out.add(col);
            }
        }
        return out;
    }

    private Column column(YNode node, String prefix) {
        if (node instanceof YNode.YScalar s && s.kind() != YNode.YScalar.Kind.NULL) {
            String name = s.text().strip();
            return checkName(name, s.ref())
                    ? new Column.Count(name, YamlReader.join(prefix, name), name, null, null, s.ref())
                    : null;
        }
        Fields f = Fields.of(node, problems, "列定义");
        if (f.keys().contains("group")) {
            return group(f, prefix);
        }
        String name = f.text("name", true);
        String label = f.text("label", false);
        ColumnType type = type(f);
        // every field of every type is known here, so that one given to the wrong type is named as such below
        Optional<YNode> decimals = f.node("decimals");
        Optional<YNode> of = f.node("of");
        Optional<YNode> atMost = f.node("at_most");
        Optional<YNode> ties = f.node("ties");
        Optional<YNode> history = f.node("history");
        Optional<YNode> accumulates = f.node("accumulates");
        f.finish();
        if (type == null || name == null || !checkName(name, f.ref())) {
            return null;
        }
        String path = YamlReader.join(prefix, name);
        String shown = label == null ? name : label;
        SourceRef ref = f.ref();
        Column.Leaf leaf = switch (type) {
            case NAME -> new Column.Name(name, path, shown, ref);
            case TEXT -> new Column.Text(name, path, shown, ref);
            case COUNT -> new Column.Count(name, path, shown, bound(f, atMost), accumulated(f, accumulates), ref);
            case DECIMAL ->
                new Column.Decimal(
                        name, path, shown, decimals(f, decimals), bound(f, atMost), accumulated(f, accumulates), ref);
            case RATE -> new Column.Rate(name, path, shown, decimals(f, decimals), ref);
            case FRACTION -> new Column.Fraction(name, path, shown, whole(f, of), ref);
            case RANK -> new Column.Rank(name, path, shown, sharedTies(f, ties), ref);
            case SUM -> new Column.Sum(name, path, shown, parts(f, of), bound(f, atMost), ref);
        };
        history.ifPresent(h -> tolerances.put(path, Tolerances.read(h, problems)));
        refuseFieldsOfOtherTypes(f, type, decimals, of, atMost, ties, accumulates);
        return leaf;
    }

    private Column group(Fields f, String prefix) {
        String name = f.text("group", true);
        String label = f.text("label", false);
        String path = name == null ? prefix : YamlReader.join(prefix, name);
        List<Column> children = columns(f.list("columns", true), path);
        f.finish();
        if (name == null || !checkName(name, f.ref())) {
            return null;
        }
        return new Column.Group(name, label == null ? name : label, children, f.ref());
    }

    private ColumnType type(Fields f) {
        String typeText = f.text("type", false);
        if (typeText == null) {
            return ColumnType.COUNT;
        }
        String t = typeText.strip().toLowerCase(Locale.ROOT);
        for (ColumnType c : ColumnType.values()) {
            if (c.keyword().equals(t)) {
                return c;
            }
        }
        List<String> names =
                Arrays.stream(ColumnType.values()).map(ColumnType::keyword).toList();
        Optional<String> meant = Suggest.nearest(typeText, names);
        problems.error(
                f.refOf("type"),
                "未知的列类型“" + typeText + "”",
                meant.map(s -> "是否应为 " + s + "？").orElse("") + "可用的类型：" + String.join("、", names));
        // read on as the type surely meant, so that the rows are not each told that the column does not exist
        // (the table is in error and never printed)
        return meant.map(m -> ColumnType.values()[names.indexOf(m)]).orElse(null);
    }

    /** The fields each type has; any other given to a column is reported, naming the types that have it. */
    private void refuseFieldsOfOtherTypes(
            Fields f,
            ColumnType type,
            Optional<YNode> decimals,
            Optional<YNode> of,
            Optional<YNode> atMost,
            Optional<YNode> ties,
            Optional<YNode> accumulates) {
        Map<ColumnType.Field, Optional<YNode>> given = new EnumMap<>(Map.of(
                ColumnType.Field.DECIMALS, decimals,
                ColumnType.Field.OF, of,
                ColumnType.Field.AT_MOST, atMost,
                ColumnType.Field.TIES, ties,
                ColumnType.Field.ACCUMULATES, accumulates));
        given.forEach((field, node) -> {
            if (node.isPresent() && !type.has(field)) {
                problems.error(
                        f.refOf(field.keyword()),
                        "只有 " + field.types() + " 列才有 " + field.keyword() + ":",
                        field == ColumnType.Field.AT_MOST && type.percent() ? "比率本身就在 0–100% 之间" : "");
            }
        });
    }

    private int decimals(Fields f, Optional<YNode> node) {
        Long d = node.isPresent() ? f.count("decimals", false, 6) : null;
        return d == null ? 2 : d.intValue();
    }

    private int whole(Fields f, Optional<YNode> node) {
        Long w = f.count("of", true, 1000);
        if (w != null && w == 0) {
            problems.error(f.refOf("of"), "fraction 列的 of: 应为正整数，实为 0", "写出总项数，如 of: 11");
            return 1;
        }
        return w == null ? 1 : w.intValue();
    }

    private List<String> parts(Fields f, Optional<YNode> node) {
        List<String> out = new ArrayList<>();
        for (YNode p : f.list("of", true)) {
            if (p instanceof YNode.YScalar s && !s.isNull()) {
                out.add(s.text().strip());
            } else {
                problems.error(p.ref(), "of: 应列出要相加的列名，实为" + p.describe(), "");
            }
        }
        if (node.isPresent() && out.isEmpty()) {
            problems.error(f.refOf("of"), "求和列须写明由哪些列相加", "写作 of: [列甲, 列乙]");
        }
        return out;
    }

    /**
     * {@code at_most:} is a number, {@value Column.Bound#DAYS} (the days of the period), or the name of
     * another column of the row.
     */
    private Column.Bound bound(Fields f, Optional<YNode> node) {
        if (node.isEmpty()) {
            return null;
        }
        String t = f.text("at_most", false);
        if (t == null || t.isBlank()) {
            return null;
        }
        String s = t.strip();
        if (s.equals(Column.Bound.DAYS)) {
            return new Column.Bound.Days();
        }
        return s.matches("\\d+(\\.\\d+)?") ? new Column.Bound.Fixed(new BigDecimal(s)) : new Column.Bound.OfColumn(s);
    }

    /** {@code accumulates:}, the column whose figures this one adds up over the periods, as written. */
    private String accumulated(Fields f, Optional<YNode> node) {
        if (node.isEmpty()) {
            return null;
        }
        String t = f.text("accumulates", false);
        return t == null || t.isBlank() ? null : t.strip();
    }

    private boolean sharedTies(Fields f, Optional<YNode> node) {
        if (node.isEmpty()) {
            return false;
        }
        String ties = f.text("ties", false);
        if ("shared".equals(ties)) {
            return true;
        }
        if (ties != null && !ties.equals("sequential")) {
            problems.error(
                    f.refOf("ties"),
                    "ties 应为 shared 或 sequential，实为“" + ties + "”",
                    "shared：数值相同者并列（1、2、2、4）；sequential：依次编号（1、2、3、4）");
        }
        return false;
    }

    private boolean checkName(String name, SourceRef ref) {
        if (name.isBlank() || name.contains(".")) {
            problems.error(ref, "列名不能为空，也不能含英文句点：“" + name + "”", "of:、at_most:、order: 中用句点分隔分组名和列名");
            return false;
        }
        return true;
    }
}
