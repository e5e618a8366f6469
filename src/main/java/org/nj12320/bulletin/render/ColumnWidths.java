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

    private ColumnWidths() {
    }

    /** Percentages of the table's width, one per column, adding up to 100. */
    static List<Double> of(TableView t) {
        int n = t.columns().size();
        double[] want = new double[n];
        for (int c = 0; c < n; c++) {
            double body = 0;
            for (TableView.RowView r : t.rows()) {
                body = Math.max(body, width(r.cells().get(c).text()));
            }
            want[c] = Math.max(MIN, body + PADDING);
        }
        // a header label may take as many lines as the column's figures allow, but at most three
        for (List<TableView.HeaderCell> row : t.header()) {
            int c = 0;
            for (TableView.HeaderCell h : row) {
                double label = width(h.label());
                if (h.colspan() == 1 && !h.label().isEmpty()) {
                    double lines = Math.min(3, Math.max(1, Math.ceil(label / Math.max(1, want[c] - PADDING))));
                    want[c] = Math.max(want[c], Math.ceil(label / lines) + PADDING);
                }
                c += h.colspan();
            }
        }
        double total = 0;
        for (double w : want) {
            total += w;
        }
        List<Double> out = new ArrayList<>(n);
        for (double w : want) {
            out.add(Math.round(w / total * 10000) / 100.0);
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
