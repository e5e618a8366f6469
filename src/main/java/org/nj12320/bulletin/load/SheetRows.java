package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Column;
import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.PeriodWords;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.sheet.Grid;
import org.nj12320.bulletin.sheet.GridCell;
import org.nj12320.bulletin.sheet.SheetException;
import org.nj12320.bulletin.sheet.Sheets;
import org.nj12320.bulletin.world.Folder;

/**
 * The rows of a table read from a spreadsheet ({@code rows: appointments.xlsx}), turned into the nodes the
 * table reader takes from YAML, each remembering its cell, so that every check of a row written in YAML is made
 * of a row from a sheet too. The sheet's header is found (under a title row, over one or two rows for grouped
 * columns) and its cells matched to the table's columns by name or label, whatever the spaces, the width of the
 * characters or the line breaks in them; a 合计 row is the source's own totals; blank rows and notes are passed
 * over; columns the table does not use are listed.
 */
final class SheetRows {
    /**
     * The rows as nodes, and the total row when the sheet has one.
     *
     * @param ok whether the sheet could be matched to the table at all; when not, the problems say why and the
     *           rows are none
     */
    record Result(List<YNode> rows, YNode total, boolean ok) {}

    /** What a line of notes under a table starts with. */
    private static final Pattern NOTE = Pattern.compile("^(注|说明|备注|数据来源|来源|资料来源|制表|填表|审核|统计口径|（|\\().*");

    private static final Pattern PLAIN = Pattern.compile("\\d*\\.?\\d+");

    private final Problems problems;
    private final Period period;

    SheetRows(Problems problems, Period period) {
        this.problems = problems;
        this.period = period;
    }

    /**
     * Reads the rows a table's {@code rows:} names: {@code appointments.xlsx}, or {@code {file: …, sheet: …,
     * header: 3}}.
     *
     * @param totalLabel the label of the table's total row (合计), which names the source's own total row too
     */
    Result read(Folder dir, YNode spec, List<Column> columns, String totalLabel) {
        String file;
        String sheet = null;
        Integer header = null;
        if (spec instanceof YNode.YScalar s && s.kind() == YNode.YScalar.Kind.STRING) {
            file = s.text().strip();
        } else {
            Fields f = Fields.of(spec, problems, "rows");
            file = f.text("file", true);
            sheet = f.text("sheet", false);
            Long h = f.count("header", false, SheetHeader.HEADER_SEARCH * 5L);
            header = h == null ? null : h.intValue();
            f.finish();
            if (file == null) {
                return new Result(List.of(), null, false);
            }
        }
        if (Sheets.unreadableKind(file).isPresent()) {
            String xlsx = file.substring(0, file.lastIndexOf('.')) + ".xlsx";
            problems.error(
                    spec.ref(),
                    "表格文件“" + file + "”是" + Sheets.unreadableKind(file).get() + "，程序只读 .xlsx 和 CSV",
                    Sheets.saveAsWorkbook(file, xlsx) + "，并把 rows: 改成 " + xlsx);
            return new Result(List.of(), null, false);
        }
        if (!Sheets.isSpreadsheetName(file)) {
            problems.error(
                    spec.ref(),
                    "rows: 应为各行数据的列表，或一个表格文件（.xlsx 或 .csv），实为“" + file + "”",
                    "例如 rows: appointments.xlsx；或在 rows: 下每行写一个单位");
            return new Result(List.of(), null, false);
        }
        String display = dir.display(file);
        List<String> files = dir.isFile(file) || file.contains("..") ? List.of() : dir.files(2);
        if (!dir.isFile(file)
                && !file.contains("..")
                && !files.contains(file)
                && !dir.sub(file).exists()) {
            // a sheet saved under the name the source gave it, or a download's "(1)", is the usual cause
            List<String> sheets = files.stream()
                    .filter(f -> ReadFolder.ofTheIssue(f) && Sheets.isSpreadsheetName(f))
                    .sorted()
                    .toList();
            // or saved in a format of its program's own (WPS's .et), which the tool cannot read
            List<String> unreadable = files.stream()
                    .filter(f ->
                            ReadFolder.ofTheIssue(f) && Sheets.unreadableKind(f).isPresent())
                    .sorted()
                    .toList();
            String hint;
            if (!sheets.isEmpty()) {
                hint = "文件夹中有表格文件 " + String.join("、", sheets) + "：是本期的这张表，就把它改名为 " + file + "，或把 rows: 改成它的名字";
            } else if (!unreadable.isEmpty()) {
                String first = unreadable.get(0);
                hint = "文件夹中有 " + String.join("、", unreadable) + "：这是"
                        + Sheets.unreadableKind(first).get() + "，程序读不了；是本期的这张表，就" + Sheets.saveAsWorkbook(first, file);
            } else {
                hint = "把本期的表格存为这个文件（上一期的可由 bulletin export 导出，改作本期的）；或更正文件名";
            }
            problems.error(spec.ref(), "表格文件“" + file + "”不存在（" + display + "）", hint);
            return new Result(List.of(), null, false);
        }
        Grid grid;
        try {
            byte[] bytes = SourceText.bytes(dir, file, spec.ref(), Sheets.MAX_BYTES);
            grid = grid(bytes, dir.display(file), file, sheet);
        } catch (BulletinException e) {
            problems.addAll(e.problems());
            return new Result(List.of(), null, false);
        } catch (SheetException e) {
            SourceRef at = e.row() > 0
                    ? SourceRef.cell(display, sheet == null ? "" : sheet, e.row(), e.column(), "")
                    : SourceRef.file(display);
            Problem p = Problem.error(at, e.getMessage(), e.hint());
            problems.add(e.getCause() == null ? p : p.withDetail(e.getCause().toString()));
            return new Result(List.of(), null, false);
        }
        return new Reading(display, grid, columns, totalLabel).read(header);
    }

