package org.nj12320.bulletin.model;

/** What a table column holds, which decides how it is read, checked, totalled and printed. */
public enum ColumnType {
    /** The row's name (a unit, a district, a channel): text, unique in the table. */
    NAME,
    /** Other text. */
    TEXT,
    /** A whole number of things, zero or more. */
    COUNT,
    /** A number with a fixed count of decimals, such as an income in 千元. */
    DECIMAL,
    /** A percentage between 0 and 100, printed as {@code 98.30%}. */
    RATE,
    /** A count out of a fixed whole, printed as {@code 5/11}. */
    FRACTION,
    /** Computed: the row's position in the table's order (序号). */
    RANK,
    /** Computed: the sum of other columns of the row (小计). */
    SUM;

    public boolean computed() {
        return this == RANK || this == SUM;
    }

    public boolean numeric() {
        return this != NAME && this != TEXT;
    }

    /** Whether a total row adds this column up. */
    public boolean summable() {
        return this == COUNT || this == DECIMAL || this == SUM;
    }
}
