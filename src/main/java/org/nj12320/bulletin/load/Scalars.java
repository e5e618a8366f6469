package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.Blank;

/** Reads single values, texts and numbers, reporting what is not one as a problem at its place. */
final class Scalars {
    /** The error values of spreadsheets, which a cell read from one may hold. */
    private static final Pattern SPREADSHEET_ERROR =
            Pattern.compile("#(DIV/0!|N/A|NAME\\?|NULL!|NUM!|REF!|VALUE!|SPILL!|CALC!|GETTING_DATA)");

    private final Problems problems;

    Scalars(Problems problems) {
        this.problems = problems;
    }

    /** A text, cleaned of look-alike characters; numbers are taken as their digits (a postcode without quotes). */
    String text(YNode n) {
        if (n instanceof YNode.YScalar s && s.kind() != YNode.YScalar.Kind.NULL) {
            return Texts.clean(s.text(), s.ref(), problems);
        }
        if (n instanceof YNode.YScalar s && s.isNull()) {
            return null;
        }
        problems.error(n.ref(), "此处应为文字，实为" + n.describe(), "把文字写在冒号后面的同一行");
        return null;
    }

    /** A number, as {@link Numbers} reads one; null, and reported, when it is not one; null for {@code ~}. */
    BigDecimal number(YNode n, boolean percentAllowed, String what) {
        if (!(n instanceof YNode.YScalar s) || s.kind() == YNode.YScalar.Kind.BOOLEAN) {
            problems.error(n.ref(), "应为" + what + "，实为" + n.describe(), "只写阿拉伯数字");
            return null;
        }
        if (s.isNull()) {
            return null;
        }
        if (plain(s.text())) {
            return new BigDecimal(s.text());
        }
        if (Blank.isBlank(s.text())) {
            problems.error(n.ref(), Blank.MESSAGE, "填入本期的数字；该项本期没有时写 ~（印作 /）");
            return null;
        }
        if (SPREADSHEET_ERROR.matcher(s.text().strip()).matches()) {
            problems.error(n.ref(), "这一格是表格的错误值 " + s.text().strip() + "，不是数字", "在表格中改正这一格的公式或数字，保存后再试");
            return null;
        }
        if (s.text().startsWith("=") && n.ref().sheet() != null) {
            problems.formulaWithoutResult(n.ref(), s.text());
            return null;
        }
        if (Dates.isOne(s.text())) {
            // typed into a cell that a spreadsheet program had formatted as a date, or taken for one
            problems.error(n.ref(), "“" + s.text().strip() + "”是个日期，不是" + what, "写上数字；在表格程序中，先把这一格设为“常规”或“数值”格式，再重新填写");
            return null;
        }
        Numbers.Reading r = Numbers.read(s.text(), percentAllowed);
        if (!r.ok()) {
            problems.error(n.ref(), "应为" + what + "，实为" + r.found(), r.hint());
            return null;
        }
        return r.value();
    }

    /**
     * Whether a text is ASCII digits with at most one point between them ({@code 3307}, {@code 98.30}): the way
     * nearly every figure is written, read as it is, without the checks for what else a figure may have been
     * written as (a date, an error value, digits of another width), none of which such a text can be.
     */
    static boolean plain(String t) {
        int n = t.length();
        boolean point = false;
        for (int i = 0; i < n; i++) {
            char c = t.charAt(i);
            if (c == '.' && !point && i > 0 && i < n - 1) {
                point = true;
            } else if (c < '0' || c > '9') {
                return false;
            }
        }
        return n > 0;
    }
}