    /** One sheet being matched to one table. */
    private final class Reading {
        private final String display;
        private final Grid grid;
        private final List<Column.Leaf> leaves;
        private final SheetHeader header;
        private final String totalLabel;
        private final Column.Leaf name;

        Reading(String display, Grid grid, List<Column> columns, String totalLabel) {
            this.display = display;
            this.grid = grid;
            this.leaves = Column.leavesOf(columns);
            this.header = new SheetHeader(display, grid, columns, problems);
            this.totalLabel = totalLabel;
            this.name = Column.Leaf.nameOf(leaves).orElse(null);
        }

        SourceRef at(int row, int column, String path) {
            return SourceRef.cell(display, grid.sheet(), row, column, path);
        }

        Result read(Integer given) {
            int top = given != null ? given : header.find();
            if (top < 1) {
                problems.error(
                        SourceRef.cell(display, grid.sheet(), 1, 1, ""),
                        "在前 " + SheetHeader.HEADER_SEARCH + " 行中找不到表头：没有一行写着表格的列名（" + header.neededNames() + "）",
                        "表头应写列名，如“单位”“电话预约”；表头不在前几行时，写 rows: {file: …, header: 表头所在的行号}");
                return new Result(List.of(), null, false);
            }
            Map<Column.Leaf, Integer> where = header.match(top);
            if (where == null) {
                return new Result(List.of(), null, false);
            }
            titlePeriod(top);
            fractionsForPercents(where, top);
            hiddenColumns(where, top);
            List<YNode> rows = new ArrayList<>();
            YNode total = null;
            int totalRow = 0;
            List<Integer> after = new ArrayList<>();
            int first = top + header.depth();
            for (int r = first; r <= grid.rows().size(); r++) {
                List<GridCell> cells = grid.rows().get(r - 1);
                List<GridCell> filled = cells.stream().filter(c -> !c.isEmpty()).toList();
                if (filled.isEmpty()) {
                    continue;
                }
                if (filled.size() == 1
                        && filled.get(0).kind() == GridCell.Kind.TEXT
                        && NOTE.matcher(filled.get(0).text().strip()).matches()) {
                    continue;
                }
                String unit = unit(r, where);
                if (total != null) {
                    // under the total row are notes; a unit's figures there would be left out of it
                    if (isUnitRow(r, where)) {
                        after.add(r);
                    }
                    continue;
                }
                hiddenRow(r, where, unit);
                if (isTotal(r, where)) {
                    total = row(r, where, unit, true);
                    totalRow = r;
                    continue;
                }
                rows.add(row(r, where, unit, false));
            }
            if (!after.isEmpty()) {
                int r = after.get(0);
                problems.error(
                        at(r, nameColumn(where), ""),
                        "合计行（第 " + totalRow + " 行）下面还有 " + after.size() + " 行单位的数字（第 " + r + " 行"
                                + (unit(r, where).isEmpty() ? "" : "，" + unit(r, where))
                                + (after.size() > 1 ? " 起" : "")
                                + "）：它们不在合计之内，也不会印出",
                        "合计行应是表格的最后一行：把这些行移到合计行之上（合计的公式也要包括它们），或删去它们；" + "它们若是另一张表，把那张表存到另一个工作表或文件");
            }
            return new Result(rows, total, true);
        }

