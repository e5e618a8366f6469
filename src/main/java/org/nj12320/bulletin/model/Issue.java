package org.nj12320.bulletin.model;

import java.util.List;
import java.util.Set;

/**
 * One issue of the bulletin as loaded from its folder: metadata, sections in print order and the back matter.
 *
 * @param unread       the ids of the sections the manifest lists that could not be read (their errors are
 *                     reported already), so that what refers to them is not reported again
 * @param acknowledged the discrepancies of the source that editors have checked, from every section's file
 */
public record Issue(
        IssueMeta meta,
        List<Section> sections,
        Colophon colophon,
        Set<String> unread,
        List<Acknowledgement> acknowledged) {
    public Issue {
        sections = List.copyOf(sections);
        unread = Set.copyOf(unread);
        acknowledged = List.copyOf(acknowledged);
    }

    public Issue(IssueMeta meta, List<Section> sections, Colophon colophon) {
        this(meta, sections, colophon, Set.of(), List.of());
    }
}
