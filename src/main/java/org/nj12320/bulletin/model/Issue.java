package org.nj12320.bulletin.model;

import java.util.List;

/** One issue of the bulletin as loaded from its folder: metadata, sections in print order and the back matter. */
public record Issue(IssueMeta meta, List<Section> sections, Colophon colophon) {
    public Issue {
        sections = List.copyOf(sections);
    }
}
