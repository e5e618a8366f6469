package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nj12320.bulletin.model.Blank;
import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.ColumnType;
import org.nj12320.bulletin.model.Figures;
import org.nj12320.bulletin.model.Reference;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.Value;

/**
 * Reads the figures of a prose section by the schema of its template ({@link FigureSchema}): every figure
 * is read and checked as a table column of its type is (a count is a whole number of zero or more, written
 * in digits alone), a field the schema does not name is reported as a typo, and a figure that must be
 * there and is not is reported. Also reads the checks that say which figures are parts of which.
 */
final class FiguresReader {
    private final Problems problems;
    private final ValueReader values;
    private Set<String> optional = Set.of();
    private final Set<String> ofThePeriod = new java.util.LinkedHashSet<>();

    FiguresReader(Problems problems) {
        this.problems = problems;
        this.values = new ValueReader(problems);
    }

    /** @param titleRef where the title was written, or null when there is none */
    record Result(String title, Figures figures, SourceRef titleRef) {}

    Result read(YNode root, FigureSchema schema) {
        Fields f = Fields.of(root, problems, "数字文件");
        f.know(AcknowledgementReader.KEY);
        SourceRef titleRef = f.node("title").map(YNode::ref).orElse(null);
        String title = f.text("title", false);
        Map<String, SourceRef> refs = new LinkedHashMap<>();
        List<Figures.Same> same = new ArrayList<>();
        for (YNode c : f.list("same", false)) {
            Fields sf = Fields.of(c, problems, "same");
            String figure = sf.text("figure", true);
            String as = sf.text("as", true);
            sf.finish();
            if (figure != null && as != null) {
                same.add(new Figures.Same(figure.strip(), new Reference(as.strip(), sf.refOf("as")), sf.ref()));
            }
        }
        // a figure that is the same as another need not be written
        optional = same.stream().map(Figures.Same::figure).collect(java.util.stream.Collectors.toSet());
        Object tree = f.required("figures", "补上 figures:，其下缩进写各项数字")
                // the places named in the words of the schema's labels, for every message about them
                .map(n -> YNode.relabel(n, r -> r.withPath(FigureSchema.labelled(r.path(), schema))))
                .map(n -> value(n, schema, "", refs))
                .orElse(null);
        List<Figures.FigureCheck> checks = new ArrayList<>();
        for (YNode c : f.list("checks", false)) {
            Fields cf = Fields.of(c, problems, "核对项");
            String parts = cf.text("parts", true);
            String whole = cf.text("whole", true);
            boolean exact = cf.flag("exact");
            cf.finish();
            if (parts != null && whole != null) {
                checks.add(new Figures.FigureCheck(parts.strip(), whole.strip(), exact, cf.ref()));
            }
        }
        f.finish();
        @SuppressWarnings("unchecked")
        Map<String, Object> map = tree instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return new Result(title, new Figures(map, refs, checks, same, ofThePeriod), titleRef);
    }

    /** The value of a node by its schema; null when it is wrong (and reported). */
    private Object value(YNode node, FigureSchema schema, String path, Map<String, SourceRef> refs) {
        refs.put(path, node.ref());
        if (schema instanceof FigureSchema.Group g) {
            return group(node, g, path, refs);
        }
        if (schema instanceof FigureSchema.ListOf l) {
            if (!(node instanceof YNode.YList list)) {
                problems.error(node.ref(), "此处应为列表（每项一行，以 - 开头），实为" + node.describe(), "");
                return null;
            }
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < list.items().size(); i++) {
                Object v = value(namedByItsName(list.items().get(i)), l.item(), path + "[" + i + "]", refs);
                if (v != null) {
                    out.add(v);
                }
            }
            return out;
        }
        if (schema instanceof FigureSchema.Flag) {
            if (node instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.BOOLEAN) {
                return Boolean.parseBoolean(s.text().toLowerCase());
            }
            problems.error(node.ref(), "应为 true 或 false，实为" + node.describe(), "");
            return null;
        }
        return scalar(node, (FigureSchema.Scalar) schema, path);
    }

    /**
     * An item of a list whose places name it as well as its number ({@code breakdown[2]（电话预约）}, said as
     * 第 3 项（电话预约）), when it has a name; as a table's row names its unit.
     */
    private static YNode namedByItsName(YNode item) {
        if (!(item instanceof YNode.YMap m)
                || !(m.get("name") instanceof YNode.YScalar s)
                || s.text().isBlank()) {
            return item;
        }
        return YNode.named(item, s.text().strip());
    }

    private Map<String, Object> group(YNode node, FigureSchema.Group g, String path, Map<String, SourceRef> refs) {
        Fields f = Fields.of(node, problems, path.isEmpty() ? "figures:" : "“" + path + "”");
        Map<String, Object> out = new LinkedHashMap<>();
        g.fields().forEach((name, schema) -> {
            boolean optional = g.optional().contains(name) || this.optional.contains(YamlReader.join(path, name));
            Optional<YNode> n = optional ? f.node(name) : f.required(name, "补上 " + name + ":" + hint(schema));
            if (n.isEmpty() || (optional && n.get() instanceof YNode.YScalar s && s.isNull())) {
                return;
            }
            Object v = value(n.get(), schema, YamlReader.join(path, name), refs);
            if (v != null) {
                out.put(name, v);
            }
        });
        f.finish();
        return out;
    }

    private static String hint(FigureSchema schema) {
        if (schema instanceof FigureSchema.Scalar s) {
            return s.type().numeric() ? " 及其数字" : " 及文字";
        }
        return schema instanceof FigureSchema.ListOf ? "，其下每项一行，以 - 开头" : "，其下缩进写各项";
    }

    /** One figure, read and checked as a table column of the same type. */
    private Object scalar(YNode node, FigureSchema.Scalar schema, String path) {
        ColumnType type = schema.type();
        if (node instanceof YNode.YScalar s && s.isNull()) {
            problems.error(node.ref(), "这一项须填写：模板要把它写进段落", "填上" + (type.numeric() ? "数字" : "文字") + "；确实没有时删去这一项，或改写模板");
            return null;
        }
        String name = path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
        SourceRef ref = node.ref();
        Column.Leaf column = switch (type) {
            case COUNT -> new Column.Count(name, path, name, null, null, ref);
            case DECIMAL -> new Column.Decimal(name, path, name, 2, null, null, ref);
            case RATE -> new Column.Rate(name, path, name, 2, ref);
            case TEXT -> new Column.Text(name, path, name, ref);
            // not a figure's type (ColumnType.figure): the schema reader never makes one
            case NAME, FRACTION, RANK, SUM -> throw new IllegalStateException("not a figure's type: " + type);
        };
        if (schema.ofThePeriod()) {
            ofThePeriod.add(path);
        }
        Value v = values.read(column, node);
        if (v == null || v.isMissing()) {
            return null;
        }
        if (!type.numeric() && Blank.isBlank(v.text())) {
            problems.error(
                    node.ref(),
                    Blank.MESSAGE,
                    schema.ofThePeriod() ? "写上本期的（上一期的这一项是那时的事，没有照抄）；本期没有时删去这一项" : "写上本期的文字");
            return null;
        }
        return v.raw() instanceof BigDecimal b ? b : v.text();
    }
}
