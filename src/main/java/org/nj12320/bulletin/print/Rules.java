package org.nj12320.bulletin.print;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The style rules indexed by what the subject of each selector must be (an id, a class, an element name), so
 * that an element is matched only against the selectors that could select it: the page has thousands of
 * elements, most of them table cells, and the stylesheet a hundred selectors.
 */
final class Rules {
    /** A selector of a rule. */
    private record Entry(Css.Rule rule, Selector selector) {}

    private final Map<String, List<Entry>> byId = new HashMap<>();
    private final Map<String, List<Entry>> byClass = new HashMap<>();
    private final Map<String, List<Entry>> byElement = new HashMap<>();
    private final List<Entry> universal = new ArrayList<>();

    Rules(List<Css.Rule> rules) {
        for (Css.Rule r : rules) {
            for (Selector s : r.selectors()) {
                Selector.Compound subject = s.parts().get(s.parts().size() - 1);
                Entry entry = new Entry(r, s);
                if (subject.id() != null) {
                    byId.computeIfAbsent(subject.id(), k -> new ArrayList<>()).add(entry);
                } else if (!subject.classes().isEmpty()) {
                    byClass.computeIfAbsent(subject.classes().get(0), k -> new ArrayList<>())
                            .add(entry);
                } else if (subject.element() != null) {
                    byElement
                            .computeIfAbsent(subject.element(), k -> new ArrayList<>())
                            .add(entry);
                } else {
                    universal.add(entry);
                }
            }
        }
    }

    /** A declaration that applies, with what orders it in the cascade. */
    private record Applied(int important, int specificity, int order, int index, Css.Declaration d) {}

    /** The declarations that apply to an element (or its {@code ::before}), in cascade order. */
    List<Css.Declaration> cascade(Node.Element e, boolean before, List<Css.Declaration> inline) {
        // the best specificity with which each rule selects the element (rules are told apart by identity)
        Map<Css.Rule, Integer> best = new IdentityHashMap<>();
        match(universal, e, before, best);
        match(byElement.get(e.name), e, before, best);
        String id = e.attribute("id");
        if (id != null) {
            match(byId.get(id), e, before, best);
        }
        for (String c : e.classes()) {
            match(byClass.get(c), e, before, best);
        }
        if (best.isEmpty() && inline.isEmpty()) {
            return List.of();
        }
        List<Applied> found = new ArrayList<>();
        for (Map.Entry<Css.Rule, Integer> m : best.entrySet()) {
            List<Css.Declaration> ds = m.getKey().declarations();
            for (int k = 0; k < ds.size(); k++) {
                found.add(new Applied(
                        ds.get(k).important() ? 1 : 0, m.getValue(), m.getKey().order(), k, ds.get(k)));
            }
        }
        for (int k = 0; k < inline.size(); k++) {
            found.add(new Applied(inline.get(k).important() ? 1 : 0, 1_000_000, 0, k, inline.get(k)));
        }
        found.sort((a, b) -> a.important != b.important
                ? Integer.compare(a.important, b.important)
                : a.specificity != b.specificity
                        ? Integer.compare(a.specificity, b.specificity)
                        : a.order != b.order ? Integer.compare(a.order, b.order) : Integer.compare(a.index, b.index));
        List<Css.Declaration> out = new ArrayList<>(found.size());
        for (Applied a : found) {
            out.add(a.d);
        }
        return out;
    }

    private static void match(List<Entry> entries, Node.Element e, boolean before, Map<Css.Rule, Integer> best) {
        if (entries == null) {
            return;
        }
        for (Entry en : entries) {
            Selector s = en.selector();
            if (s.before() == before && s.matches(e)) {
                best.merge(en.rule(), s.specificity(), Math::max);
            }
        }
    }
}
