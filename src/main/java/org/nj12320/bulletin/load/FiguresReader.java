package org.nj12320.bulletin.load;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Figures;
import org.nj12320.bulletin.model.SourceRef;

/**
 * Reads the figures of a prose section: a free tree of named numbers, texts and lists, which the section's
 * template writes out, and the checks that say which figures are parts of which.
 */
final class FiguresReader {
    private final Problems problems;

    FiguresReader(Problems problems) {
        this.problems = problems;
    }

    record Result(String title, Figures figures) {}

    Result read(YNode root) {
        Fields f = Fields.of(root, problems, "数字文件");
        String title = f.text("title", false);
        Map<String, SourceRef> refs = new LinkedHashMap<>();
        Object values = f.required("figures", "补上 figures:，其下缩进写各项数字")
                .map(n -> tree(n, "", refs))
                .orElse(Map.of());
        List<Figures.FigureCheck> checks = new ArrayList<>();
        for (YNode c : f.list("checks", false)) {
            Fields cf = Fields.of(c, problems, "核对项");
            String parts = cf.text("parts", true);
            String whole = cf.text("whole", true);
            boolean exact = cf.flag("exact");
            cf.finish();
            if (parts != null && whole != null) {
                checks.add(new Figures.FigureCheck(parts.strip(), whole.strip(), exact, cf.ref()));
            }
        }
        f.finish();
        @SuppressWarnings("unchecked")
        Map<String, Object> map = values instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        if (!(values instanceof Map<?, ?>)) {
            problems.error(f.refOf("figures"), "figures: 之下应为“名称: 数字”", "");
        }
        return new Result(title, new Figures(map, refs, checks));
    }

    private Object tree(YNode node, String path, Map<String, SourceRef> refs) {
        refs.put(path, node.ref());
        if (node instanceof YNode.YMap m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> out.put(k, tree(v, YamlReader.join(path, k), refs)));
            return out;
        }
        if (node instanceof YNode.YList l) {
            List<Object> out = new ArrayList<>();
            for (int i = 0; i < l.items().size(); i++) {
                out.add(tree(l.items().get(i), path + "[" + i + "]", refs));
            }
            return out;
        }
        YNode.YScalar s = (YNode.YScalar) node;
        return switch (s.kind()) {
            case NULL -> null;
            case BOOLEAN -> Boolean.parseBoolean(s.text().toLowerCase());
            case NUMBER -> {
                Numbers.Reading r = Numbers.read(s.text(), false);
                if (!r.ok()) {
                    problems.error(s.ref(), "应为数字，实为" + r.found(), r.hint());
                    yield BigDecimal.ZERO;
                }
                if (r.value().signum() < 0) {
                    problems.error(s.ref(), "数字不能为负数，实为 " + s.text(), "更正该数字");
                }
                yield r.value();
            }
            case STRING -> Texts.clean(s.text(), s.ref(), problems);
        };
    }
}
