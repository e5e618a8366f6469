package org.nj12320.bulletin.layout;

import java.util.List;

/** A laid-out page: its size in points and what is drawn on it, in order. */
public record Page(int number, float width, float height, List<Op> ops) {
    public Page {
        ops = List.copyOf(ops);
    }
}
