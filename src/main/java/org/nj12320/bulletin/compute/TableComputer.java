package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.ColumnType;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.model.TableData;
import org.nj12320.bulletin.model.Value;

/**
 * Computes a table: sums of rows, the order and ranks of rows, the total row, the notes; checks every figure
 * the source gives of its own (a printed 小计 or 合计, a 2024 figure against its cumulative) against the
 * computed ones; and formats every cell. One mechanism for every table, driven by its column description.
 */
public final class TableComputer {

    /** The computed table and what the checks found. */
    public record Result(TableView view, List<Problem> problems) {
    }

    private TableComputer() {
    }

    public static Result compute(TableData table) {
        List<Problem> problems = new ArrayList<>();
        List<Column.Leaf> leaves = table.leaves();
        Column.Leaf nameColumn = leaves.stream().filter(l -> l.type() == ColumnType.NAME).findFirst().orElse(null);

        checkUniqueNames(table, nameColumn, problems);

        // every row's own values, then its sums, in column order so that a sum may add up earlier sums
        List<Map<String, BigDecimal>> numbers = new ArrayList<>();
        for (TableData.Row row : table.rows()) {
            Map<String, BigDecimal> n = new HashMap<>();
            for (Column.Leaf leaf : leaves) {
                Value v = row.values().get(leaf.path());
                if (leaf.type() == ColumnType.SUM) {
                    BigDecimal sum = sum(leaf.sumOf().stream().map(n::get).toList());
                    n.put(leaf.path(), sum);
                    if (v != null && !v.isMissing() && sum != null && v.number().compareTo(sum) != 0) {
                        problems.add(Problem.warning(v.ref(), "《" + table.title() + "》" + rowName(row, nameColumn) + "的“" + leaf.path()
                                        + "”：原表为 " + plain(v.number()) + "，各项之和为 " + plain(sum)
                                        + "（" + parts(leaf.sumOf(), n) + "），印出的是 " + plain(sum),
                                "核对原始数据，改正有误的分项，或在确认后改正原表数字"));
                    }
                } else if (v != null && v.isNumber()) {
                    n.put(leaf.path(), v.number());
                }
            }
            numbers.add(n);
        }

        checkBounds(table, leaves, nameColumn, numbers, problems);
        checkRowBounds(table, leaves, nameColumn, numbers, problems);

        // order: largest first, keeping the file's order among equals; rows without the value go last
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            order.add(i);
        }
        if (table.orderBy() != null) {
            Comparator<Integer> byValue = Comparator.comparing(i -> numbers.get(i).get(table.orderBy()),
                    Comparator.nullsLast(table.ascending() ? Comparator.<BigDecimal>naturalOrder() : Comparator.<BigDecimal>reverseOrder()));
            order.sort(byValue);
        }

        List<TableView.RowView> rows = new ArrayList<>();
        BigDecimal previous = null;
        int previousRank = 0;
        for (int position = 0; position < order.size(); position++) {
            int i = order.get(position);
            TableData.Row row = table.rows().get(i);
            List<TableView.CellView> cells = new ArrayList<>();
            for (Column.Leaf leaf : leaves) {
                if (leaf.type() == ColumnType.RANK) {
                    int rank = position + 1;
                    if (leaf.sharedRanks() && table.orderBy() != null) {
                        BigDecimal key = numbers.get(i).get(table.orderBy());
                        if (position > 0 && key != null && previous != null && key.compareTo(previous) == 0) {
                            rank = previousRank;
                        }
                        previous = key;
                        previousRank = rank;
                    }
                    cells.add(new TableView.CellView(Integer.toString(rank), "number", false, 1));
                } else {
                    Value v = row.values().get(leaf.path());
                    BigDecimal n = numbers.get(i).get(leaf.path());
                    cells.add(cell(leaf, v, n));
                }
            }
            rows.add(new TableView.RowView(cells));
        }

