package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.List;

/**
 * A chart ready to draw: its bars in the order they are drawn, each with its figure as the table prints it,
 * and the words that stand for it where it cannot be seen. Where the bars go on a page is the drawing's
 * business ({@code render.ChartDrawing}).
 *
 * @param kind   {@code bars} (one bar a row, the longest first), {@code shares} (one bar of 100 %, a
 *               segment a row), {@code ring} (the same shares as a ring) or {@code trend} (one column a period, the oldest
 *               first)
 * @param parts  the names of the columns each bar is split into, for a stacked bar chart; empty otherwise
 * @param alt    the chart in words, from its figures: its title, then each bar's name and figure
 */
public record ChartView(String title, String kind, List<Bar> bars, List<String> parts, String alt) {
    public ChartView {
        bars = List.copyOf(bars);
        parts = List.copyOf(parts);
    }

    /**
     * One bar, or one segment of a bar of shares.
     *
     * @param text   its figure as printed: {@code 152231}, or a share {@code 38.5%}
     * @param value  the figure drawn: the row's figure, or its share in per cent
     * @param pieces its parts' figures, in the order of {@link ChartView#parts()}; empty when not stacked
     */
    public record Bar(String label, BigDecimal value, String text, List<BigDecimal> pieces) {
        public Bar {
            pieces = List.copyOf(pieces);
        }
    }
}
