package org.nj12320.bulletin.model;

import java.util.Locale;

/**
 * The types of column a table file may name ({@code type: rate}), and what each is in general terms. The
 * fields of each type are in its record under {@link Column}.
 */
public enum ColumnType {
    NAME(false, false, false),
    TEXT(false, false, false),
    COUNT(false, true, true),
    DECIMAL(false, true, true),
    RATE(false, true, false),
    FRACTION(false, true, false),
    RANK(true, true, false),
    SUM(true, true, true);

    private final boolean computed;
    private final boolean numeric;
    private final boolean summable;

    ColumnType(boolean computed, boolean numeric, boolean summable) {
        this.computed = computed;
        this.numeric = numeric;
        this.summable = summable;
    }

    /** Whether the program works the values out (a value written in the file is the source's own, checked). */
    public boolean computed() {
        return computed;
    }

    public boolean numeric() {
        return numeric;
    }

    /** Whether a total row adds this column up, and a sum column may add it. */
    public boolean summable() {
        return summable;
    }

    /**
     * Whether a unit's figure of this type is compared with its figure of the period before (a count or an
     * amount typed in; not a rate, a fraction, a rank or a sum, which follow from others or swing by nature).
     */
    public boolean comparedWithPeriodBefore() {
        return summable && !computed;
    }

    /** The word a table file uses: {@code count}, {@code rate} ... */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
