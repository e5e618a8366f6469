package org.nj12320.bulletin.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What figures a prose template writes from, and of what type each is: declared beside the template
 * ({@code templates/sections/hotline.figures.yaml} for {@code hotline.ftlx}), so that the figures of a text
 * section are read and checked like the columns of a table, and a figure the template does not use is
 * reported rather than ignored.
 *
 * <p>In the file, a field is named with its type ({@code calls: count}); a field that may be left out ends
 * in {@code ?} ({@code province?:}); a mapping is a group of fields; a list of one entry is a list of such
 * entries ({@code cities: [{name: text, count: count}]}, {@code units: [text]}).
 */
sealed interface FigureSchema permits FigureSchema.Scalar, FigureSchema.Group, FigureSchema.ListOf {

    /** The types a single figure may have. */
    enum Type {
        /** A whole number of things, zero or more. */
        COUNT,
        /** A number of zero or more with at most two decimals. */
        DECIMAL,
        /** A percentage between 0 and 100. */
        RATE,
        /** Words. */
        TEXT,
        /**
         * Words true of this period only: the names of what is new in it, a note of when something happened.
         * Printed as words; a new issue made from this one does not take them over but leaves them 待填.
         */
        PERIOD_TEXT,
        /** true or false. */
        FLAG;

        String keyword() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    record Scalar(Type type) implements FigureSchema {}

    /** A group of named fields; {@code optional} names those that may be left out. */
    record Group(Map<String, FigureSchema> fields, List<String> optional) implements FigureSchema {}

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
            m.entries().forEach((key, value) -> {
                String name = key.endsWith("?") ? key.substring(0, key.length() - 1) : key;
                if (key.endsWith("?")) {
                    optional.add(name);
                }
                fields.put(name, of(value, problems));
            });
            return new Group(fields, optional);
        }
        if (node instanceof YNode.YList l) {
            if (l.items().size() != 1) {
                problems.error(l.ref(), "列表的说明只写一项：其中每一项的样子", "例如 cities: [{name: text, count: count}]");
                return new ListOf(new Scalar(Type.TEXT));
            }
            return new ListOf(of(l.items().get(0), problems));
        }
        YNode.YScalar s = (YNode.YScalar) node;
        for (Type t : Type.values()) {
            if (t.keyword().equals(s.text().strip())) {
                return new Scalar(t);
            }
        }
        List<String> names = Arrays.stream(Type.values()).map(Type::keyword).toList();
        problems.error(s.ref(), "未知的数字类型“" + s.text() + "”", "可用的类型：" + String.join("、", names));
        return new Scalar(Type.TEXT);
    }

    /** Where the schema of a template lives in the templates folder. */
    static String fileOf(String template) {
        return "sections/" + template + ".figures.yaml";
    }
}
