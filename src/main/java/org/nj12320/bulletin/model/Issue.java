package org.nj12320.bulletin.model;

import java.util.List;
import java.util.Set;

/**
 * One issue of the bulletin as loaded from its folder: metadata, sections in print order and the back matter.
 *
 * @param unread the ids of the sections the manifest lists that could not be read (their errors are reported
 *               already), so that what refers to them is not reported again
 */
public record Issue(IssueMeta meta, List<Section> sections, Colophon colophon, Set<String> unread) {
    public Issue {
        sections = List.copyOf(sections);
        unread = Set.copyOf(unread);
    }

    public Issue(IssueMeta meta, List<Section> sections, Colophon colophon) {
        this(meta, sections, colophon, Set.of());
    }
}
