package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.Blank;
import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Reference;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Tolerance;
import org.nj12320.bulletin.model.Value;
import org.nj12320.bulletin.world.Folder;

/**
 * Reads a table file: title, columns (by {@link ColumnReader}, their references resolved by
 * {@link ColumnReferences}), order, total row, notes, checks and rows (each value by {@link ValueReader}).
 */
final class TableReader {
    private final Problems problems;
    private final ValueReader values;
    private final Folder dir;
    private final Period period;

    /**
     * @param dir    the folder, where a table's rows may come from a spreadsheet
     * @param period the issue's, which a spreadsheet's title is checked against
     */
    TableReader(Problems problems, Folder dir, Period period) {
        this.problems = problems;
        this.values = new ValueReader(problems);
        this.dir = dir;
        this.period = period;
    }

    TableData read(YNode root, String id) {
        Fields f = Fields.of(root, problems, "表格文件");
        f.know(AcknowledgementReader.KEY);
        String title = f.text("title", true);
        String subtitle = f.text("subtitle", false);

        ColumnReader columnReader = new ColumnReader(problems);
        List<Column> written = columnReader.columns(f.list("columns", true), "");
        Map<String, Tolerance> tolerances = new LinkedHashMap<>(columnReader.tolerances());
        f.node("history").ifPresent(h -> tolerances.put("", Tolerances.read(h, problems)));
        ColumnReferences references = new ColumnReferences(written, problems);
        List<Column> columns = references.resolve(written);
        List<Column.Leaf> leaves = Column.leavesOf(columns);
        if (Column.Leaf.nameOf(leaves).isEmpty() && !leaves.isEmpty()) {
            problems.error(f.refOf("columns"), "表中没有 type: name 的列（每行的单位、区或渠道名称）", "在写名称的那一列加上 type: name");
        }

        Order order = order(f, references);
        String orderBy = order.by();
        boolean ascending = order.ascending();

        TableData.TotalSpec total = total(f, columns);

        Map<String, SourceRef> places = new LinkedHashMap<>();
        f.node("title").ifPresent(n -> places.put("title", n.ref()));
        f.node("subtitle").ifPresent(n -> places.put("subtitle", n.ref()));
        List<String> notes = notes(f, places);
        Map<String, Value> figures = new LinkedHashMap<>();
        Map<String, List<Reference>> cumulative = new LinkedHashMap<>();
        figures(f, columns, figures, cumulative);
        List<TableData.Same> same = new ArrayList<>();
        for (YNode c : f.list("same", false)) {
            Fields sf = Fields.of(c, problems, "same");
            String row = sf.text("row", true);
            String column = sf.text("column", true);
            String as = sf.text("as", true);
            sf.finish();
            String path = column == null ? null : references.resolve(column, "", sf.refOf("column"), "same.column");
            if (row != null && path != null && as != null) {
                same.add(new TableData.Same(row.strip(), path, new Reference(as.strip(), sf.refOf("as")), sf.ref()));
            }
        }

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

        List<YNode> rowNodes = List.of();
        int errorsBefore = problems.errorCount();
        Optional<YNode> rowsNode = f.required("rows", "补上 rows:，其下每行一个单位，以 - 开头；或写表格文件，如 rows: appointments.xlsx");
        if (rowsNode.isPresent() && rowsNode.get() instanceof YNode.YList l) {
            rowNodes = l.items();
        } else if (rowsNode.isPresent() && !(rowsNode.get() instanceof YNode.YScalar s && s.isNull())) {
            SheetRows.Result sheet = new SheetRows(problems, period)
                    .read(dir, rowsNode.get(), columns, total == null ? "合计" : total.label());
            rowNodes = sheet.rows();
            total = withSheetTotal(total, sheet.total(), columns, rowsNode.get().ref());
        }
        if (rowsNode.isPresent() && rowNodes.isEmpty() && problems.errorCount() == errorsBefore) {
            // a table of no rows would print its title over an empty grid and a total of nothing
            boolean sheet =
                    rowsNode.get() instanceof YNode.YScalar s && !s.isNull() || rowsNode.get() instanceof YNode.YMap;
            problems.error(
                    rowsNode.get().ref(),
                    sheet ? "表格文件的表头下面一行数据也没有" : "这张表一行数据也没有",
                    sheet
                            ? "检查存的是不是本期的表、选的是不是那张工作表（sheet:）"
                            : "在 rows: 下每行写一个单位，以 - 开头；或写表格文件，如 rows: appointments.xlsx；本期没有这张表时，从 issue.yaml 中删去它");
        }
        List<TableData.Row> rows = new ArrayList<>();
        for (int i = 0; i < rowNodes.size(); i++) {
            YNode r = namedByItsUnit(rowNodes.get(i), i, leaves);
            Fields rf = Fields.of(r, problems, "第 " + (i + 1) + " 行数据");
            Map<String, Value> values = new LinkedHashMap<>();
            readValues(rf, columns, values, false, optionalIn(r, leaves, same));
            rf.finish();
            subtotal(values, leaves);
            rows.add(new TableData.Row(i, values, r.ref()));
        }
        if (rowsNode.isPresent() && rowsNode.get() instanceof YNode.YList) {
            // a sheet's rows are questioned so as it is read, where its cells' formats say more
            proportions(rows, leaves);
        }
        f.finish();
        return new TableData(
                id,
                title,
                subtitle,
                columns,
                orderBy,
                ascending,
                total,
                notes,
                rows,
                f.ref(),
                places,
                new TableData.Checks(figures, rowBounds, tolerances, new TableData.Links(cumulative, same)));
    }

