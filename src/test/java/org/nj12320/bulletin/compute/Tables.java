package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Value;

/** Builds small tables for the computation tests. */
final class Tables {
    static final SourceRef HERE = new SourceRef("test.yaml", 1, 1, "");

    private Tables() {}

    static Column.Leaf name(String n) {
        return new Column.Name(n, n, n, HERE);
    }

    private static String nameOf(String path) {
        return path.contains(".") ? path.substring(path.lastIndexOf('.') + 1) : path;
    }

    static Column.Leaf count(String path) {
        return new Column.Count(nameOf(path), path, nameOf(path), null, null, HERE);
    }

    static Column.Leaf rate(String path) {
        return new Column.Rate(nameOf(path), path, nameOf(path), 2, HERE);
    }

    static Column.Leaf decimal(String path) {
        return new Column.Decimal(nameOf(path), path, nameOf(path), 2, null, null, HERE);
    }

    static Column.Leaf fraction(String path, int whole) {
        return new Column.Fraction(nameOf(path), path, nameOf(path), whole, HERE);
    }

    /** A count column that may not exceed another column (by path) or a fixed number (digits). */
    static Column.Leaf atMost(String path, String bound) {
        Column.Bound b = bound.matches("\\d+")
                ? new Column.Bound.Fixed(new BigDecimal(bound))
                : new Column.Bound.OfColumn(bound);
        return new Column.Count(nameOf(path), path, nameOf(path), b, null, HERE);
    }

    static Column.Leaf rank(boolean shared) {
        return new Column.Rank("序号", "序号", "序号", shared, HERE);
    }

    static Column.Leaf sum(String path, String... parts) {
        return new Column.Sum(nameOf(path), path, nameOf(path), List.of(parts), null, HERE);
    }

    /** Computes a table of an issue of March 2023. */
    static TableComputer.Result compute(TableData table) {
        return TableComputer.compute(
                table, new PeriodWords(Period.parse("2023-03").orElseThrow()));
    }

    static Column.Group group(String name, Column... children) {
        return new Column.Group(name, name, List.of(children), HERE);
    }

    /** A row from alternating paths and values; a value of null is a missing figure ({@code ~}). */
    static Map<String, Object> row(Object... kv) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }

    static TableData table(
            List<Column> columns, String orderBy, Map<String, Object> givenTotal, List<Map<String, Object>> rows) {
        List<TableData.Row> out = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            out.add(new TableData.Row(
                    i, values(rows.get(i), i + 2), new SourceRef("test.yaml", i + 2, 3, "rows[" + i + "]")));
        }
        TableData.TotalSpec total = givenTotal == null
                ? null
                : new TableData.TotalSpec("合计", values(givenTotal, 99), new SourceRef("test.yaml", 99, 1, "total"));
        return new TableData(
                "t",
                "测试表",
                null,
                columns,
                orderBy,
                false,
                total,
                List.of(),
                out,
                HERE,
                Map.of(),
                TableData.Checks.NONE);
    }

    private static Map<String, Value> values(Map<String, Object> raw, int line) {
        Map<String, Value> v = new LinkedHashMap<>();
        raw.forEach((k, x) -> {
            SourceRef ref = new SourceRef("test.yaml", line, 5, k);
            v.put(
                    k,
                    x == null
                            ? Value.missing(ref)
                            : new Value(
                                    x instanceof String s && !s.matches("[0-9.]+") ? s : new BigDecimal(x.toString()),
                                    ref));
        });
        return v;
    }
}
