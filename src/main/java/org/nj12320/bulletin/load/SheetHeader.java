package org.nj12320.bulletin.load;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.Suggest;
import org.nj12320.bulletin.sheet.Grid;
import org.nj12320.bulletin.sheet.GridCell;

/**
 * A sheet's header matched to a table's columns: where the header is (under a title row, over one or two rows
 * for grouped columns), which column of the sheet holds each of the table's, by name or label whatever the
 * spaces, the width of the characters or the line breaks, and what the sheet has that the table does not use.
 */
final class SheetHeader {
    /** How far down a header is looked for. */
    static final int HEADER_SEARCH = 20;

    private final String display;
    private final Grid grid;
    private final List<Column.Leaf> leaves;
    private final int depth;
    private final Problems problems;

    SheetHeader(String display, Grid grid, List<Column> columns, Problems problems) {
        this.display = display;
        this.grid = grid;
        this.leaves = Column.leavesOf(columns);
        this.depth = columns.stream().mapToInt(Column::depth).max().orElse(1);
        this.problems = problems;
        chains = new IdentityHashMap<>();
        for (Column c : columns) {
            chains(c, List.of());
        }
    }

    /** How many rows the header takes: one, or more for grouped columns. */
    int depth() {
        return depth;
    }

    /** The row of the header that names the leaf itself, below its groups', the header starting at {@code top}. */
    int rowOf(Column.Leaf leaf, int top) {
        return top + chains.get(leaf).size() - 1;
    }

    /** The leaf with the groups above it, top down. */
    List<Column> chain(Column.Leaf leaf) {
        return chains.get(leaf);
    }

    private SourceRef at(int row, int column) {
        return SourceRef.cell(display, grid.sheet(), row, column, "");
    }

    /**
     * Each leaf with the columns above it and itself, top down. Keyed by identity, like the sheet's columns in
     * {@link #match}: a leaf here is one column of this table, and a record's own hashCode would walk all its
     * fields (and, at its first use in a process, bootstrap method handles: milliseconds of a cold build).
     */
    private final Map<Column.Leaf, List<Column>> chains;

    private void chains(Column c, List<Column> above) {
        List<Column> chain = new ArrayList<>(above);
        chain.add(c);
        c.match(
                g -> {
                    g.children().forEach(child -> chains(child, chain));
                    return null;
                },
                leaf -> {
                    chains.put(leaf, chain);
                    return null;
                });
    }

    /** The first row of the header: the first row in which two cells (one, for a table of one) name columns. */
    int find() {
        int want = Math.min(2, leaves.size());
        for (int r = 1; r <= Math.min(HEADER_SEARCH, grid.rows().size()); r++) {
            int named = 0;
            for (GridCell c : grid.rows().get(r - 1)) {
                if (!c.isEmpty() && namesAColumn(norm(c.text()))) {
                    named++;
                }
            }
            if (named >= want) {
                return r;
            }
        }
        return -1;
    }

    private boolean namesAColumn(String text) {
        return chains.values().stream().flatMap(List::stream).anyMatch(c -> namedBy(c, text));
    }

