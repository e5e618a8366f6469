package org.nj12320.bulletin.load;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

import org.nj12320.bulletin.model.SourceRef;

/** A YAML document as a tree that remembers where each node was written, which Jackson's own trees forget. */
sealed interface YNode permits YNode.YMap, YNode.YList, YNode.YScalar {

    SourceRef ref();

    /** What the node is, as an editor would call it, for messages. */
    String describe();

    /** The same tree with every place changed by the function (a row's places made to name its unit). */
    static YNode relabel(YNode n, UnaryOperator<SourceRef> f) {
        if (n instanceof YMap m) {
            Map<String, YNode> entries = new LinkedHashMap<>();
            Map<String, SourceRef> keyRefs = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> entries.put(k, relabel(v, f)));
            m.keyRefs().forEach((k, r) -> keyRefs.put(k, f.apply(r)));
            return new YMap(entries, keyRefs, f.apply(m.ref()));
        }
        if (n instanceof YList l) {
            return new YList(l.items().stream().map(i -> relabel(i, f)).toList(), f.apply(l.ref()));
        }
        YScalar s = (YScalar) n;
        return new YScalar(s.text(), s.kind(), f.apply(s.ref()));
    }

    /**
     * The same tree with its places naming it as well as numbering it: {@code rows[16]} becomes
     * {@code rows[16]（南京市中西医结合医院）} in the place of the node and of everything in it, which messages say
     * as 第 17 行（南京市中西医结合医院）.
     */
    static YNode named(YNode n, String name) {
        String prefix = n.ref().path();
        return relabel(
                n,
                ref -> ref.path().startsWith(prefix)
                        ? ref.withPath(prefix + "（" + name + "）" + ref.path().substring(prefix.length()))
                        : ref);
    }

    record YMap(Map<String, YNode> entries, Map<String, SourceRef> keyRefs, SourceRef ref) implements YNode {
        public YMap {
            entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
            keyRefs = Collections.unmodifiableMap(new LinkedHashMap<>(keyRefs));
        }

        YNode get(String key) {
            return entries.get(key);
        }

        @Override
        public String describe() {
            return "一组字段";
        }
    }

    record YList(List<YNode> items, SourceRef ref) implements YNode {
        public YList {
            items = List.copyOf(items);
        }

        @Override
        public String describe() {
            return "列表";
        }
    }

    /**
     * A scalar: its text as written, and whether YAML read it as a plain number, null or boolean.
     */
    record YScalar(String text, Kind kind, SourceRef ref) implements YNode {
        enum Kind {
            STRING,
            NUMBER,
            BOOLEAN,
            NULL,
            /** A cell of a spreadsheet that holds nothing: not filled in, which {@code ~} (or {@code /}) is not. */
            EMPTY
        }

        boolean isNull() {
            return kind == Kind.NULL;
        }

        @Override
        public String describe() {
            return switch (kind) {
                case NULL -> "空值（~）";
                case EMPTY -> "空单元格";
                case NUMBER -> "数字 " + text;
                case BOOLEAN -> "布尔值 " + text;
                case STRING -> "文字“" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "”";
            };
        }
    }
}
