package org.nj12320.bulletin.render;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

import org.nj12320.bulletin.world.Folder;

import freemarker.cache.TemplateLoader;

/**
 * Gives FreeMarker the templates of the project's templates folder, and nothing else: it reads through the
 * world's folder, which refuses any path that leads outside it. A template's version is its file's, so a
 * long-running process sees a template change on its next use.
 */
final class FolderTemplateLoader implements TemplateLoader {
    /** No template comes near this. */
    private static final long MAX_BYTES = 1024 * 1024;

    private final Folder folder;

    FolderTemplateLoader(Folder folder) {
        this.folder = folder;
    }

    @Override
    public Object findTemplateSource(String name) {
        return folder.isFile(name) ? name : null;
    }

    @Override
    public long getLastModified(Object source) {
        return folder.version((String) source);
    }

    @Override
    public Reader getReader(Object source, String encoding) throws IOException {
        byte[] bytes = folder.read((String) source, MAX_BYTES);
        return new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8);
    }

    @Override
    public void closeTemplateSource(Object source) {
        // the template was read whole; nothing stays open
    }
}
