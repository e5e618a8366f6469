package org.nj12320.bulletin.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A table's rows set on its grid of columns: cells placed as HTML places them (a cell spanning rows takes its
 * columns in the rows below), measured, and drawn with their backgrounds, content and borders. Borders are
 * collapsed: each stands centred on its grid line, and where two meet the wider is drawn last.
 */
final class TableGrid {
    private final float[] left;
    private final float[] right;

    TableGrid(Table t, float x, float width) {
        int n = t.columns().length;
        left = new float[n];
        right = new float[n];
        float at = x;
        for (int i = 0; i < n; i++) {
            left[i] = at;
            at += t.columns()[i] * width;
            right[i] = at;
        }
    }

    /** Rows that stay together because cells span them, drawn as one piece, and the running values they set. */
    record RowGroup(Vertical.Piece piece, List<Block.Running> running) {}

    /** A cell placed on the grid: its first row (within the rows set together) and column. */
    private record Placed(Table.Cell cell, int row, int column) {}

    /** The body rows in groups that no cell spans across, each set as one piece. */
    List<RowGroup> groups(List<Table.Row> rows, Tag parent) {
        List<RowGroup> out = new ArrayList<>();
        List<List<Placed>> placed = place(rows);
        int start = 0;
        int reach = 0;
        for (int r = 0; r < rows.size(); r++) {
            for (Placed p : placed.get(r)) {
                reach = Math.max(reach, r + p.cell().rowspan() - 1);
            }
            if (reach <= r) {
                out.add(set(rows, placed, start, r + 1, parent));
                start = r + 1;
            }
        }
        if (start < rows.size()) {
            out.add(set(rows, placed, start, rows.size(), parent));
        }
        return out;
    }

    /** Rows set together as one piece (a table's header). */
    RowGroup rows(List<Table.Row> rows, Tag parent, int from, int to) {
        return set(rows, place(rows), from, to, parent);
    }

    /** Each row's cells with the grid position they take. */
    private List<List<Placed>> place(List<Table.Row> rows) {
        int columns = left.length;
        List<boolean[]> taken = new ArrayList<>();
        List<List<Placed>> out = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            while (taken.size() <= r) {
                taken.add(new boolean[columns]);
            }
            List<Placed> cells = new ArrayList<>();
            int c = 0;
            for (Table.Cell cell : rows.get(r).cells()) {
                while (c < columns && taken.get(r)[c]) {
                    c++;
                }
                if (c >= columns) {
                    throw new IllegalArgumentException("row " + (r + 1) + " has more cells than the table has columns");
                }
                int span = Math.min(cell.colspan(), columns - c);
                for (int rr = r; rr < Math.min(rows.size(), r + cell.rowspan()); rr++) {
                    while (taken.size() <= rr) {
                        taken.add(new boolean[columns]);
                    }
                    for (int cc = c; cc < c + span; cc++) {
                        taken.get(rr)[cc] = true;
                    }
                }
                cells.add(new Placed(cell, r, c));
                c += span;
            }
            out.add(cells);
        }
        return out;
    }

    private record Measured(Placed at, Stacker.Stacked content, float width, float need, Tag tag) {}

    private RowGroup set(List<Table.Row> rows, List<List<Placed>> placed, int from, int to, Tag parent) {
        int n = to - from;
        float[] height = new float[n];
        List<Measured> cells = new ArrayList<>();
        List<Block.Running> running = new ArrayList<>();
        for (int r = from; r < to; r++) {
            Table.Row row = rows.get(r);
            Tag rowTag = row.tag() != null ? parent.add(row.tag()) : parent;
            for (Placed p : placed.get(r)) {
                Table.Cell cell = p.cell();
                int last = Math.min(left.length, p.column() + cell.colspan()) - 1;
                float x = left[p.column()];
                float w = right[last] - x;
                Border.Sides b = cell.border();
                float inX = x + cell.padding().left() + b.left().width() / 2;
                float inW = w
                        - cell.padding().horizontal()
                        - (b.left().width() + b.right().width()) / 2;
                List<Block> content = new ArrayList<>();
                for (Block c : cell.content()) {
                    if (c instanceof Block.Running run) {
                        running.add(run);
                    } else {
                        content.add(c);
                    }
                }
                Tag cellTag = cell.tag() != null ? rowTag.add(cell.tag()) : rowTag;
                Stacker.Stacked s = Stacker.stack(content, inX, inW, cellTag);
                float need = s.height()
                        + cell.padding().top()
                        + cell.padding().bottom()
                        + (b.top().width() + b.bottom().width()) / 2;
                cells.add(new Measured(p, s, w, need, cellTag));
                if (cell.rowspan() == 1) {
                    height[r - from] = Math.max(height[r - from], need);
                }
            }
        }
        // a cell spanning rows that needs more than they give makes the last of them taller
        for (Measured m : cells) {
            int span = Math.min(m.at().cell().rowspan(), to - m.at().row());
            if (span > 1) {
                float have = 0;
                for (int k = 0; k < span; k++) {
                    have += height[m.at().row() - from + k];
                }
                if (have < m.need()) {
                    height[m.at().row() - from + span - 1] += m.need() - have;
                }
            }
        }
        float[] top = new float[n + 1];
        for (int k = 0; k < n; k++) {
            top[k + 1] = top[k] + height[k];
        }
        List<Op> backgrounds = new ArrayList<>();
        List<Op> content = new ArrayList<>();
        List<Op.Fill> borders = new ArrayList<>();
        for (Measured m : cells) {
            Table.Cell cell = m.at().cell();
            int r0 = m.at().row() - from;
            int r1 = Math.min(n, r0 + cell.rowspan());
            float x = left[m.at().column()];
            float y = top[r0];
            float h = top[r1] - y;
            float w = m.width();
            if (cell.background() != null) {
                backgrounds.add(new Op.Fill(x, y, w, h, cell.background(), Artifact.LAYOUT));
            }
            Border.Sides b = cell.border();
            float inside = h - m.need();
            float dy = y + cell.padding().top() + b.top().width() / 2 + (cell.middle() ? inside / 2 : 0);
            for (Op op : m.content().ops()) {
                content.add(op.moved(0, dy, null));
            }
            float l = b.left().width() / 2;
            float rr = b.right().width() / 2;
            edge(
                    borders,
                    b.top(),
                    x - l,
                    y - b.top().width() / 2,
                    w + l + rr,
                    b.top().width());
            edge(
                    borders,
                    b.bottom(),
                    x - l,
                    y + h - b.bottom().width() / 2,
                    w + l + rr,
                    b.bottom().width());
            edge(borders, b.left(), x - l, y, b.left().width(), h);
            edge(borders, b.right(), x + w - rr, y, b.right().width(), h);
        }
        borders.sort(Comparator.comparingDouble(Op.Fill::height).thenComparingDouble(Op.Fill::width));
        List<Op> ops = new ArrayList<>(backgrounds);
        ops.addAll(content);
        // the wider rule over the narrower where they meet
        borders.sort(Comparator.comparingDouble(f -> Math.min(f.width(), f.height())));
        ops.addAll(borders);
        return new RowGroup(new Vertical.Piece(top[n], ops), running);
    }

    private static void edge(List<Op.Fill> out, Border b, float x, float y, float w, float h) {
        if (!b.isNone()) {
            out.add(new Op.Fill(x, y, w, h, b.color(), Artifact.LAYOUT));
        }
    }
}
