package org.nj12320.bulletin.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.Suggest;

/**
 * Resolves the names by which columns refer to each other ({@code of:} of a sum, {@code at_most:},
 * {@code order:}) to full column paths, and checks what the references make: a sum adds up counts, amounts
 * or other sums, and no sum adds itself up, directly or through other sums.
 */
final class ColumnReferences {
    private final Problems problems;
    private final Map<String, Column.Leaf> byPath = new LinkedHashMap<>();

    /** Indexes the columns by path, reporting two columns with the same path. */
    ColumnReferences(List<Column> columns, Problems problems) {
        this.problems = problems;
        for (Column.Leaf leaf : Column.leavesOf(columns)) {
            if (byPath.putIfAbsent(leaf.path(), leaf) != null) {
                problems.error(leaf.ref(), "有两列都叫" + leaf.said(), "每列起一个不同的 name；表头要印相同文字时用 label:");
            }
        }
    }

    Column.Leaf column(String path) {
        return byPath.get(path);
    }

    /** The column tree with every reference replaced by a full path; references that name no column are dropped. */
    List<Column> resolve(List<Column> columns) {
        List<Column> out = resolveTree(columns);
        checkCycles(Column.leavesOf(out));
        return out;
    }

    private List<Column> resolveTree(List<Column> columns) {
        List<Column> out = new ArrayList<>();
        for (Column c : columns) {
            out.add(c.match(
                    g -> new Column.Group(g.name(), g.label(), resolveTree(g.children()), g.ref()), this::resolveLeaf));
        }
        return out;
    }

    private Column resolveLeaf(Column.Leaf leaf) {
        String prefix =
                leaf.path().contains(".") ? leaf.path().substring(0, leaf.path().lastIndexOf('.')) : "";
        return leaf.accept(new Column.Visitor<Column.Leaf>() {
            @Override
            public Column.Leaf name(Column.Name c) {
                return c;
            }

            @Override
            public Column.Leaf text(Column.Text c) {
                return c;
            }

            @Override
            public Column.Leaf count(Column.Count c) {
                return new Column.Count(
                        c.name(),
                        c.path(),
                        c.label(),
                        bound(c, c.atMost(), prefix),
                        accumulated(c, c.accumulates(), prefix),
                        c.ref());
            }

            @Override
            public Column.Leaf decimal(Column.Decimal c) {
                return new Column.Decimal(
                        c.name(),
                        c.path(),
                        c.label(),
                        c.decimals(),
                        bound(c, c.atMost(), prefix),
                        accumulated(c, c.accumulates(), prefix),
                        c.ref());
            }

            @Override
            public Column.Leaf rate(Column.Rate c) {
                return c;
            }

            @Override
            public Column.Leaf fraction(Column.Fraction c) {
                return c;
            }

            @Override
            public Column.Leaf rank(Column.Rank c) {
                return c;
            }

            @Override
            public Column.Leaf sum(Column.Sum c) {
                List<String> parts = new ArrayList<>();
                for (String p : c.of()) {
                    String r = resolve(p, prefix, c.ref(), c.path() + ".of");
                    if (r == null) {
                        continue;
                    }
                    if (!byPath.get(r).type().summable()) {
                        problems.error(
                                c.ref(),
                                "求和列" + c.said() + "所加的“" + r + "”不是数量、金额或求和列",
                                "of: 只列数量（count）、金额（decimal）或其他求和（sum）列");
                    } else {
                        parts.add(r);
                    }
                }
                return new Column.Sum(c.name(), c.path(), c.label(), parts, bound(c, c.atMost(), prefix), c.ref());
            }
        });
    }

    /** The column a cumulative column adds up, by its full path; null when there is none or it names none. */
    private String accumulated(Column.Leaf leaf, String name, String prefix) {
        if (name == null) {
            return null;
        }
        String r = resolve(name, prefix, leaf.ref(), leaf.path() + ".accumulates");
        if (r != null && !byPath.get(r).type().summable()) {
            problems.error(leaf.ref(), "累计列" + leaf.said() + "所累计的“" + r + "”不是数量或金额列", "");
            return null;
        }
        return r;
    }

    private Column.Bound bound(Column.Leaf leaf, Column.Bound bound, String prefix) {
        return bound == null
                ? null
                : bound.resolved(path -> resolve(path, prefix, leaf.ref(), leaf.path() + ".at_most"));
    }

    /**
     * A sum is worked out from its parts, so one that reaches itself through its parts can never be: reported
     * at the sum, with the chain that leads back to it.
     */
    private void checkCycles(List<Column.Leaf> leaves) {
        Map<String, List<String>> parts = new HashMap<>();
        Map<String, Column.Leaf> sums = new LinkedHashMap<>();
        for (Column.Leaf leaf : leaves) {
            if (!leaf.of().isEmpty()) {
                parts.put(leaf.path(), leaf.of());
                sums.put(leaf.path(), leaf);
            }
        }
        Map<String, Boolean> done = new HashMap<>();
        for (Column.Leaf sum : sums.values()) {
            List<String> chain = new ArrayList<>();
            if (reachesItself(sum.path(), parts, done, chain)) {
                String start = chain.get(chain.size() - 1);
                List<String> loop = chain.subList(chain.indexOf(start), chain.size());
                Column.Leaf at = sums.get(start);
                problems.error(
                        at.ref().child("of"),
                        loop.size() == 2 ? "求和列“" + start + "”把它自己也加在内" : "求和列互相依赖，无法算出：" + String.join(" → ", loop),
                        loop.size() == 2 ? "从 of: 中删去“" + start + "”" : "检查这几列的 of:，一列的和不能反过来用到它自己");
                // one report per loop
                loop.forEach(p -> done.put(p, true));
            }
        }
    }

    /** Depth-first search; {@code chain} ends with the path that closes a loop, when there is one. */
    private static boolean reachesItself(
            String path, Map<String, List<String>> parts, Map<String, Boolean> done, List<String> chain) {
        if (done.containsKey(path)) {
            return false;
        }
        if (chain.contains(path)) {
            chain.add(path);
            return true;
        }
        chain.add(path);
        for (String p : parts.getOrDefault(path, List.of())) {
            if (reachesItself(p, parts, done, chain)) {
                return true;
            }
        }
        chain.remove(chain.size() - 1);
        done.put(path, true);
        return false;
    }

    /** Finds a column by full path, by its name beside the referring column, or by a name no other column has. */
    String resolve(String name, String prefix, SourceRef ref, String field) {
        String n = name.strip();
        if (byPath.containsKey(n)) {
            return n;
        }
        String sibling = YamlReader.join(prefix, n);
        if (byPath.containsKey(sibling)) {
            return sibling;
        }
        List<String> matches =
                byPath.keySet().stream().filter(p -> p.endsWith("." + n)).toList();
        if (matches.size() == 1) {
            return matches.get(0);
        }
        problems.error(
                ref.child(field),
                matches.isEmpty() ? "没有名为“" + n + "”的列" : "“" + n + "”可能指以下任一列：" + String.join("、", matches),
                matches.isEmpty()
                        ? Suggest.nearest(n, byPath.keySet())
                                .map(s -> "是否应为“" + s + "”？")
                                .orElse("表中的列：" + String.join("、", byPath.keySet()))
                        : "连分组名一起写，如 " + matches.get(0));
        return null;
    }
}
