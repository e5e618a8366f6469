package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Discrepancy;
import org.nj12320.bulletin.model.Figures;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/**
 * Checks the figures of a prose section against the part-of relations declared beside them: the parts
 * listed after 其中 may not add up to more than their whole (or must equal it when the list is complete).
 */
final class FigureChecks {
    private FigureChecks() {}

    /** A figure found under a path, with its own path for messages. */
    record Found(String path, Object value) {}

    static List<Problem> check(String title, Figures figures) {
        List<Problem> problems = new ArrayList<>();
        for (Figures.FigureCheck c : figures.checks()) {
            List<Found> parts = resolve(figures.values(), c.parts());
            List<Found> wholes = resolve(figures.values(), c.whole());
            if (parts.isEmpty()) {
                problems.add(Problem.error(
                        c.ref(),
                        "核对项的 parts 指向“" + c.parts() + "”，但没有这样的数字",
                        "parts 写数字所在的路径，列表可直接跨过，如 breakdown.count"));
                continue;
            }
            if (wholes.size() != 1 || !(wholes.get(0).value() instanceof BigDecimal whole)) {
                problems.add(
                        Problem.error(c.ref(), "核对项的 whole 应指向一个数字，“" + c.whole() + "”不是", "whole 写总数所在的路径，如 calls"));
                continue;
            }
            BigDecimal sum = BigDecimal.ZERO;
            List<String> terms = new ArrayList<>();
            for (Found p : parts) {
                if (p.value() instanceof BigDecimal n) {
                    sum = sum.add(n);
                    terms.add(label(figures, p.path()) + " " + NumberFormats.plain(n));
                }
            }
            boolean bad = c.exact() ? sum.compareTo(whole) != 0 : sum.compareTo(whole) > 0;
            if (!bad) {
                continue;
            }
            SourceRef where = figures.refs().getOrDefault(c.whole(), c.ref());
            Found largest = parts.stream()
                    .filter(p -> p.value() instanceof BigDecimal)
                    .max((a, b) -> ((BigDecimal) a.value()).compareTo((BigDecimal) b.value()))
                    .orElse(null);
            String detail = largest != null && ((BigDecimal) largest.value()).compareTo(whole) > 0
                    ? "；其中" + label(figures, largest.path()) + " " + NumberFormats.plain((BigDecimal) largest.value())
                            + " 一项就大于总数"
                    : "";
            problems.add(Problem.warning(
                            where,
                            "《" + title + "》" + said(figures, c.whole()) + "为 " + NumberFormats.plain(whole)
                                    + "，而其中各项之和为 "
                                    + NumberFormats.plain(sum) + "（" + String.join(" + ", terms) + "）"
                                    + (c.exact() ? "，两者应当相等" : "，超过了总数") + detail,
                            "对照原始数据核对总数和各分项")
                    .withDiscrepancy(Discrepancy.of(c.whole(), whole, sum)));
        }
        return problems;
    }

    /** Follows a dotted path through maps; a list on the way gives one result per item. */
    static List<Found> resolve(Object root, String path) {
        List<Found> out = new ArrayList<>();
        walk(root, path.isEmpty() ? new String[0] : path.split("\\."), 0, "", out);
        return out;
    }

    private static void walk(Object node, String[] keys, int i, String at, List<Found> out) {
        if (node instanceof List<?> list) {
            for (int k = 0; k < list.size(); k++) {
                walk(list.get(k), keys, i, at + "[" + k + "]", out);
            }
            return;
        }
        if (i == keys.length) {
            out.add(new Found(at, node));
            return;
        }
        if (node instanceof Map<?, ?> map && map.containsKey(keys[i])) {
            walk(map.get(keys[i]), keys, i + 1, at.isEmpty() ? keys[i] : at + "." + keys[i], out);
        }
    }

    /** A figure as the messages say it: in the words of its file's labels, or by its path. */
    private static String said(Figures figures, String path) {
        SourceRef ref = figures.refs().get(path);
        return ref != null && ref.path().startsWith("figures.") ? ref.field() : "“" + path + "”";
    }

    /** Names a part by the {@code name} beside it, when it has one ({@code 苏州市}), or by its path. */
    private static String label(Figures figures, String path) {
        Map<String, Object> root = figures.values();
        int dot = path.lastIndexOf('.');
        if (dot > 0) {
            List<Found> parent = resolveExact(root, path.substring(0, dot));
            if (parent.size() == 1
                    && parent.get(0).value() instanceof Map<?, ?> m
                    && m.get("name") instanceof String s) {
                return s;
            }
        }
        SourceRef ref = figures.refs().get(path);
        return ref != null && ref.path().startsWith("figures.") ? ref.path().substring("figures.".length()) : path;
    }

    static List<Found> resolveExact(Object root, String path) {
        Object node = root;
        for (String part : path.split("\\.")) {
            String key = part;
            List<Integer> indexes = new ArrayList<>();
            while (key.endsWith("]")) {
                int open = key.lastIndexOf('[');
                indexes.add(0, Integer.parseInt(key.substring(open + 1, key.length() - 1)));
                key = key.substring(0, open);
            }
            if (!(node instanceof Map<?, ?> m) || !m.containsKey(key)) {
                return List.of();
            }
            node = m.get(key);
            for (int idx : indexes) {
                if (!(node instanceof List<?> l) || idx >= l.size()) {
                    return List.of();
                }
                node = l.get(idx);
            }
        }
        return List.of(new Found(path, node));
    }
}
