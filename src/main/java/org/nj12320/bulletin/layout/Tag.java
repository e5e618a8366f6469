package org.nj12320.bulletin.layout;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An element of the document's logical structure (a heading, a paragraph, a table cell), as tagged PDF names
 * it. Its kids are, in reading order, the elements inside it and the {@link Slot}s its own content was placed
 * in; the layout appends a slot for each piece of content as it places it, so content and elements keep their
 * order.
 */
public final class Tag {
    private final String role;
    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Object> kids = new ArrayList<>();
    private String title;

    /** @param role the standard structure type: {@code Document}, {@code H1}, {@code P}, {@code TH} … */
    public Tag(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }

    /** Adds an element inside this one, after what it holds so far; returns the element. */
    public Tag add(Tag kid) {
        kids.add(kid);
        return kid;
    }

    /** A new place for content of this element, after what it holds so far. */
    public Slot slot() {
        Slot s = new Slot(this);
        kids.add(s);
        return s;
    }

    /** The elements and slots inside, in reading order. */
    public List<Object> kids() {
        return Collections.unmodifiableList(kids);
    }

    /**
     * A table attribute, as PDF names them for table cells ({@code Scope} {@code Column}, {@code RowSpan} …).
     */
    public Tag attribute(String name, String value) {
        attributes.put(name, value);
        return this;
    }

    public Map<String, String> attributes() {
        return Collections.unmodifiableMap(attributes);
    }

    private String alt;

    /** The words that stand for the element's content (a figure's {@code /Alt}); null when it has none. */
    public String alt() {
        return alt;
    }

    public Tag alt(String a) {
        this.alt = a;
        return this;
    }

    /** A title for the element (an element's {@code /T}); null when it has none. */
    public String title() {
        return title;
    }

    public Tag title(String t) {
        this.title = t;
        return this;
    }

    /**
     * A place in a tag where content goes; the layout hands it to every piece of that content it places, and
     * whoever draws the pages records there where the content went.
     */
    public static final class Slot {
        private final Tag owner;
        private final List<Object> marks = new ArrayList<>(1);

        Slot(Tag owner) {
            this.owner = owner;
        }

        public Tag owner() {
            return owner;
        }

        /** What the drawer recorded of the content placed here (marked-content references), in order. */
        public List<Object> marks() {
            return marks;
        }
    }
}
