package org.nj12320.bulletin.model;

import java.util.Map;
import java.util.function.Function;

/**
 * What a chart draws, as its file describes it: always figures the issue already has, named by the table
 * and column they are in, never typed again.
 */
public sealed interface ChartSpec permits ChartSpec.Bars, ChartSpec.Shares, ChartSpec.Trend {

    /** The table the figures are taken from, by its file name without {@code .yaml}; null for a prose section's. */
    String table();

    /**
     * The column the figures are in, by its path ({@code 小计}, {@code 门急诊信息.人次}); for a prose section's
     * parts, the field of each part that holds its figure ({@code count}).
     */
    String by();

    /** Where the chart's kind was written. */
    SourceRef ref();

    /** Where each field of the kind was written ({@code table}, {@code by} …), for what is said about it. */
    Map<String, SourceRef> places();

    /** Where a field was written; where the kind was, when not given. */
    default SourceRef at(String field) {
        return places().getOrDefault(field, ref().child(field));
    }

    /** Whether each bar is split into the columns its column adds up; only a bar chart's may be. */
    default boolean stacked() {
        return false;
    }

    /** Calls the function for the chart's kind, so that a new kind does not compile until each place has one. */
    <R> R match(Function<Bars, R> bars, Function<Shares, R> shares, Function<Trend, R> trend);

    /**
     * The rows of a table as bars, longest first: the ten hospitals with the most appointments.
     *
     * @param top     how many rows: the first so many by the column; 0 for every row
     * @param stacked whether each bar is split into the columns its column adds up (a 小计's parts)
     */
    record Bars(String table, String by, int top, boolean stacked, SourceRef ref, Map<String, SourceRef> places)
            implements ChartSpec {
        @Override
        public <R> R match(Function<Bars, R> bars, Function<Shares, R> shares, Function<Trend, R> trend) {
            return bars.apply(this);
        }
    }

    /**
     * The rows of a table, or the parts a prose section lists ({@code text: hotline, parts: breakdown}, each
     * named by its {@code name}), as their shares of their sum, in one bar of 100 %.
     *
     * @param text  the prose section, by its file name without {@code .yaml}; null for a table's rows
     * @param parts the list of parts in the section's figures ({@code breakdown}); null for a table's rows
     * @param ring  drawn as a ring ({@code form: ring}) rather than as a bar of 100 %
     */
    record Shares(
            String table,
            String text,
            String parts,
            String by,
            boolean ring,
            SourceRef ref,
            Map<String, SourceRef> places)
            implements ChartSpec {
        @Override
        public <R> R match(Function<Bars, R> bars, Function<Shares, R> shares, Function<Trend, R> trend) {
            return shares.apply(this);
        }
    }

    /**
     * A table's total of a column, or a prose section's figure, over the periods {@code data/} holds up to
     * this one, one column a period: the last twelve months for a monthly issue, the last five years for an
     * annual one.
     *
     * @param text   the prose section whose figure it draws ({@code text: hotline, figure: calls}); null for
     *               a table's total, and then {@code by} the table's column
     * @param figure the figure's path in the section ({@code calls}, {@code province.calls}); null for a table
     */
    record Trend(String table, String by, String text, String figure, SourceRef ref, Map<String, SourceRef> places)
            implements ChartSpec {
        @Override
        public <R> R match(Function<Bars, R> bars, Function<Shares, R> shares, Function<Trend, R> trend) {
            return trend.apply(this);
        }
    }
}
