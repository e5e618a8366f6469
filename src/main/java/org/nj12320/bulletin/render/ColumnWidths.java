package org.nj12320.bulletin.render;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.compute.TableView;

/**
 * Shares a table's width among its columns by what they hold, so that figures never wrap and headers wrap
 * at most into short lines. The renderer's own automatic layout gives long header labels far more room
 * than the figures under them need.
 */
final class ColumnWidths {
    /** Room for the cell's padding, in em. */
    private static final double PADDING = 1.2;
    /** No column narrower than this, in em: two characters and the padding. */
    private static final double MIN = 2.0 + PADDING;

    private ColumnWidths() {}

    /**
     * Percentages of the table's width, one per column, adding up to 100.
     *
     * @param available the table's width in em of its type, as the template sets it
     */
    static List<Double> of(TableView t, double available) {
        int n = t.columns().size();
        double[] body = new double[n];
        for (TableView.RowView r : t.rows()) {
            for (int c = 0; c < n; c++) {
                body[c] = Math.max(body[c], width(r.cells().get(c).text()));
            }
        }
        if (t.total() != null) {
            int c = 0;
            for (TableView.CellView cell : t.total().cells()) {
                if (cell.colspan() == 1 && c < n) {
                    body[c] = Math.max(body[c], width(cell.text()));
                }
                c += cell.colspan();
            }
        }
        // least: figures on one line, the header in up to three; most wanted: the header on one line too
        double[] least = new double[n];
        double[] most = new double[n];
        for (int c = 0; c < n; c++) {
            least[c] = Math.max(MIN, body[c] + PADDING);
            most[c] = least[c];
        }
        // stacked, every header row has a cell over every column, so that cells and columns line up
        for (List<HeaderGrid.Cell> row : HeaderGrid.stacked(t.header())) {
            int c = 0;
            for (HeaderGrid.Cell h : row) {
                if (h.colspan() == 1 && !h.label().isEmpty()) {
                    if (h.label().contains("\n")) {
                        // the editor broke the label: its lines are as wide as the column need be
                        double longest = 0;
                        for (String line : h.label().split("\n")) {
                            longest = Math.max(longest, width(line));
                        }
                        least[c] = Math.max(least[c], longest + PADDING);
                        most[c] = Math.max(most[c], longest + PADDING);
                    } else {
                        double label = width(h.label());
                        least[c] = Math.max(least[c], Math.ceil(label / 3) + PADDING);
                        most[c] = Math.max(most[c], label + PADDING);
                    }
                }
                c += h.colspan();
            }
        }
        double sumLeast = 0;
        double sumMost = 0;
        for (int c = 0; c < n; c++) {
            sumLeast += least[c];
            sumMost += most[c];
        }
        double[] w = new double[n];
        for (int c = 0; c < n; c++) {
            if (sumMost <= available || sumMost == sumLeast) {
                w[c] = most[c];
            } else {
                // share the room beyond the least among the columns that want more, as much as they want
                double room = Math.max(0, available - sumLeast);
                w[c] = least[c] + (most[c] - least[c]) * room / (sumMost - sumLeast);
            }
        }
        double total = 0;
        for (double x : w) {
            total += x;
        }
        List<Double> out = new ArrayList<>(n);
        for (double x : w) {
            out.add(Math.round(x / total * 10000) / 100.0);
        }
        return out;
    }

    /** The width of a text in em: Chinese characters one em, Latin letters and figures a little over half. */
    static double width(String s) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= 0x2E80 || (cp >= 0xFF00 && cp <= 0xFFEF)) {
                w += 1.0;
            } else if (cp == ' ') {
                w += 0.3;
            } else if (Character.isUpperCase(cp) || cp == '%') {
                w += 0.7;
            } else {
                w += 0.56;
            }
        }
        return w;
    }
}
