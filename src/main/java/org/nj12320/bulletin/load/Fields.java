package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.nj12320.bulletin.model.Blank;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.Suggest;

/**
 * Typed access to the fields of one YAML mapping. Every field asked for becomes a known name, so that
 * {@link #finish()} can report the fields nobody asked for as typos, with the nearest known name.
 */
final class Fields {
    private final YNode.YMap map;
    private final Problems problems;
    private final Scalars scalars;
    private final Set<String> known = new LinkedHashSet<>();

    private Fields(YNode.YMap map, Problems problems) {
        this.map = map;
        this.problems = problems;
        this.scalars = new Scalars(problems);
    }

    /** Reads a node that must be a mapping; reports and gives an empty one otherwise. */
    static Fields of(YNode node, Problems problems, String what) {
        if (node instanceof YNode.YMap m) {
            return new Fields(m, problems);
        }
        problems.error(node.ref(), what + "应为若干“字段: 值”，实为" + node.describe(), "每行写一个字段，如 名称: 值");
        return new Fields(new YNode.YMap(Map.of(), Map.of(), node.ref()), problems);
    }

    SourceRef ref() {
        return map.ref();
    }

    Set<String> keys() {
        return map.entries().keySet();
    }

    SourceRef refOf(String key) {
        SourceRef r = map.keyRefs().get(key);
        return r != null ? r : map.ref().child(key);
    }

    /** Marks names as known without reading them (read some other way). */
    void know(String... names) {
        known.addAll(List.of(names));
    }

    Optional<YNode> node(String key) {
        known.add(key);
        return Optional.ofNullable(map.get(key));
    }

    Optional<YNode> required(String key, String hint) {
        Optional<YNode> n = node(key);
        if (n.isEmpty() && joinedWithItsValue(key) == null) {
            problems.error(map.ref().child(key), "缺少必填字段“" + key + "”", hint);
        }
        return n;
    }

    /** A text field; numbers are taken as their digits (a postcode written without quotes). */
    String text(String key, boolean required) {
        Optional<YNode> n = required ? required(key, "补上一行 " + key + ": …") : node(key);
        if (required && emptied(n, key)) {
            return null;
        }
        return n.map(this::asText).orElse(null);
    }

    /**
     * Whether a field that must have a value was written without one ({@code printed:}, {@code printed: ~},
     * {@code printed: null}), which YAML reads as no value at all; reported at the field.
     */
    private boolean emptied(Optional<YNode> n, String key) {
        if (n.isPresent()
                && n.get() instanceof YNode.YScalar s
                && (s.isNull() || s.text().isBlank())) {
            problems.error(s.ref(), "不能空着", "在“" + key + ":”后面写上它的内容");
            return true;
        }
        return false;
    }

    String asText(YNode n) {
        return scalars.text(n);
    }

    /** A whole number that cannot be negative. */
    Long count(String key, boolean required) {
        return count(key, required, Long.MAX_VALUE / 2);
    }

    /** A whole number from 0 to {@code max}. */
    Long count(String key, boolean required, long max) {
        Optional<YNode> n = required ? required(key, "补上一行 " + key + ": 及其数字") : node(key);
        if (n.isEmpty() || (required && emptied(n, key))) {
            return null;
        }
        BigDecimal v = number(n.get(), false, "非负整数");
        if (v == null) {
            return null;
        }
        if (v.signum() < 0 || v.stripTrailingZeros().scale() > 0) {
            problems.error(n.get().ref(), "应为非负整数，实为 " + v.toPlainString(), "");
            return null;
        }
        if (v.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            problems.error(n.get().ref(), "应为 0 到 " + max + " 之间的整数，实为 " + v.toPlainString(), "");
            return null;
        }
        return v.longValueExact();
    }

    /** Reads a number scalar, reporting and giving null when it is not one. */
    BigDecimal number(YNode n, boolean percentAllowed, String what) {
        return scalars.number(n, percentAllowed, what);
    }

    LocalDate date(String key, boolean required) {
        return date(key, required, LocalDate.of(2023, 4, 27));
    }

    /**
     * @param example the date the hints show as the way to write one: for a print date, one of the issue's own
     *                print month
     */
    LocalDate date(String key, boolean required, LocalDate example) {
        String t = text(key, required);
        if (t == null) {
            return null;
        }
        if (Blank.isBlank(t)) {
            problems.error(map.get(key).ref(), Blank.MESSAGE, "填入日期，写作 " + example);
            return null;
        }
        try {
            return LocalDate.parse(t.strip());
        } catch (DateTimeException e) {
            problems.error(map.get(key).ref(), "应为日期，实为“" + t + "”", "日期写作 " + dateLike(t.strip(), example));
            return null;
        }
    }

