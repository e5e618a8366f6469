package org.nj12320.bulletin.print;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.world.Folder;

/**
 * Finds where in the templates something of the page was written, so that a problem with the page is reported
 * at the template's line: the page itself is made by the templates and has no lines of its own to show.
 */
final class TemplateSources {
    private final Folder templates;

    TemplateSources(Folder templates) {
        this.templates = templates;
    }

    /** The first place a template holds the text, or the templates folder when none does. */
    SourceRef find(String needle) {
        if (templates != null && needle != null && !needle.isEmpty()) {
            List<String> files = templates.files(4).stream()
                    .filter(f -> f.endsWith(".ftlx") || f.endsWith(".ftl"))
                    .sorted()
                    .toList();
            for (String f : files) {
                try {
                    String text = new String(templates.read(f, 1 << 20), StandardCharsets.UTF_8);
                    int at = text.indexOf(needle);
                    if (at >= 0) {
                        int line = 1;
                        int col = 1;
                        for (int k = 0; k < at; k++) {
                            if (text.charAt(k) == '\n') {
                                line++;
                                col = 1;
                            } else {
                                col++;
                            }
                        }
                        return new SourceRef(templates.display(f), line, col, "");
                    }
                } catch (IOException e) {
                    // a template that cannot be read holds nothing to point at
                }
            }
        }
        return SourceRef.file(templates == null ? "templates" : templates.display());
    }
}
