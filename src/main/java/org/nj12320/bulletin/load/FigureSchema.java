package org.nj12320.bulletin.load;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.ColumnType;

/**
 * What figures a prose template writes from, and of what type each is: declared beside the template
 * ({@code templates/sections/hotline.figures.yaml} for {@code hotline.ftlx}), so that the figures of a text
 * section are read and checked like the columns of a table, and a figure the template does not use is
 * reported rather than ignored.
 *
 * <p>In the file, a field is named with its type ({@code calls: count}); a field that may be left out ends
 * in {@code ?} ({@code province?:}); a mapping is a group of fields; a list of one entry is a list of such
 * entries ({@code cities: [{name: text, count: count}]}, {@code units: [text]}). A field may carry the words
 * the messages call it by, in brackets after its name ({@code calls（受理咨询电话）: count}): an editor reads
 * 数字“受理咨询电话”, not the key of the data file.
 */
sealed interface FigureSchema permits FigureSchema.Scalar, FigureSchema.Flag, FigureSchema.Group, FigureSchema.ListOf {

    /** The word of a figure's type for words true of this period only. */
    String PERIOD_TEXT = "period-text";

    /** The word of a figure's type for true or false. */
    String FLAG = "flag";

    /**
     * One figure, of a column type a figure may have ({@link ColumnType#figure()}): read and checked as a
     * column of that type is.
     *
     * @param ofThePeriod words true of this period only (the names of what is new in it, a note of when
     *                    something happened): printed as words, but a new issue made from this one does not
     *                    take them over and leaves them 待填
     */
    record Scalar(ColumnType type, boolean ofThePeriod) implements FigureSchema {}

    /** A figure that is true or false. */
    record Flag() implements FigureSchema {}

    /** The words a figures file may give as a type: the column types a figure may have, and two of its own. */
    static List<String> typeWords() {
        List<String> out = new ArrayList<>();
        for (ColumnType t : ColumnType.values()) {
            if (t.figure()) {
                out.add(t.keyword());
            }
        }
        out.add(PERIOD_TEXT);
        out.add(FLAG);
        return out;
    }

    /**
     * A group of named fields; {@code optional} names those that may be left out, {@code labels} gives the words
     * of those that have them.
     */
    record Group(Map<String, FigureSchema> fields, List<String> optional, Map<String, String> labels)
            implements FigureSchema {
        Group(Map<String, FigureSchema> fields, List<String> optional) {
            this(fields, optional, Map.of());
        }
    }

    /** A key of the schema: {@code calls（受理咨询电话）?} is calls, said 受理咨询电话, optional. */
    java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("([^（?]+)(?:（([^）]+)）)?(\\?)?");

    /**
     * A place among the figures in the words of the schema's labels: {@code figures.breakdown[2].count} is
     * {@code figures.其中[2].数量} when those fields have labels; a field without one keeps its name.
     */
    static String labelled(String path, FigureSchema schema) {
        String prefix = "figures.";
        if (!path.startsWith(prefix)) {
            return path;
        }
        StringBuilder out = new StringBuilder(prefix);
        FigureSchema at = schema;
        String[] parts = path.substring(prefix.length()).split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            int cut = part.length();
            for (char c : new char[] {'[', '（'}) {
                int k = part.indexOf(c);
                if (k >= 0 && k < cut) {
                    cut = k;
                }
            }
            String name = part.substring(0, cut);
            String said = name;
            if (at instanceof ListOf l) {
                at = l.item();
            }
            if (at instanceof Group g) {
                said = g.labels().getOrDefault(name, name);
                at = g.fields().get(name);
            } else {
                at = null;
            }
            out.append(i == 0 ? "" : ".").append(said).append(part.substring(cut));
        }
        return out.toString();
    }

    record ListOf(FigureSchema item) implements FigureSchema {}

    /** Reads a schema file; its mistakes are problems at its own lines. */
    static FigureSchema read(YNode root, Problems problems) {
        if (!(root instanceof YNode.YMap)) {
            problems.error(root.ref(), "数字说明文件应为若干“名称: 类型”", "例如 calls: count");
            return new Group(Map.of(), List.of());
        }
        return of(root, problems);
    }

    private static FigureSchema of(YNode node, Problems problems) {
        if (node instanceof YNode.YMap m) {
            Map<String, FigureSchema> fields = new LinkedHashMap<>();
            List<String> optional = new ArrayList<>();
            Map<String, String> labels = new LinkedHashMap<>();
            m.entries().forEach((key, value) -> {
                java.util.regex.Matcher k = KEY.matcher(key.strip());
                String name = k.matches() ? k.group(1).strip() : key;
                if (k.matches() && k.group(3) != null && !k.group(3).isEmpty()) {
                    optional.add(name);
                }
                if (k.matches() && k.group(2) != null) {
                    labels.put(name, k.group(2).strip());
                }
                fields.put(name, of(value, problems));
            });
            return new Group(fields, optional, labels);
        }
        if (node instanceof YNode.YList l) {
            if (l.items().size() != 1) {
                problems.error(l.ref(), "列表的说明只写一项：其中每一项的样子", "例如 cities: [{name: text, count: count}]");
                return new ListOf(new Scalar(ColumnType.TEXT, false));
            }
            return new ListOf(of(l.items().get(0), problems));
        }
        YNode.YScalar s = (YNode.YScalar) node;
        String word = s.text().strip();
        for (ColumnType t : ColumnType.values()) {
            if (t.figure() && t.keyword().equals(word)) {
                return new Scalar(t, false);
            }
        }
        if (word.equals(PERIOD_TEXT)) {
            return new Scalar(ColumnType.TEXT, true);
        }
        if (word.equals(FLAG)) {
            return new Flag();
        }
        problems.error(s.ref(), "未知的数字类型“" + s.text() + "”", "可用的类型：" + String.join("、", typeWords()));
        return new Scalar(ColumnType.TEXT, false);
    }

    /** Where the schema of a template lives in the templates folder. */
    static String fileOf(String template) {
        return "sections/" + template + ".figures.yaml";
    }
}