    /**
     * A rate column whose figures are all 1 or less, some of them fractions (0.983), was written as
     * proportions: it would print as 0.98%. A warning at its first such figure, as for a sheet.
     */
    private void proportions(List<TableData.Row> rows, List<Column.Leaf> leaves) {
        for (Column.Leaf l : leaves) {
            if (!l.type().percent()) {
                continue;
            }
            List<Value> numbers = rows.stream()
                    .map(r -> r.values().get(l.path()))
                    .filter(v -> v != null && v.raw() instanceof BigDecimal)
                    .toList();
            Optional<BigDecimal> column = Proportions.example(
                    numbers.stream().map(v -> (BigDecimal) v.raw()).toList());
            column.ifPresent(example -> problems.warning(
                    // at the place of the very figure found
                    numbers.stream()
                            .filter(v -> v.raw() == example)
                            .findFirst()
                            .orElseThrow()
                            .ref(),
                    Proportions.message(l.path(), example),
                    "写百分数：98.30% 写作 98.30"));
            if (column.isEmpty()) {
                // one figure among percentages written as a proportion (0.983), more finely than the column prints
                for (Value v : numbers) {
                    BigDecimal n = (BigDecimal) v.raw();
                    if (Proportions.isOne(n, l.decimals())) {
                        problems.warning(
                                v.ref(), Proportions.single(n, l.decimals()), Proportions.singleHint(n, l.decimals()));
                    }
                }
            }
        }
    }

    /** What the source calls a row that adds up others: 小计, 共计, 分计, 其中…. */
    private static final Pattern SUBTOTAL = Pattern.compile("(小计|共计|分计|总计|合计|其中).*");

    /**
     * A row named as a sum of others (a group's 小计 in the source's sheet) is not a unit: read as one, its
     * figures would be counted twice in the total. The total row the table names itself is recognised
     * before this, as the source's own totals.
     */
    private void subtotal(Map<String, Value> values, List<Column.Leaf> leaves) {
        for (Column.Leaf l : leaves) {
            if (l.type().namesRow()) {
                Value v = values.get(l.path());
                if (v != null
                        && v.raw() instanceof String s
                        && SUBTOTAL.matcher(s.replaceAll("\\s", "")).matches()) {
                    problems.error(
                            v.ref(), "“" + s.strip() + "”不是一个单位，是原表把几行加起来的一行：当作单位读进来，它的数字会在合计里算两次", "删去这一行；小计和合计由程序算出");
                }
            }
        }
    }

    /**
     * A row of YAML whose places name its unit as well as its number: {@code rows[16]（南京市中西医结合医院）}, which
     * messages say as 第 17 行（南京市中西医结合医院）. A row from a spreadsheet names its cells in words already.
     */
    private static YNode namedByItsUnit(YNode row, int i, List<Column.Leaf> leaves) {
        String prefix = "rows[" + i + "]";
        Column.Leaf name = Column.Leaf.nameOf(leaves).orElse(null);
        if (name == null
                || !(row instanceof YNode.YMap m)
                || !(m.get(name.name()) instanceof YNode.YScalar s)
                || s.text().isBlank()
                || !row.ref().path().equals(prefix)) {
            return row;
        }
        return YNode.named(row, s.text().strip());
    }

    /** How the rows are ordered: by a numeric column, largest first unless {@code ascending}. */
    private record Order(String by, boolean ascending) {}

