package org.nj12320.bulletin.render;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.compute.TableView;

/**
 * Shares a table's width among its columns by what they hold. Figures never wrap: a figure column is never
 * narrower than its widest figure. Header labels wrap into short lines, and names and other text wrap inside
 * their column, only as far as the room demands: first labels wrap, in up to three lines, with every name on
 * one line; then names wrap, down to {@value #WRAPPED} em; then labels and names are as narrow as can be. The renderer's own automatic layout gives long labels and
 * names far more room than the figures beside them need, until the figures collapse.
 */
final class ColumnWidths {
    /** Room for the cell's padding, in em. */
    private static final double PADDING = 1.2;
    /** No column narrower than this, in em: two characters and the padding. */
    private static final double MIN = 2.0 + PADDING;
    /** How narrow a column of names becomes before the labels of the others are squeezed further, in em. */
    static final double WRAPPED = 8.0;

    private ColumnWidths() {}

    /**
     * Percentages of the table's width, one per column, adding up to 100.
     *
     * @param available the table's width in em of its type, as the template sets it
     * @throws IllegalArgumentException when the figures alone need more than the table's width
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
        double[] label = new double[n];
        double[] labelShort = new double[n];
        // a label marked where it may break is, at the narrowest, as wide as its longest piece (lines of words)
        double[] labelNarrow = new double[n];
        // the headers of single columns, in the order of the columns (groups' labels span several)
        List<TableView.Header> leaves = new ArrayList<>();
        leaves(t.header(), leaves);
        {
            int c = 0;
            for (TableView.Header h : leaves) {
                if (!h.label().isEmpty()) {
                    if (h.label().contains("|")) {
                        // the editor marked where the label may break: it is never narrower than its longest piece
                        double whole = 0;
                        double threeLines = 0;
                        for (String line : h.label().split("\n")) {
                            whole = Math.max(whole, width(line.replace("|", "")));
                            threeLines = Math.max(threeLines, inLines(line, 3));
                        }
                        label[c] = Math.max(label[c], whole);
                        labelShort[c] = Math.max(labelShort[c], threeLines);
                        labelNarrow[c] =
                                Math.max(labelNarrow[c], inLines(h.label().replace("\n", "|"), 1000));
                    } else if (h.label().contains("\n")) {
                        // the editor broke the label: its lines are as wide as the column need be
                        double longest = 0;
                        for (String line : h.label().split("\n")) {
                            longest = Math.max(longest, width(line));
                        }
                        label[c] = Math.max(label[c], longest);
                        labelShort[c] = Math.max(labelShort[c], longest);
                        labelNarrow[c] = Math.max(labelNarrow[c], longest);
                    } else {
                        label[c] = Math.max(label[c], width(h.label()));
                        labelShort[c] = Math.max(labelShort[c], Math.ceil(width(h.label()) / 3));
                        labelNarrow[c] = Math.max(labelNarrow[c], Math.ceil(width(h.label()) / 3));
                    }
                }
                c++;
            }
        }
        // the widths of each column at each step of squeezing
        double[] oneLine = new double[n]; // every label and name on one line
        double[] shortLabels = new double[n]; // labels in up to three lines
        double[] narrowLabels = new double[n]; // marked labels in lines of single words, names on one line
        double[] namesWrapped = new double[n]; // labels at their narrowest, names wrapped
        double[] narrowest = new double[n]; // figures alone on one line
        boolean[] wraps = new boolean[n];
        for (int c = 0; c < n; c++) {
            wraps[c] = !t.columns().get(c).kind().equals("number");
            oneLine[c] = Math.max(MIN, Math.max(body[c], label[c]) + PADDING);
            shortLabels[c] = Math.max(MIN, Math.max(body[c], labelShort[c]) + PADDING);
            narrowLabels[c] = Math.max(MIN, Math.max(body[c], labelNarrow[c]) + PADDING);
            namesWrapped[c] = wraps[c]
                    ? Math.max(MIN, Math.max(Math.min(body[c], WRAPPED), labelNarrow[c]) + PADDING)
                    : narrowLabels[c];
            narrowest[c] = wraps[c] ? MIN : Math.max(MIN, body[c] + PADDING);
        }
        double[] w;
        if (sum(oneLine) <= available) {
            w = oneLine;
        } else if (sum(shortLabels) <= available) {
            w = between(shortLabels, oneLine, available);
        } else if (sum(narrowLabels) <= available) {
            w = between(narrowLabels, shortLabels, available);
        } else if (sum(namesWrapped) <= available) {
            w = between(namesWrapped, narrowLabels, available);
        } else if (sum(narrowest) <= available) {
            w = between(narrowest, namesWrapped, available);
        } else {
            throw new IllegalArgumentException("表格《" + t.title() + "》的数字各列至少需要 " + Math.round(sum(narrowest))
                    + " em，超过表格的宽度 " + Math.round(available) + " em：减少列数，或把它拆成两张表");
        }
        double total = sum(w);
        List<Double> out = new ArrayList<>(n);
        for (double x : w) {
            out.add(Math.round(x / total * 10000) / 100.0);
        }
        return out;
    }

    /**
     * Widths between two steps that use up the room: each column between its narrower and its wider width,
     * in proportion to how much wider it wants to be.
     */
    private static double[] between(double[] narrower, double[] wider, double available) {
        double from = sum(narrower);
        double to = sum(wider);
        double share = to <= from ? 0 : Math.min(1, (available - from) / (to - from));
        double[] w = new double[narrower.length];
        for (int c = 0; c < w.length; c++) {
            w[c] = narrower[c] + (wider[c] - narrower[c]) * share;
        }
        return w;
    }

    private static double sum(double[] xs) {
        double s = 0;
        for (double x : xs) {
            s += x;
        }
        return s;
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

    private static void leaves(List<TableView.Header> headers, List<TableView.Header> out) {
        for (TableView.Header h : headers) {
            if (h.isGroup()) {
                leaves(h.children(), out);
            } else {
                out.add(h);
            }
        }
    }

    /**
     * The narrowest width at which a label marked where it may break ({@code 实时|数据|上传|天数}) fits in so many
     * lines, breaking only at its marks and spaces: never narrower than its longest piece.
     */
    static double inLines(String line, int lines) {
        List<Double> pieces = new ArrayList<>();
        for (String p : line.split("[| ]")) {
            pieces.add(width(p));
        }
        double longest = pieces.stream().mapToDouble(Double::doubleValue).max().orElse(0);
        double total = pieces.stream().mapToDouble(Double::doubleValue).sum();
        for (double w = longest; w < total; w += 0.5) {
            int n = 1;
            double used = 0;
            for (double p : pieces) {
                if (used > 0 && used + p > w) {
                    n++;
                    used = 0;
                }
                used += p;
            }
            if (n <= lines) {
                return w;
            }
        }
        return total;
    }
}
