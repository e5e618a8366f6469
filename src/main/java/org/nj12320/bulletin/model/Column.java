package org.nj12320.bulletin.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * A column of a table, or a group of columns under a shared header cell.
 *
 * <p>Each type of column is a record of its own with the fields that type has. Code that treats the types
 * differently does so through {@link Visitor}, so a new type does not compile until every such place
 * handles it.
 */
public sealed interface Column permits Column.Group, Column.Leaf {

    String name();

    /** The header text; defaults to the name. */
    String label();

    SourceRef ref();

    /** The columns that hold values, left to right. */
    List<Leaf> leaves();

    /** How many header rows the column needs: one for a leaf, one more than its deepest child for a group. */
    int depth();

    /** Calls the function for the column's kind: a group of columns, or a column of values. */
    <R> R match(Function<Group, R> group, Function<Leaf, R> leaf);

    /** The value columns of a list of columns, left to right. */
    static List<Leaf> leavesOf(List<Column> columns) {
        List<Leaf> out = new ArrayList<>();
        columns.forEach(c -> out.addAll(c.leaves()));
        return out;
    }

    record Group(String name, String label, List<Column> children, SourceRef ref) implements Column {
        public Group {
            children = List.copyOf(children);
        }

        @Override
        public List<Leaf> leaves() {
            return leavesOf(children);
        }

        @Override
        public int depth() {
            return 1 + children.stream().mapToInt(Column::depth).max().orElse(0);
        }

        @Override
        public <R> R match(Function<Group, R> group, Function<Leaf, R> leaf) {
            return group.apply(this);
        }
    }

    /** A column that holds one value per row. */
    sealed interface Leaf extends Column permits Name, Text, Count, Decimal, Rate, Fraction, Rank, Sum {
        /** The name prefixed by its groups' names ({@code 门急诊信息.人次}); rows use it as their field. */
        String path();

        /**
         * The column as a message names it, its groups' names first: “门急诊信息”下的“人次” (the path's dots
         * would read as part of a name).
         */
        default String said() {
            return said(path());
        }

        /** A column's path as a message names it: “门急诊信息”下的“人次”. */
        static String said(String path) {
            return "“" + path.replace(".", "”下的“") + "”";
        }

        /** The type as the table file names it. */
        ColumnType type();

        <R> R accept(Visitor<R> visitor);

        // What only some types have, asked of any column: the records of the types that have it answer with their
        // own fields, every other column with nothing. A type that gains such a field answers by having it.

        /** The path of the column this one accumulates over the periods (a 累计 column's 本年 column), or null. */
        default String accumulates() {
            return null;
        }

        /** The decimals a figure of this column is printed with: a decimal or a rate column's own, 0 for others. */
        default int decimals() {
            return 0;
        }

        /** The most a figure of this column may be, or null. */
        default Bound atMost() {
            return null;
        }

        /** The paths of the columns this one adds up (a 小计's parts); empty for a column that adds up none. */
        default List<String> of() {
            return List.of();
        }

        /** The whole a figure of this column is counted out of (the 11 of {@code 5/11}); 0 for any other column. */
        default int whole() {
            return 0;
        }

        /** Whether equal values share a rank (1, 2, 2, 4); false for any column that is not a 序号. */
        default boolean sharedTies() {
            return false;
        }

        /** The first column that names the rows (单位, 区), if the columns have one. */
        static Optional<Leaf> nameOf(List<Leaf> leaves) {
            return leaves.stream().filter(l -> l.type().namesRow()).findFirst();
        }

        @Override
        default List<Leaf> leaves() {
            return List.of(this);
        }

        @Override
        default int depth() {
            return 1;
        }

        @Override
        default <R> R match(Function<Group, R> group, Function<Leaf, R> leaf) {
            return leaf.apply(this);
        }
    }

    /** One method per type of column: whatever treats the types differently implements it. */
    interface Visitor<R> {
        R name(Name c);

        R text(Text c);

        R count(Count c);

        R decimal(Decimal c);

        R rate(Rate c);

        R fraction(Fraction c);

        R rank(Rank c);

        R sum(Sum c);
    }

    /**
     * The most a figure may be: a fixed number, the days of the period, or another column of the same
     * row. Each kind is worded in messages its own way.
     */
    sealed interface Bound permits Bound.Fixed, Bound.Days, Bound.OfColumn {
        /** What {@code at_most:} says for the days of the period. */
        String DAYS = "本期天数";

        /** The limit in a row of the period, given the row's figures by path; null when it has none. */
        BigDecimal limit(Period period, Map<String, BigDecimal> row);

        /** What a figure over the limit is told: what it is more than, after the figure's own words. */
        String over(String limitText, Period period);

        /** How a figure over the limit is to be checked. */
        String hint();

        /** The limit named after 超过了, in a warning listing many rows over it, its figure as {@code format} writes it. */
        String named(Period period, Function<BigDecimal, String> format);

        /** The same limit, its column named by its full path as {@code resolve} gives it; null when none is. */
        default Bound resolved(Function<String, String> resolve) {
            return this;
        }

