package org.nj12320.bulletin.load;

import java.math.BigDecimal;

import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.Value;

/**
 * Reads one value of a row for its column, checking it by the column's type: a count is a whole number of zero
 * or more, a rate lies between 0 and 100, a fraction between 0 and its whole. How values add up is checked when
 * the table is computed.
 */
final class ValueReader {

    /** The spreadsheet's day number of 1 January 1927: a number this large in a fraction column is a date. */
    private static final int DATE_SERIAL = 10_000;

    private final Problems problems;
    private final Scalars scalars;

    ValueReader(Problems problems) {
        this.problems = problems;
        this.scalars = new Scalars(problems);
    }

    /** The value, or null when it is wrong (and reported). {@code ~} is a value that does not exist. */
    Value read(Column.Leaf leaf, YNode node) {
        SourceRef ref = node.ref();
        if (node instanceof YNode.YScalar s && s.isNull()) {
            if (leaf.type().namesRow()) {
                problems.error(ref, "这一行没有" + leaf.name(), "写上单位名称");
                return null;
            }
            return Value.missing(ref);
        }
        return leaf.accept(new Column.Visitor<Value>() {
            @Override
            public Value name(Column.Name c) {
                Value v = textValue(node, c);
                if (v == null) {
                    return null;
                }
                String tidy = Names.tidy(v.text());
                if (!tidy.equals(v.text())) {
                    problems.add(Problem.note(
                            ref, "名称中有换行或连续的空格，已整理为“" + tidy + "”（各版本都这样印，核对时也按它比较）", "把它改成“" + tidy + "”，这条提示就不再出现"));
                    return new Value(tidy, v.ref());
                }
                return v;
            }

            @Override
            public Value text(Column.Text c) {
                return textValue(node, c);
            }

            @Override
            public Value count(Column.Count c) {
                return wholeNumber(node);
            }

            @Override
            public Value decimal(Column.Decimal c) {
                BigDecimal n = scalars.number(node, false, "数字");
                if (n == null) {
                    return null;
                }
                if (n.signum() < 0) {
                    problems.error(ref, "不能为负数，实为 " + n.toPlainString(), "更正该数字");
                    return null;
                }
                if (n.scale() > c.decimals()) {
                    problems.error(ref, "小数位多于本列所印的 " + c.decimals() + " 位：" + n.toPlainString(), "按印出的位数四舍五入后再填");
                    return null;
                }
                return new Value(n, ref);
            }

            @Override
            public Value rate(Column.Rate c) {
                BigDecimal n = scalars.number(node, true, "百分数");
                if (n == null) {
                    return null;
                }
                if (n.signum() < 0 || n.compareTo(BigDecimal.valueOf(100)) > 0) {
                    problems.error(ref, "比率为 " + n.toPlainString() + "%，超出 0–100% 的范围", "以百分数填写，98.30% 写作 98.30");
                    return null;
                }
                return new Value(n, ref);
            }

            @Override
            public Value fraction(Column.Fraction c) {
                // a spreadsheet program takes 5/11 for the 11th of May, and saves it so
                String dated = "把这一列设为“文本”格式，再写成 n/" + c.whole() + "（或只写项数 n）";
                if (node instanceof YNode.YScalar s && Dates.isOne(s.text())) {
                    problems.error(ref, "“" + s.text().strip() + "”是个日期：表格程序把分数 n/" + c.whole() + " 当成了日期", dated);
                    return null;
                }
                BigDecimal n = scalars.number(node, false, "0 到 " + c.whole() + " 之间的整数");
                if (n == null) {
                    return null;
                }
                if (n.compareTo(BigDecimal.valueOf(DATE_SERIAL)) >= 0
                        && n.compareTo(BigDecimal.valueOf(c.whole())) > 0) {
                    problems.error(
                            ref,
                            "应为 0 到 " + c.whole() + " 之间的整数，实为 " + n.toPlainString() + "：像是表格程序把分数当成日期后存下的数",
                            dated);
                    return null;
                }
                if (n.signum() < 0
                        || n.stripTrailingZeros().scale() > 0
                        || n.compareTo(BigDecimal.valueOf(c.whole())) > 0) {
                    problems.error(
                            ref,
                            "应为 0 到 " + c.whole() + " 之间的整数，实为 " + n.toPlainString(),
                            "填写 " + c.whole() + " 项中的项数，印作“n/" + c.whole() + "”");
                    return null;
                }
                return new Value(n, ref);
            }

            @Override
            public Value rank(Column.Rank c) {
                problems.error(ref, "“" + c.name() + "”由程序按排序计算，不应填写", "从这一行删去它");
                return null;
            }

            @Override
            public Value sum(Column.Sum c) {
                // the source's own subtotal, kept to be checked against the computed one
                return wholeNumber(node);
            }
        });
    }

    private Value textValue(YNode node, Column.Leaf c) {
        String t = scalars.text(node);
        if (t == null || t.isBlank()) {
            if (t != null) {
                problems.error(node.ref(), c.name() + "为空", "");
            }
            return null;
        }
        return new Value(t.strip(), node.ref());
    }

    private Value wholeNumber(YNode node) {
        BigDecimal n = scalars.number(node, false, "非负整数");
        if (n == null) {
            return null;
        }
        if (n.signum() < 0) {
            problems.error(node.ref(), "数量不能为负数，实为 " + n.toPlainString(), "更正该数字；该项不存在时写 ~");
            return null;
        }
        if (n.stripTrailingZeros().scale() > 0) {
            problems.error(node.ref(), "应为整数，实为 " + n.toPlainString(), "");
            return null;
        }
        return new Value(n, node.ref());
    }
}
