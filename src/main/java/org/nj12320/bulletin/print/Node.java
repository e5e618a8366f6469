package org.nj12320.bulletin.print;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A node of the page: an element with its attributes and children, or a run of text. */
abstract sealed class Node permits Node.Element, Node.Text {
    Element parent;

    /** An element. */
    static final class Element extends Node {
        final String name;
        final Map<String, String> attributes = new LinkedHashMap<>();
        final List<Node> children = new ArrayList<>();

        Element(String name) {
            this.name = name;
        }

        String attribute(String n) {
            return attributes.get(n);
        }

        private List<String> classes;

        /** Compiled once: every element of the page is asked its classes. */
        private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

        List<String> classes() {
            if (classes == null) {
                String c = attributes.get("class");
                classes = c == null || c.isBlank() ? List.of() : List.of(SPACES.split(c.strip()));
            }
            return classes;
        }

        List<Element> elements() {
            List<Element> out = new ArrayList<>();
            for (Node n : children) {
                if (n instanceof Element e) {
                    out.add(e);
                }
            }
            return Collections.unmodifiableList(out);
        }

        /** The element just before this one among its parent's elements, or null. */
        Element previousElement() {
            if (parent == null) {
                return null;
            }
            Element before = null;
            for (Node n : parent.children) {
                if (n == this) {
                    return before;
                }
                if (n instanceof Element e) {
                    before = e;
                }
            }
            return null;
        }

        /** The first child element of a name, or null. */
        Element child(String n) {
            for (Node c : children) {
                if (c instanceof Element e && e.name.equals(n)) {
                    return e;
                }
            }
            return null;
        }

        /** All the text inside, as it is. */
        String text() {
            StringBuilder sb = new StringBuilder();
            collect(this, sb);
            return sb.toString();
        }

        private static void collect(Element e, StringBuilder sb) {
            for (Node n : e.children) {
                if (n instanceof Text t) {
                    sb.append(t.text);
                } else {
                    collect((Element) n, sb);
                }
            }
        }

        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder("<").append(name);
            for (Map.Entry<String, String> a : attributes.entrySet()) {
                sb.append(' ')
                        .append(a.getKey())
                        .append("=\"")
                        .append(a.getValue())
                        .append('"');
            }
            return sb.append('>').toString();
        }
    }

    /** A run of text. */
    static final class Text extends Node {
        final String text;

        Text(String text) {
            this.text = text;
        }
    }
}