        /**
         * The sheet's own title (the rows above its header), when it names a period, names the issue's: last
         * month's sheet saved under this month's name says 2023年3月 there.
         */
        private void titlePeriod(int top) {
            for (int r = 1; r < top; r++) {
                for (GridCell c : grid.rows().get(r - 1)) {
                    if (c.kind() != GridCell.Kind.TEXT) {
                        continue;
                    }
                    List<String> others = PeriodWords.others(c.text(), period);
                    if (!others.isEmpty()) {
                        problems.warning(
                                at(r, c.column(), ""),
                                "表格的标题“" + c.text().strip() + "”写的是" + others.get(0) + "，本期是 " + period.label()
                                        + "：是不是存成了别的期次的表？",
                                "核对这张表是不是本期的；是本期的，只是标题没有改，就在表格中改正标题");
                        return;
                    }
                }
            }
        }

        /** The unit a row names, as every edition prints it. */
        private String unit(int r, Map<Column.Leaf, Integer> where) {
            return name == null || !where.containsKey(name)
                    ? ""
                    : Names.tidy(grid.cell(r, where.get(name)).text());
        }

        private int nameColumn(Map<Column.Leaf, Integer> where) {
            return name != null && where.containsKey(name) ? where.get(name) : 1;
        }

        /** Whether a row names a unit and holds a figure in one of the table's columns. */
        private boolean isUnitRow(int r, Map<Column.Leaf, Integer> where) {
            if (unit(r, where).isEmpty() || isTotal(r, where)) {
                return false;
            }
            for (Map.Entry<Column.Leaf, Integer> e : where.entrySet()) {
                GridCell c = grid.cell(r, e.getValue());
                if (e.getKey().type().numeric()
                        && (c.kind() == GridCell.Kind.NUMBER
                                || (c.kind() == GridCell.Kind.TEXT
                                        && PLAIN.matcher(c.text().strip().replace(",", ""))
                                                .matches()))) {
                    return true;
                }
            }
            return false;
        }

        /** A row the spreadsheet program hides is read and printed all the same: said, for it is often a scratch row. */
        private void hiddenRow(int r, Map<Column.Leaf, Integer> where, String unit) {
            if (grid.hidden().rows().contains(r)) {
                problems.warning(
                        at(r, nameColumn(where), unit.isEmpty() ? "" : unit),
                        "第 " + r + " 行" + (unit.isEmpty() ? "" : "（" + unit + "）") + "在表格中是隐藏的，它的数字仍会读入并印出",
                        "隐藏的行常是草稿或上期留下的：不该印出，就从表格中删去这一行；该印出，就取消隐藏，以免看表的人漏看");
            }
        }

        /** The same for a column of the table's figures that the spreadsheet program hides. */
        private void hiddenColumns(Map<Column.Leaf, Integer> where, int top) {
            for (Map.Entry<Column.Leaf, Integer> e : inSheetOrder(where)) {
                int col = e.getValue();
                if (grid.hidden().columns().contains(col)) {
                    problems.warning(
                            at(header.rowOf(e.getKey(), top), col, e.getKey().path()),
                            e.getKey().said() + "一列（" + SourceRef.columnName(col) + " 列）在表格中是隐藏的，其中的内容仍会读入并印出",
                            "隐藏的列常是草稿或上期留下的：这一列若不是本期的，从表格中删去它，把本期的一列写上这个列名；是本期的，就取消隐藏");
                }
            }
        }