        TableView.RowView total = table.total() == null ? null : totalRow(table, leaves, numbers, problems);
        List<String> notes = new ArrayList<>();
        for (String note : table.notes()) {
            notes.add(fillNote(note, table, problems));
        }
        TableView view = new TableView(table.id(), table.title(), table.subtitle(), HeaderGrid.of(table.columns()),
                leaves.stream().map(l -> new TableView.ColumnView(l.path(), l.label(), kind(l.type()),
                        l.type().name().toLowerCase(Locale.ROOT))).toList(),
                rows, total, notes);
        return new Result(view, problems);
    }

    private static void checkUniqueNames(TableData table, Column.Leaf nameColumn, List<Problem> problems) {
        if (nameColumn == null) {
            return;
        }
        Map<String, SourceRef> seen = new HashMap<>();
        for (TableData.Row row : table.rows()) {
            Value v = row.values().get(nameColumn.path());
            if (v == null || v.isMissing()) {
                continue;
            }
            SourceRef first = seen.putIfAbsent(v.text(), v.ref());
            if (first != null) {
                problems.add(Problem.error(v.ref(), "《" + table.title() + "》中“" + v.text() + "”出现了两次（第一次在第 " + first.line() + " 行）",
                        "每个" + nameColumn.name() + "只留一行；两行都对的话把数字合并到一行"));
            }
        }
    }

    /** A figure may not exceed its whole: a 2024 count its cumulative count, the upload days the days of a month. */
    private static void checkBounds(TableData table, List<Column.Leaf> leaves, Column.Leaf nameColumn,
                                    List<Map<String, BigDecimal>> numbers, List<Problem> problems) {
        for (Column.Leaf leaf : leaves) {
            if (leaf.atMost() == null) {
                continue;
            }
            boolean fixed = leaf.atMost().matches("\\d+");
            for (int i = 0; i < table.rows().size(); i++) {
                BigDecimal v = numbers.get(i).get(leaf.path());
                BigDecimal bound = fixed ? new BigDecimal(leaf.atMost()) : numbers.get(i).get(leaf.atMost());
                if (v != null && bound != null && v.compareTo(bound) > 0) {
                    TableData.Row row = table.rows().get(i);
                    Value written = row.values().get(leaf.path());
                    problems.add(Problem.warning(written != null ? written.ref() : row.ref(), "《" + table.title() + "》" + rowName(row, nameColumn)
                                    + "的“" + leaf.path() + "”为 " + plain(v) + "，大于"
                                    + (fixed ? "上限 " + leaf.atMost() : "“" + leaf.atMost() + "” " + plain(bound)),
                            "部分不能大于整体，请对照原始数据核对这两个数字"));
                }
            }
        }
    }

    /** A row may not exceed another in any column: the figures of 2024 are part of the cumulative ones. */
    private static void checkRowBounds(TableData table, List<Column.Leaf> leaves, Column.Leaf nameColumn,
                                       List<Map<String, BigDecimal>> numbers, List<Problem> problems) {
        for (TableData.RowBound b : table.rowBounds()) {
            int part = rowIndex(table, nameColumn, b.row());
            int whole = rowIndex(table, nameColumn, b.atMost());
            if (part < 0 || whole < 0) {
                problems.add(Problem.error(b.ref(), "《" + table.title() + "》的核对项提到的行“" + (part < 0 ? b.row() : b.atMost()) + "”不存在",
                        "row: 和 at_most: 写表中某一行的名称"));
                continue;
            }
            for (Column.Leaf leaf : leaves) {
                BigDecimal v = numbers.get(part).get(leaf.path());
                BigDecimal bound = numbers.get(whole).get(leaf.path());
                if (v != null && bound != null && v.compareTo(bound) > 0) {
                    Value written = table.rows().get(part).values().get(leaf.path());
                    problems.add(Problem.warning(written != null ? written.ref() : b.ref(), "《" + table.title() + "》“" + b.row() + "”的“"
                                    + leaf.path() + "”为 " + plain(v) + "，大于“" + b.atMost() + "”的 " + plain(bound),
                            "部分不能大于整体，请对照原始数据核对这两个数字"));
                }
            }
        }
    }

    private static int rowIndex(TableData table, Column.Leaf nameColumn, String name) {
        if (nameColumn == null) {
            return -1;
        }
        for (int i = 0; i < table.rows().size(); i++) {
            Value v = table.rows().get(i).values().get(nameColumn.path());
            if (v != null && name.equals(v.text())) {
                return i;
            }
        }
        return -1;
    }

    private static TableView.RowView totalRow(TableData table, List<Column.Leaf> leaves, List<Map<String, BigDecimal>> numbers,
                                              List<Problem> problems) {
        List<TableView.CellView> cells = new ArrayList<>();
        // the label covers the leading columns that have no total (序号 and 单位)
        int lead = 0;
        while (lead < leaves.size() && (!leaves.get(lead).type().numeric() || leaves.get(lead).type() == ColumnType.RANK)) {
            lead++;
        }
        cells.add(new TableView.CellView(table.total().label(), "name", false, Math.max(lead, 1)));
        for (int c = Math.max(lead, 1); c < leaves.size(); c++) {
            Column.Leaf leaf = leaves.get(c);
            if (!leaf.type().summable()) {
                cells.add(new TableView.CellView("", kind(leaf.type()), false, 1));
                continue;
            }
            List<BigDecimal> column = numbers.stream().map(n -> n.get(leaf.path())).toList();
            BigDecimal sum = sum(column);
            Value given = table.total().given().get(leaf.path());
            if (given != null && given.isNumber() && sum != null && given.number().compareTo(sum) != 0) {
                problems.add(Problem.warning(given.ref(), "《" + table.title() + "》“" + leaf.path() + "”的" + table.total().label()
                                + "：原表为 " + plain(given.number()) + "，各行之和为 " + plain(sum) + "，印出的是 " + plain(sum),
                        "对照原始数据核对这一列各行的数字"));
            }
            cells.add(new TableView.CellView(format(leaf, sum), "number", sum == null, 1));
        }
        return new TableView.RowView(cells);
    }

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}:]+)(?::([^{}]*))?}");

    /** Fills {@code {name}} and {@code {name:亿2}} in a note with the table's named figures. */
    private static String fillNote(String note, TableData table, List<Problem> problems) {
        Matcher m = PLACEHOLDER.matcher(note);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String name = m.group(1).strip();
            Value v = table.figures().get(name);
            String text;
            if (v == null) {
                problems.add(Problem.error(table.ref().child("notes"), "《" + table.title() + "》的注释引用了 {" + name + "}，但 figures: 中没有这一项",
                        table.figures().isEmpty() ? "补上 figures:，其下写 " + name + ": 及其数字"
                                : "figures: 中现有：" + String.join("、", table.figures().keySet())));
                text = m.group();
            } else {
                try {
                    text = NumberFormats.format(v.number(), m.group(2));
                } catch (IllegalArgumentException e) {
                    problems.add(Problem.error(table.ref().child("notes"), "《" + table.title() + "》的注释 {" + m.group(1) + ":" + m.group(2) + "}：" + e.getMessage(),
                            "可用的格式：万、亿2（两位小数）、.2、%2"));
                    text = m.group();
                }
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(text));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static TableView.CellView cell(Column.Leaf leaf, Value v, BigDecimal n) {
        String kind = kind(leaf.type());
        return switch (leaf.type()) {
            case NAME, TEXT -> new TableView.CellView(v == null || v.isMissing() ? NumberFormats.MISSING : v.text(), kind, v == null || v.isMissing(), 1);
            default -> new TableView.CellView(format(leaf, n), kind, n == null, 1);
        };
    }

    static String format(Column.Leaf leaf, BigDecimal n) {
        return switch (leaf.type()) {
            case COUNT, SUM, RANK -> NumberFormats.count(n);
            case DECIMAL -> NumberFormats.fixed(n, leaf.decimals());
            case RATE -> NumberFormats.percent(n, leaf.decimals());
            case FRACTION -> NumberFormats.fraction(n, leaf.whole() == null ? 0 : leaf.whole());
            case NAME, TEXT -> n == null ? NumberFormats.MISSING : n.toPlainString();
        };
    }

    private static String kind(ColumnType t) {
        return switch (t) {
            case NAME -> "name";
            case TEXT -> "text";
            default -> "number";
        };
    }

    /** Adds up the values that exist; nothing when none does. */
    static BigDecimal sum(List<BigDecimal> values) {
        BigDecimal s = null;
        for (BigDecimal v : values) {
            if (v != null) {
                s = s == null ? v : s.add(v);
            }
        }
        return s;
    }

    private static String parts(List<String> paths, Map<String, BigDecimal> n) {
        List<String> out = new ArrayList<>();
        for (String p : paths) {
            out.add(p + " " + (n.get(p) == null ? NumberFormats.MISSING : plain(n.get(p))));
        }
        return String.join(" + ", out);
    }

    private static String rowName(TableData.Row row, Column.Leaf nameColumn) {
        Value v = nameColumn == null ? null : row.values().get(nameColumn.path());
        return v == null || v.isMissing() ? "第 " + (row.index() + 1) + " 行" : v.text();
    }

    static String plain(BigDecimal n) {
        return n.stripTrailingZeros().scale() <= 0 ? n.setScale(0).toPlainString() : n.toPlainString();
    }
}
