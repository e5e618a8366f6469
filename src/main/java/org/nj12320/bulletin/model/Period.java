package org.nj12320.bulletin.model;

import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The stretch of time an issue reports on: one month or one whole year. */
public sealed interface Period permits Period.Month, Period.Year {

    /** The folder name and default file name of the period: {@code 2023-03} or {@code 2024}. */
    String id();

    /** The period as the bulletin writes it: {@code 2023 年 3 月} or {@code 2024 年}. */
    String label();

    /** The period as the command line names it, for a command suggested in a message: {@code --month 2023-03}. */
    default String option() {
        return (this instanceof Month ? "--month " : "--year ") + id();
    }

    /** How many days the period has: 28 to 31 for a month, 365 or 366 for a year. */
    int days();

    /** The period before: the month before a month, the year before a year. */
    Period previous();

    /**
     * The latest of these periods that is earlier than this one and of its kind (a month before a month, a year
     * before a year): the issue a new one starts from when none is named.
     */
    default Optional<Period> latestBefore(java.util.Collection<Period> periods) {
        Period best = null;
        for (Period p : periods) {
            if (p.getClass() == getClass()
                    && p.id().compareTo(id()) < 0
                    && (best == null || p.id().compareTo(best.id()) > 0)) {
                best = p;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether this is an annual issue. */
    default boolean annual() {
        return this instanceof Year;
    }

    /** The calendar year the period falls in. */
    int year();

    // Month and Year spell out equals and hashCode: a record's own are bootstrapped at their first call, which
    // costs a fresh process milliseconds per record type, and periods are compared in every build's first steps.

    record Month(YearMonth month) implements Period {
        @Override
        public boolean equals(Object o) {
            return o instanceof Month m && month.equals(m.month);
        }

        @Override
        public int hashCode() {
            return month.hashCode();
        }

        @Override
        public int year() {
            return month.getYear();
        }

        @Override
        public String id() {
            return month.toString();
        }

        @Override
        public String label() {
            return month.getYear() + " 年 " + month.getMonthValue() + " 月";
        }

        @Override
        public Period previous() {
            return new Month(month.minusMonths(1));
        }

        @Override
        public int days() {
            return month.lengthOfMonth();
        }
    }

    record Year(int year) implements Period {
        @Override
        public boolean equals(Object o) {
            return o instanceof Year y && year == y.year;
        }

        @Override
        public int hashCode() {
            return year;
        }

        @Override
        public String id() {
            return Integer.toString(year);
        }

        @Override
        public String label() {
            return year + " 年";
        }

        @Override
        public Period previous() {
            return new Year(year - 1);
        }

        @Override
        public int days() {
            return java.time.Year.of(year).length();
        }
    }

    Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{1,2})");
    Pattern YEAR = Pattern.compile("\\d{4}");

    /** Parses {@code 2023-03} or {@code 2024}; empty when the text is neither. */
    static Optional<Period> parse(String text) {
        String t = text.strip();
        try {
            Matcher m = MONTH.matcher(t);
            if (m.matches()) {
                return Optional.of(new Month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)))));
            }
            if (YEAR.matcher(t).matches()) {
                return Optional.of(new Year(Integer.parseInt(t)));
            }
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }
}
