package org.nj12320.bulletin.model;

import java.util.ArrayList;
import java.util.List;
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

    // The members below are switches that name every type, so that a new one is decided in each.

    /** Whether the column names the rows (单位, 区): text, unique in the table, never totalled. */
    public boolean namesRow() {
        return switch (this) {
            case NAME -> true;
            case TEXT, COUNT, DECIMAL, RATE, FRACTION, RANK, SUM -> false;
        };
    }

    /** Whether the figures are percentages, which a source may write as proportions (0.983 for 98.30%). */
    public boolean percent() {
        return switch (this) {
            case RATE -> true;
            case NAME, TEXT, COUNT, DECIMAL, FRACTION, RANK, SUM -> false;
        };
    }

    /** Whether a prose section's figure may be of this type ({@code calls: count} in a figures file). */
    public boolean figure() {
        return switch (this) {
            case TEXT, COUNT, DECIMAL, RATE -> true;
            // a name is a table's; a fraction needs its whole; a rank and a sum are worked out from a table's rows
            case NAME, FRACTION, RANK, SUM -> false;
        };
    }

    /** Whether the figure is the sum of other columns of its row (小计), which the column names. */
    public boolean adds() {
        return switch (this) {
            case SUM -> true;
            case NAME, TEXT, COUNT, DECIMAL, RATE, FRACTION, RANK -> false;
        };
    }

    /** Whether the program numbers the rows by this column (序号): a source's own values of it are never read. */
    public boolean numbered() {
        return switch (this) {
            case RANK -> true;
            case NAME, TEXT, COUNT, DECIMAL, RATE, FRACTION, SUM -> false;
        };
    }

    /** The fields of a column in a table file that only some types have. */
    public enum Field {
        DECIMALS,
        OF,
        AT_MOST,
        TIES,
        ACCUMULATES;

        /** The field's name in a table file: {@code at_most}. */
        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The types that have the field, as a message names them: {@code count、decimal 和 sum}. */
        public String types() {
            List<String> names = new ArrayList<>();
            for (ColumnType t : ColumnType.values()) {
                if (t.has(this)) {
                    names.add(t.keyword());
                }
            }
            return names.size() == 1
                    ? names.get(0)
                    : String.join("、", names.subList(0, names.size() - 1)) + " 和 " + names.get(names.size() - 1);
        }
    }

    /** Whether a column of this type has the field: given to another, it is an error. */
    public boolean has(Field field) {
        return switch (field) {
            case DECIMALS ->
                switch (this) {
                    case DECIMAL, RATE -> true;
                    case NAME, TEXT, COUNT, FRACTION, RANK, SUM -> false;
                };
            case OF ->
                switch (this) {
                    case FRACTION, SUM -> true;
                    case NAME, TEXT, COUNT, DECIMAL, RATE, RANK -> false;
                };
            case AT_MOST ->
                switch (this) {
                    case COUNT, DECIMAL, SUM -> true;
                    case NAME, TEXT, RATE, FRACTION, RANK -> false;
                };
            case TIES ->
                switch (this) {
                    case RANK -> true;
                    case NAME, TEXT, COUNT, DECIMAL, RATE, FRACTION, SUM -> false;
                };
            case ACCUMULATES ->
                switch (this) {
                    case COUNT, DECIMAL -> true;
                    case NAME, TEXT, RATE, FRACTION, RANK, SUM -> false;
                };
        };
    }

    /** The word a table file uses: {@code count}, {@code rate} ... */
    public String keyword() {
        return name().toLowerCase(Locale.ROOT);
    }
}
