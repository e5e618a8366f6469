package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Value;

/** The printed form of each cell, by the type of its column: {@code 55193}, {@code 98.30%}, {@code 5/11}, {@code /}. */
final class Cells {
    /** The kinds of cell, which decide alignment: names and text to the left, figures to the right. */
    static final String NAME = "name";

    static final String TEXT = "text";
    static final String NUMBER = "number";

    private Cells() {}

    static String kind(Column.Leaf leaf) {
        return switch (leaf.type()) {
            case NAME -> NAME;
            case TEXT -> TEXT;
            case COUNT, DECIMAL, RATE, FRACTION, RANK, SUM -> NUMBER;
        };
    }

    /** A cell of a row: the value written for text, the figure worked out for numbers. */
    static TableView.CellView of(Column.Leaf leaf, Value written, BigDecimal figure) {
        if (!leaf.type().numeric()) {
            boolean missing = written == null || written.isMissing();
            return new TableView.CellView(missing ? NumberFormats.MISSING : written.text(), kind(leaf), missing, 1);
        }
        return number(leaf, figure);
    }

    /** A figure of the column, formatted as the column prints it; {@code /} when there is none. */
    static TableView.CellView number(Column.Leaf leaf, BigDecimal n) {
        return new TableView.CellView(format(leaf, n), kind(leaf), n == null, 1, n == null ? null : figure(leaf, n));
    }

    /** The figure of a cell as the column prints it, rounded the same way; null where it is printed as words. */
    static TableView.Figure figure(Column.Leaf leaf, BigDecimal n) {
        return leaf.accept(new Column.Visitor<TableView.Figure>() {
            @Override
            public TableView.Figure name(Column.Name c) {
                return null;
            }

            @Override
            public TableView.Figure text(Column.Text c) {
                return null;
            }

            @Override
            public TableView.Figure count(Column.Count c) {
                return whole(n);
            }

            @Override
            public TableView.Figure decimal(Column.Decimal c) {
                return new TableView.Figure(n.setScale(c.decimals(), RoundingMode.HALF_UP), c.decimals(), false);
            }

            @Override
            public TableView.Figure rate(Column.Rate c) {
                return new TableView.Figure(n.setScale(c.decimals(), RoundingMode.HALF_UP), c.decimals(), true);
            }

            @Override
            public TableView.Figure fraction(Column.Fraction c) {
                return null;
            }

            @Override
            public TableView.Figure rank(Column.Rank c) {
                return whole(n);
            }

            @Override
            public TableView.Figure sum(Column.Sum c) {
                return whole(n);
            }
        });
    }

    private static TableView.Figure whole(BigDecimal n) {
        return new TableView.Figure(n.setScale(0, RoundingMode.HALF_UP), 0, false);
    }

    static String format(Column.Leaf leaf, BigDecimal n) {
        return leaf.accept(new Column.Visitor<String>() {
            @Override
            public String name(Column.Name c) {
                return plainOrMissing(n);
            }

            @Override
            public String text(Column.Text c) {
                return plainOrMissing(n);
            }

            @Override
            public String count(Column.Count c) {
                return NumberFormats.count(n);
            }

            @Override
            public String decimal(Column.Decimal c) {
                return NumberFormats.fixed(n, c.decimals());
            }

            @Override
            public String rate(Column.Rate c) {
                return NumberFormats.percent(n, c.decimals());
            }

            @Override
            public String fraction(Column.Fraction c) {
                return NumberFormats.fraction(n, c.whole());
            }

            @Override
            public String rank(Column.Rank c) {
                return NumberFormats.count(n);
            }

            @Override
            public String sum(Column.Sum c) {
                return NumberFormats.count(n);
            }
        });
    }

    private static String plainOrMissing(BigDecimal n) {
        return n == null ? NumberFormats.MISSING : n.toPlainString();
    }
}