        /** A fixed limit. */
        record Fixed(BigDecimal limit) implements Bound {
            @Override
            public BigDecimal limit(Period period, Map<String, BigDecimal> row) {
                return limit;
            }

            @Override
            public String over(String limitText, Period period) {
                return "，超过了这一列的上限 " + limitText;
            }

            @Override
            public String hint() {
                return "核对这个数字；上限写在这一列的 at_most: 中";
            }

            @Override
            public String named(Period period, Function<BigDecimal, String> format) {
                return "上限 " + format.apply(limit);
            }
        }

        /** The days of the period: 30 for April, 29 for February 2024, 366 for 2024. */
        record Days() implements Bound {
            @Override
            public BigDecimal limit(Period period, Map<String, BigDecimal> row) {
                return BigDecimal.valueOf(period.days());
            }

            @Override
            public String over(String limitText, Period period) {
                return "，而本期（" + period.label() + "）只有 " + limitText + " 天";
            }

            @Override
            public String hint() {
                return "天数不能多于本期的天数：核对这个数字";
            }

            @Override
            public String named(Period period, Function<BigDecimal, String> format) {
                return "本期（" + period.label() + "）的天数 " + period.days();
            }
        }

        /**
         * The value of another column of the row (a 2024 figure and its cumulative one).
         *
         * @param path the column's path once the table's references are resolved; as written before that
         */
        record OfColumn(String path) implements Bound {
            @Override
            public BigDecimal limit(Period period, Map<String, BigDecimal> row) {
                return row.get(path);
            }

            @Override
            public String over(String limitText, Period period) {
                return "，大于" + Column.Leaf.said(path) + " " + limitText;
            }

            @Override
            public String hint() {
                return "部分不能大于整体，请对照原始数据核对这两个数字";
            }

            @Override
            public String named(Period period, Function<BigDecimal, String> format) {
                return Column.Leaf.said(path);
            }

            @Override
            public Bound resolved(Function<String, String> resolve) {
                String r = resolve.apply(path);
                return r == null ? null : new OfColumn(r);
            }
        }
    }

    /** The row's name (a unit, a district, a channel): text, unique in the table. */
    record Name(String name, String path, String label, SourceRef ref) implements Leaf {
        @Override
        public ColumnType type() {
            return ColumnType.NAME;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.name(this);
        }
    }

    /** Other text. */
    record Text(String name, String path, String label, SourceRef ref) implements Leaf {
        @Override
        public ColumnType type() {
            return ColumnType.TEXT;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.text(this);
        }
    }

    /**
     * A whole number of things, zero or more.
     *
     * @param atMost      the most it may be in any row, or null
     * @param accumulates the path of the column this one accumulates over the periods (a 累计 column and its
     *                    本年 column), or null: its figure is the previous period's plus this one's
     */
    record Count(String name, String path, String label, Bound atMost, String accumulates, SourceRef ref)
            implements Leaf {
        @Override
        public ColumnType type() {
            return ColumnType.COUNT;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.count(this);
        }
    }

    /**
     * A number with a fixed count of decimals, such as an income in 千元.
     *
     * @param atMost      the most it may be in any row, or null
     * @param accumulates the path of the column this one accumulates over the periods, or null
     */
    record Decimal(
            String name, String path, String label, int decimals, Bound atMost, String accumulates, SourceRef ref)
            implements Leaf {
        @Override
        public ColumnType type() {
            return ColumnType.DECIMAL;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.decimal(this);
        }
    }

    /** A percentage between 0 and 100, printed with a fixed count of decimals: {@code 98.30%}. */
    record Rate(String name, String path, String label, int decimals, SourceRef ref) implements Leaf {
        @Override
        public ColumnType type() {
            return ColumnType.RATE;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.rate(this);
        }
    }

    /**
     * A count out of a fixed whole, printed as {@code 5/11}.
     *
     * @param whole the 11 of {@code 5/11}
     */
    record Fraction(String name, String path, String label, int whole, SourceRef ref) implements Leaf {
        @Override
        public ColumnType type() {
            return ColumnType.FRACTION;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.fraction(this);
        }
    }

    /**
     * Computed: the row's position in the table's order (序号).
     *
     * @param sharedTies whether equal values share a rank (1, 2, 2, 4) instead of being numbered on
     */
    record Rank(String name, String path, String label, boolean sharedTies, SourceRef ref) implements Leaf {
        @Override
        public ColumnType type() {
            return ColumnType.RANK;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.rank(this);
        }
    }

    /**
     * Computed: the sum of other columns of the row (小计).
     *
     * @param of     the paths of the columns added up (as written, before the table's references are resolved)
     * @param atMost the most it may be in any row, or null
     */
    record Sum(String name, String path, String label, List<String> of, Bound atMost, SourceRef ref) implements Leaf {
        public Sum {
            of = List.copyOf(of);
        }

        @Override
        public ColumnType type() {
            return ColumnType.SUM;
        }

        @Override
        public <R> R accept(Visitor<R> v) {
            return v.sum(this);
        }
    }
}
