package org.nj12320.bulletin.layout;

import java.util.List;

/** An entry of the document's outline: its title, the anchor it leads to, the entries under it. */
public record Bookmark(String title, String anchor, List<Bookmark> children) {
    public Bookmark {
        children = List.copyOf(children);
    }
}
