package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.Period;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.pdf.PageImages;
import org.nj12320.bulletin.preview.PreviewServer;
import org.nj12320.bulletin.preview.PreviewState;

/**
 * What {@code watch --preview} shows of one issue: the pages of its last good build and the problems of its
 * last build, published to the preview's server after each build.
 */
final class LivePreview {
    private final PreviewServer server;
    private final Period period;
    private final PageImages images = new PageImages(110);
    private List<PageImages.Page> pages = List.of();
    private byte[] web;
    private int version;

    LivePreview(PreviewServer server, Period period) {
        this.server = server;
        this.period = period;
    }

    void show(BuildCommand.Outcome o, String when) {
        boolean stale = o.pdf() == null;
        if (!stale) {
            try {
                pages = images.update(o.pdf().bytes());
            } catch (IOException e) {
                stale = true; // the PDF just made cannot fail to load; if it does, the old pages stay
            }
            web = o.html() == null ? null : o.html().bytes();
        }
        Map<String, byte[]> byDigest = new LinkedHashMap<>();
        pages.forEach(p -> byDigest.put(p.digest(), p.png()));
        List<PreviewState.Shown> shown =
                o.problems().stream().map(LivePreview::shown).toList();
        server.publish(
                new PreviewState(
                        ++version,
                        "《南京卫生信息》" + period.label(),
                        when,
                        stale,
                        pages.stream().map(PageImages.Page::digest).toList(),
                        shown,
                        web != null),
                byDigest,
                web);
    }

    /** A problem as the preview's bar shows it. */
    private static PreviewState.Shown shown(Problem p) {
        String where = p.where() == null
                ? ""
                : p.where().location()
                        // the field, unless the message names it already, as the terminal's report does
                        + (p.where().path().isEmpty()
                                        || p.message().contains(p.where().field())
                                ? ""
                                : " " + p.where().field());
        boolean shown = p.excerpt() != null && p.where() != null && p.where().line() > 0;
        return new PreviewState.Shown(
                p.severity().prefix(),
                where,
                p.message(),
                p.hint() == null ? "" : p.hint(),
                shown ? p.excerpt() : null,
                shown ? p.where().column() : 0);
    }
}