        /**
         * Whether a row is the source's total row: 合计 in the name column or left of it (where a printed table
         * merges 序号 and 单位 for it).
         */
        private boolean isTotal(int r, Map<Column.Leaf, Integer> where) {
            int last = name != null && where.containsKey(name) ? where.get(name) : 1;
            for (int col = 1; col <= last; col++) {
                String n = SheetHeader.norm(grid.cell(r, col).text());
                if (!n.isEmpty() && (n.equals(SheetHeader.norm(totalLabel)) || n.equals("合计") || n.equals("总计"))) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A rate column whose figures are all fractions (0.983) without a percentage format is most likely
         * written as a proportion: read as it is, it would print 0.98%.
         */
        private void fractionsForPercents(Map<Column.Leaf, Integer> where, int top) {
            for (Map.Entry<Column.Leaf, Integer> e : inSheetOrder(where)) {
                if (!e.getKey().type().percent()) {
                    continue;
                }
                List<BigDecimal> numbers = new ArrayList<>();
                boolean percents = false;
                for (int r = top + header.depth(); r <= grid.rows().size(); r++) {
                    GridCell c = grid.cell(r, e.getValue());
                    if (c.kind() == GridCell.Kind.NUMBER) {
                        numbers.add(c.number());
                        percents |= c.percent();
                    } else if (c.kind() == GridCell.Kind.TEXT
                            && PLAIN.matcher(c.text().strip()).matches()) {
                        numbers.add(new BigDecimal(c.text().strip()));
                    } else if (c.kind() == GridCell.Kind.TEXT && c.text().contains("%")) {
                        percents = true;
                    }
                }
                Optional<BigDecimal> example = percents ? Optional.empty() : Proportions.example(numbers);
                if (example.isPresent()) {
                    problems.warning(
                            at(
                                    header.rowOf(e.getKey(), top),
                                    e.getValue(),
                                    e.getKey().path()),
                            Proportions.message(e.getKey().path(), example.get()),
                            "在表格中把这一列设为百分比格式（显示为 98.30%），或直接写百分数 98.30");
                }
            }
        }

        /** The leaves found in the sheet, left to right, so that what is said of them comes in the sheet's order. */
        private static List<Map.Entry<Column.Leaf, Integer>> inSheetOrder(Map<Column.Leaf, Integer> where) {
            return where.entrySet().stream()
                    .sorted(Map.Entry.comparingByValue())
                    .toList();
        }

        /** A row of the sheet as a YAML row: a mapping from column name to cell, groups as nested mappings. */
        private YNode row(int r, Map<Column.Leaf, Integer> where, String unit, boolean total) {
            SourceRef rowRef =
                    at(r, name != null && where.containsKey(name) ? where.get(name) : 1, total ? "原表合计行" : unit);
            Map<String, Object> tree = new LinkedHashMap<>();
            for (Column.Leaf leaf : leaves) {
                Integer col = where.get(leaf);
                // a total row gives the totals of the columns that add up; a rate there is the source's business
                if (col == null || (total && !leaf.type().summable())) {
                    continue;
                }
                String owner = total ? "原表合计行" : unit;
                String path = (owner.isEmpty() ? "" : owner + "的") + leaf.said();
                YNode value = SheetCells.scalar(grid.cell(r, col), leaf, at(r, col, path));
                put(tree, header.chain(leaf), 0, value);
            }
            return map(tree, rowRef);
        }

        @SuppressWarnings("unchecked")
        private void put(Map<String, Object> tree, List<Column> chain, int i, YNode value) {
            if (i == chain.size() - 1) {
                tree.put(chain.get(i).name(), value);
                return;
            }
            Object sub = tree.computeIfAbsent(chain.get(i).name(), k -> new LinkedHashMap<String, Object>());
            put((Map<String, Object>) sub, chain, i + 1, value);
        }

        @SuppressWarnings("unchecked")
        private YNode.YMap map(Map<String, Object> tree, SourceRef ref) {
            Map<String, YNode> entries = new LinkedHashMap<>();
            Map<String, SourceRef> keyRefs = new LinkedHashMap<>();
            tree.forEach((k, v) -> {
                YNode n = v instanceof YNode node ? node : map((Map<String, Object>) v, ref);
                entries.put(k, n);
                keyRefs.put(k, n.ref());
            });
            return new YNode.YMap(entries, keyRefs, ref);
        }
    }

    /** A sheet read before, with the bytes it was read from. */
    private record Read(byte[] bytes, String sheet, Grid grid) {}

    /**
     * The last sheet read of each file, kept for a process that builds again and again ({@code watch}): the
     * same bytes give the same cells.
     */
    private static final Map<String, Read> READ = new java.util.concurrent.ConcurrentHashMap<>();

    private static Grid grid(byte[] bytes, String key, String file, String sheet) throws SheetException {
        Read before = READ.get(key);
        if (before != null
                && java.util.Objects.equals(before.sheet(), sheet)
                && java.util.Arrays.equals(before.bytes(), bytes)) {
            return before.grid();
        }
        Grid g = Sheets.read(bytes, file, sheet);
        if (READ.size() > 64) {
            READ.clear();
        }
        READ.put(key, new Read(bytes, sheet, g));
        return g;
    }
}