    private Order order(Fields f, ColumnReferences references) {
        String orderBy = null;
        boolean ascending = false;
        Optional<YNode> order = f.node("order");
        if (order.isPresent()) {
            if (order.get() instanceof YNode.YScalar s && !s.isNull()) {
                // the place is the value's own, which names its field already
                orderBy = references.resolve(s.text(), "", s.ref().withPath(""), "order");
            } else if (order.get() instanceof YNode.YMap) {
                Fields of = Fields.of(order.get(), problems, "order");
                String by = of.text("by", true);
                ascending = of.flag("ascending");
                of.finish();
                if (by != null) {
                    SourceRef at = of.node("by").map(YNode::ref).orElse(of.ref());
                    orderBy = references.resolve(by, "", at.withPath(""), "order.by");
                }
            } else {
                problems.error(order.get().ref(), "order 应写排序所依据的列名", "例如 order: 小计");
            }
            if (orderBy != null && !references.column(orderBy).type().numeric()) {
                problems.error(order.get().ref(), "只能按数字列排序，“" + orderBy + "”不是数字列", "");
                orderBy = null;
            }
        }
        return new Order(orderBy, ascending);
    }

    /** The total row the file asks for ({@code total: 合计}, or with the source's own totals under given:). */
    private TableData.TotalSpec total(Fields f, List<Column> columns) {
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
                    readValues(g, columns, given, true, Set.of());
                    g.finish();
                });
                tf.finish();
                total = new TableData.TotalSpec(label == null ? "合计" : label, given, tf.ref());
            }
        }
        return total;
    }

    /** The notes under the table, each a line of text, with their places. */
    private List<String> notes(Fields f, Map<String, SourceRef> places) {
        List<String> notes = new ArrayList<>();
        for (YNode n : f.list("notes", false)) {
            places.put("notes[" + notes.size() + "]", n.ref());
            if (n instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.STRING) {
                notes.add(Texts.clean(s.text(), s.ref(), problems));
            } else {
                problems.error(n.ref(), "注释应为一行文字，实为" + n.describe(), "");
            }
        }
        return notes;
    }

    /**
     * The figures the notes print: written ({@code 互联网医院牌照: 48}), or cumulative ({@code {accumulates: 小计,
     * given: 31896389}}), into {@code figures} (the written values) and {@code cumulative} (what each adds up).
     */
    private void figures(
            Fields f, List<Column> columns, Map<String, Value> figures, Map<String, List<Reference>> cumulative) {
        f.map("figures", false).ifPresent(ff -> {
            for (String key : ff.keys()) {
                YNode v = ff.node(key).orElseThrow();
                if (v instanceof YNode.YMap) {
                    // {accumulates: 小计, given: 31896389}: the figure adds up another over the periods
                    Fields cf = Fields.of(v, problems, "figures." + key);
                    Optional<YNode> of = cf.required("accumulates", "写作 {accumulates: 列名, given: 原表的累计数}");
                    Optional<YNode> given = cf.node("given");
                    cf.finish();
                    of.ifPresent(o -> {
                        // one figure, or a list of them added together (the uploads of 区 and of 医院)
                        List<YNode> items = o instanceof YNode.YList l ? l.items() : List.of(o);
                        List<Reference> refs = new ArrayList<>();
                        for (YNode item : items) {
                            String t = cf.asText(item);
                            if (t != null && !t.isBlank()) {
                                refs.add(new Reference(t.strip(), item.ref()));
                            }
                        }
                        cumulative.put(key, refs);
                    });
                    given.ifPresent(g -> {
                        if (blank(g)) {
                            problems.error(g.ref(), Blank.MESSAGE, CHECKED_ONLY);
                            return;
                        }
                        // the source's cumulative figure is a figure of the column it adds up: a count is a
                        // whole number of zero or more, whether or not there is a period before to check it by
                        Value read = values.read(accumulated(of.orElse(null), columns, key, g.ref()), g);
                        if (read != null && read.isNumber()) {
                            figures.put(key, read);
                        }
                    });
                    continue;
                }
                // a figure the notes print ({互联网医院牌照} 家): a count
                Value read = values.read(new Column.Count(key, key, key, null, null, v.ref()), v);
                if (read != null && read.isNumber()) {
                    figures.put(key, read);
                }
            }
        });
    }

    /**
     * The total row with the totals of the sheet's 合计 row as the source's own: checked like {@code given:},
     * which then may not be written as well.
     */
    private TableData.TotalSpec withSheetTotal(
            TableData.TotalSpec total, YNode sheetTotal, List<Column> columns, SourceRef rows) {
        if (sheetTotal == null) {
            return total;
        }
        if (total == null) {
            // the source's own totals are checked whether or not the bulletin prints a total
            return new TableData.TotalSpec("合计", sheetGiven(sheetTotal, columns), sheetTotal.ref(), false);
        }
        if (!total.given().isEmpty()) {
            problems.error(
                    total.ref(),
                    "合计给了两处：total: 下的 given:，和表格中的合计行（" + sheetTotal.ref().location() + "）",
                    "删去 given:，以表格中的合计行为准");
            return total;
        }
        return new TableData.TotalSpec(total.label(), sheetGiven(sheetTotal, columns), total.ref());
    }

    private Map<String, Value> sheetGiven(YNode sheetTotal, List<Column> columns) {
        Map<String, Value> given = new LinkedHashMap<>();
        Fields g = Fields.of(sheetTotal, problems, "合计行");
        readValues(g, columns, given, true, Set.of());
        g.finish();
        return given;
    }

    /**
     * What to do with a blank where the source's own figure may stand beside a computed one: a new issue
     * blanks those too, and an editor should know they may go.
     */
    private static final String CHECKED_ONLY = "这个数字由程序算出，写在这里的是原表自己的数字，只用来核对：照原表填入；原表没有时删去这一项";

    private static boolean blank(YNode n) {
        return n instanceof YNode.YScalar s && Blank.isBlank(s.text());
    }

    /**
     * Reads a row's (or the given total's) values, column by column. Raw columns must be present; computed
     * ones may be, as the source's own figures to check.
     */
    private void readValues(
            Fields f, List<Column> columns, Map<String, Value> out, boolean totals, Set<String> optional) {
        for (Column c : columns) {
            c.match(
                    g -> {
                        // a group of computed or optional columns only (各类转诊总量) may be left out of a row
                        boolean required = !totals
                                && g.leaves().stream()
                                        .anyMatch(l -> !l.type().computed() && !optional.contains(l.path()));
                        Optional<Fields> sub = f.map(g.name(), required);
                        sub.ifPresent(s -> {
                            readValues(s, g.children(), out, totals, optional);
                            s.finish();
                        });
                        return null;
                    },
                    leaf -> {
                        readValue(f, leaf, out, totals, optional);
                        return null;
                    });
        }
    }

    /**
     * The columns a row may leave out besides the computed ones: those of its cells that are the same figure
     * as one elsewhere, and its cumulative columns, which the previous period and this one's figure make.
     */
    private static Set<String> optionalIn(YNode row, List<Column.Leaf> leaves, List<TableData.Same> same) {
        Set<String> out = new HashSet<>();
        for (Column.Leaf leaf : leaves) {
            if (leaf.accumulates() != null) {
                out.add(leaf.path());
            }
        }
        Column.Leaf name = Column.Leaf.nameOf(leaves).orElse(null);
        if (name != null && row instanceof YNode.YMap m && m.get(name.name()) instanceof YNode.YScalar s) {
            for (TableData.Same x : same) {
                if (x.row().equals(s.text().strip())) {
                    out.add(x.column());
                }
            }
        }
        return out;
    }

    private void readValue(Fields f, Column.Leaf leaf, Map<String, Value> out, boolean totals, Set<String> optional) {
        if (totals && !leaf.type().summable()) {
            f.node(leaf.name()).ifPresent(n -> problems.error(n.ref(), leaf.said() + "列没有合计", "从 given 中删去它"));
            return;
        }
        boolean required = !totals && !leaf.type().computed() && !optional.contains(leaf.path());
        Optional<YNode> node =
                required ? f.required(leaf.name(), "补上 " + leaf.name() + ": 及其数字；该项不存在时写 ~") : f.node(leaf.name());
        if (node.isEmpty()) {
            return;
        }
        if (node.get() instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.EMPTY) {
            // an empty cell of a spreadsheet: nothing written, which is fine where the program works the figure out
            if (required && leaf.type().namesRow()) {
                problems.error(node.get().ref(), "这一行没有" + leaf.name(), "写上" + leaf.name() + "的名称；不是数据的行（如说明）请删去");
            } else if (required) {
                problems.error(node.get().ref(), leaf.said() + "一格是空的", "填入本期的数字；该项不存在时填 /（印作 /）");
            }
            return;
        }
        if (!required && blank(node.get())) {
            problems.error(node.get().ref(), Blank.MESSAGE, CHECKED_ONLY);
            return;
        }
        Value v = values.read(leaf, node.get());
        if (v != null) {
            out.put(leaf.path(), v);
        }
    }

    /**
     * The column a cumulative figure adds up, when it is one of this table's, to read its given value as one of
     * that column's; else (a column of another table) a count, as every such figure of the bulletin is.
     */
    private static Column.Leaf accumulated(YNode of, List<Column> columns, String key, SourceRef at) {
        if (of instanceof YNode.YScalar s && !s.text().contains(".")) {
            for (Column.Leaf leaf : Column.leavesOf(columns)) {
                if (leaf.path().equals(s.text().strip())
                        && leaf.type().numeric()
                        && leaf.type().summable()) {
                    return leaf;
                }
            }
        }
        return new Column.Count(key, key, key, null, null, at);
    }
}
