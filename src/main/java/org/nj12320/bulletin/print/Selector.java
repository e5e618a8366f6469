package org.nj12320.bulletin.print;

import java.util.List;

/**
 * A selector of the print stylesheet: compound selectors (an element name or {@code *}, classes, an id) joined
 * by descendant ({@code  }), child ({@code >}) or next-sibling ({@code +}) combinators, and optionally the
 * {@code ::before} pseudo-element.
 *
 * @param parts  the compound selectors, the subject last
 * @param joins  the combinator before each part but the first: ' ', '>' or '+'
 * @param before whether it selects the {@code ::before} pseudo-element of its subject
 */
record Selector(List<Compound> parts, List<Character> joins, boolean before) {

    /** One compound selector. */
    record Compound(String element, List<String> classes, String id) {
        boolean matches(Node.Element e) {
            if (element != null && !element.equals(e.name)) {
                return false;
            }
            if (id != null && !id.equals(e.attribute("id"))) {
                return false;
            }
            if (!classes.isEmpty()) {
                List<String> has = e.classes();
                for (String c : classes) {
                    if (!has.contains(c)) {
                        return false;
                    }
                }
            }
            return true;
        }
    }

    /** CSS specificity as one number: ids, classes, elements. */
    int specificity() {
        int ids = 0;
        int classes = 0;
        int elements = before ? 1 : 0;
        for (Compound c : parts) {
            ids += c.id() != null ? 1 : 0;
            classes += c.classes().size();
            elements += c.element() != null ? 1 : 0;
        }
        return ids * 10000 + classes * 100 + elements;
    }

    boolean matches(Node.Element e) {
        return matches(e, parts.size() - 1);
    }

    private boolean matches(Node.Element e, int k) {
        if (!parts.get(k).matches(e)) {
            return false;
        }
        if (k == 0) {
            return true;
        }
        char join = joins.get(k - 1);
        switch (join) {
            case '>':
                return e.parent != null && matches(e.parent, k - 1);
            case '+': {
                Node.Element prev = e.previousElement();
                return prev != null && matches(prev, k - 1);
            }
            default:
                for (Node.Element a = e.parent; a != null; a = a.parent) {
                    if (matches(a, k - 1)) {
                        return true;
                    }
                }
                return false;
        }
    }
}
