package org.nj12320.bulletin.model;

import java.math.BigDecimal;

/**
 * One value read from a data file: a number, a text, or nothing (YAML {@code ~}, printed as {@code /}),
 * with where it was read.
 */
public record Value(Object raw, SourceRef ref) {

    public static Value missing(SourceRef ref) {
        return new Value(null, ref);
    }

    public boolean isMissing() {
        return raw == null;
    }

    public boolean isNumber() {
        return raw instanceof BigDecimal;
    }

    public BigDecimal number() {
        return (BigDecimal) raw;
    }

    public String text() {
        return raw == null ? null : raw instanceof BigDecimal b ? b.toPlainString() : raw.toString();
    }
}