    /** Each leaf's column of the sheet; null, with the problems reported, when a column the table needs is not there. */
    Map<Column.Leaf, Integer> match(int top) {
        Map<Column.Leaf, Integer> where = new IdentityHashMap<>();
        List<String> unused = new ArrayList<>();
        String[] carried = new String[depth];
        for (int col = 1; col <= grid.width(); col++) {
            List<String> texts = new ArrayList<>();
            for (int level = 0; level < depth; level++) {
                texts.add(norm(grid.cell(top + level, col).text()));
            }
            int deepest = -1;
            for (int level = 0; level < depth; level++) {
                if (!texts.get(level).isEmpty()) {
                    deepest = level;
                }
            }
            if (deepest < 0) {
                continue;
            }
            // a group's label stands over the first of its columns (the others are merged into it, or left empty)
            List<String> chain = new ArrayList<>();
            boolean borrowed = false;
            for (int level = 0; level <= deepest; level++) {
                String t = texts.get(level);
                if (t.isEmpty() && level < deepest && carried[level] != null) {
                    t = carried[level];
                    borrowed = true;
                }
                if (!t.isEmpty()) {
                    chain.add(t);
                }
                if (!texts.get(level).isEmpty()) {
                    carried[level] = texts.get(level);
                    for (int below = level + 1; below < depth; below++) {
                        carried[below] = null;
                    }
                }
            }
            Column.Leaf leaf = leafFor(chain);
            if (leaf == null && borrowed) {
                leaf = leafFor(chain.subList(chain.size() - 1, chain.size()));
            }
            String written =
                    SPACES.matcher(grid.cell(top + deepest, col).text().strip()).replaceAll(" ");
            if (leaf == null && chain.size() == 1 && chain.get(0).equals(norm("序号"))) {
                // the program numbers the rows itself: a sheet's own 序号 is not read, by design
            } else if (leaf == null) {
                unused.add(written.isEmpty() ? String.join("/", chain) : written);
            } else if (leaf.type().numbered()) {
                // the program numbers the rows itself
            } else if (where.containsKey(leaf)) {
                problems.error(
                        at(top + deepest, col),
                        "表头中" + leaf.said() + "出现了两次（另一列在 "
                                + at(top, where.get(leaf)).within() + "）",
                        "删去或改名其中一列");
            } else {
                where.put(leaf, col);
            }
        }
        boolean ok = true;
        for (Column.Leaf leaf : leaves) {
            if (where.containsKey(leaf) || leaf.type().numbered() || !needed(leaf)) {
                continue;
            }
            ok = false;
            Optional<String> near = Suggest.nearest(
                    norm(leaf.name()), unused.stream().map(SheetHeader::norm).toList());
            problems.error(
                    at(top, 1),
                    "表头中没有" + leaf.said() + "一列",
                    near.map(n -> "表头中有“" + n + "”：是它吗？表头的文字要与列名（或 label）一致")
                            .orElse("在表格中加上这一列，表头写“" + leaf.name() + "”；表中现有的列：" + headerList(top)));
        }
        if (!unused.isEmpty() && ok) {
            problems.note(at(top, 1), "表格中这些列没有用到：" + String.join("、", unused));
        }
        return ok ? where : null;
    }

    /** Whether the sheet must have the column: a figure typed in, not one the program works out. */
    static boolean needed(Column.Leaf leaf) {
        return !leaf.type().computed() && leaf.accumulates() == null;
    }

    private Column.Leaf leafFor(List<String> chain) {
        for (Map.Entry<Column.Leaf, List<Column>> e : chains.entrySet()) {
            List<Column> path = e.getValue();
            if (path.size() != chain.size()) {
                continue;
            }
            boolean all = true;
            for (int i = 0; i < path.size() && all; i++) {
                all = namedBy(path.get(i), chain.get(i));
            }
            if (all) {
                return e.getKey();
            }
        }
        return null;
    }

    String neededNames() {
        return String.join(
                "、",
                leaves.stream().filter(SheetHeader::needed).map(Column::name).toList());
    }

    private String headerList(int top) {
        List<String> out = new ArrayList<>();
        for (int level = 0; level < depth; level++) {
            for (GridCell c :
                    grid.rows().size() >= top + level ? grid.rows().get(top + level - 1) : List.<GridCell>of()) {
                if (!c.isEmpty()) {
                    out.add(c.text().strip());
                }
            }
        }
        return out.isEmpty() ? "（无）" : String.join("、", out);
    }

    // compiled once: asked of every cell of a sheet's header
    private static final Pattern NOT_COMPARED = Pattern.compile("[\\s\\u3000|]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** A header's text as it is compared: full-width forms as the ordinary ones, no spaces or line breaks, any case. */
    static String norm(String s) {
        if (s == null) {
            return "";
        }
        // a | in a column's label marks where the printed label may break; a sheet's header has none
        return NOT_COMPARED
                .matcher(Normalizer.normalize(s, Normalizer.Form.NFKC))
                .replaceAll("")
                .toLowerCase(Locale.ROOT);
    }

    /** The period placeholders a label may hold ({年}总量), which a sheet's header has as 2024年总量. */
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(期末|期|年度|年|月)}");

    /** Whether a header text names a column or group, by its name or its label. */
    static boolean namedBy(Column c, String text) {
        if (text.isEmpty()) {
            return false;
        }
        if (norm(c.name()).equals(text)) {
            return true;
        }
        String label = norm(c.label());
        if (label.equals(text)) {
            return true;
        }
        if (PLACEHOLDER.matcher(c.label()).find()) {
            StringBuilder re = new StringBuilder();
            var m = PLACEHOLDER.matcher(label);
            int last = 0;
            while (m.find()) {
                re.append(Pattern.quote(label.substring(last, m.start()))).append("[0-9年月底度]+");
                last = m.end();
            }
            re.append(Pattern.quote(label.substring(last)));
            return text.matches(re.toString());
        }
        return false;
    }
}