    /** The date as it is to be written, when the editor's way of writing it says which one it is; else an example. */
    static String dateLike(String text, LocalDate example) {
        int[] ymd = Dates.parts(text);
        if (ymd != null) {
            try {
                return LocalDate.of(ymd[0], ymd[1], ymd[2]).toString();
            } catch (DateTimeException e) {
                return example + "（" + text + " 这一天不存在）";
            }
        }
        // a month and a day without the year (4月27日, 4-27): that day of the year the example is in
        java.util.regex.Matcher md = MONTH_DAY.matcher(text);
        if (md.matches()) {
            try {
                return LocalDate.of(example.getYear(), Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)))
                        + "（要写上年份）";
            } catch (DateTimeException e) {
                return example.toString();
            }
        }
        return example.toString();
    }

    private static final java.util.regex.Pattern MONTH_DAY =
            java.util.regex.Pattern.compile("(\\d{1,2})\\s*(?:月|[-/.])\\s*(\\d{1,2})\\s*日?");

    List<YNode> list(String key, boolean required) {
        Optional<YNode> n = required ? required(key, "补上 " + key + ":，其下每项一行，以 - 开头") : node(key);
        if (n.isEmpty() || (n.get() instanceof YNode.YScalar s && s.isNull())) {
            return List.of();
        }
        if (n.get() instanceof YNode.YList l) {
            return l.items();
        }
        problems.error(
                n.get().ref(), "字段“" + key + "”应为列表（每项一行，以 - 开头），实为" + n.get().describe(), "");
        return List.of();
    }

    Optional<Fields> map(String key, boolean required) {
        Optional<YNode> n = required ? required(key, "补上 " + key + ":，其下缩进写各字段") : node(key);
        return n.map(x -> Fields.of(x, problems, "字段“" + key + "”"));
    }

    boolean flag(String key) {
        Optional<YNode> n = node(key);
        if (n.isEmpty()) {
            return false;
        }
        if (n.get() instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.BOOLEAN) {
            return Boolean.parseBoolean(s.text().toLowerCase());
        }
        problems.error(n.get().ref(), "应为 true 或 false，实为" + n.get().describe(), "");
        return false;
    }

    /** Reports every field that no reader asked for, suggesting the nearest known name. */
    void finish() {
        String previous = null;
        for (String key : map.entries().keySet()) {
            if (!known.contains(key)) {
                if (!splitNumber(previous, key) && !colonSlip(key)) {
                    Optional<String> near = Suggest.nearest(key, known);
                    problems.error(
                            refOf(key),
                            "未知字段“" + key + "”",
                            near.map(s -> "是否应为“" + s + "”？").orElse("此处可用的字段：" + String.join("、", known)));
                }
            }
            previous = key;
        }
    }

    /**
     * The key of a field written with its value after a full-width colon or a colon without a space
     * ({@code 名称：健康南京客户端}, {@code 预约数量:15123}), which YAML reads as one key of no value; null when
     * there is none.
     */
    private String joinedWithItsValue(String key) {
        for (String k : map.entries().keySet()) {
            if (k.startsWith(key + "：") || k.startsWith(key + ":")) {
                return k;
            }
        }
        return null;
    }

    /** A key that is a known one joined to its value by a colon slip, reported at the colon. */
    private boolean colonSlip(String key) {
        int at = key.indexOf('：');
        boolean full = at > 0;
        if (!full) {
            at = key.indexOf(':');
        }
        if (at <= 0 || !known.contains(key.substring(0, at))) {
            return false;
        }
        SourceRef r = refOf(key);
        SourceRef colon = new SourceRef(r.file(), r.line(), r.column() > 0 ? r.column() + at : 0, r.path(), r.sheet());
        if (full) {
            problems.error(
                    colon,
                    "全角冒号“：”不能分开字段名和值：YAML 把“" + key + "”读成了一个字段名",
                    "改成半角冒号加一个空格：" + key.substring(0, at) + ": " + key.substring(at + 1));
        } else {
            problems.error(
                    colon,
                    "冒号后面少了一个空格：YAML 把“" + key + "”读成了一个字段名",
                    "在“:”后面加一个空格：" + key.substring(0, at) + ": " + key.substring(at + 1));
        }
        return true;
    }

    /**
     * {@code {count: 1,02}} is read by YAML as {@code count: 1} and a field {@code 02} with no value: in braces a
     * comma separates fields. Reported as the number it was meant to be, at the number.
     */
    /** Whether a key is digits only: asked of every key of every row, so a look at its chars. */
    private static boolean digits(String key) {
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) < '0' || key.charAt(i) > '9') {
                return false;
            }
        }
        return !key.isEmpty();
    }

    private boolean splitNumber(String previous, String key) {
        if (previous == null
                || !digits(key)
                || !(map.get(key) instanceof YNode.YScalar v)
                || !(v.isNull() || v.text().isEmpty())
                || !(map.get(previous) instanceof YNode.YScalar p)
                || p.kind() != YNode.YScalar.Kind.NUMBER) {
            return false;
        }
        String written = p.text() + "," + key;
        problems.error(
                p.ref(),
                "应为一个数字，实为“" + written + "”：在 { } 中逗号分隔字段，YAML 把它读成了 " + p.text() + " 和另一个字段“" + key + "”",
                "整数不要加逗号，写作 " + p.text() + key + "；小数请用小数点，如 " + p.text() + "." + key);
        return true;
    }
}
