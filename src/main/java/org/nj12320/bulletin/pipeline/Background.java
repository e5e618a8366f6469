package org.nj12320.bulletin.pipeline;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.pdf.FontSet;
import org.nj12320.bulletin.pdf.WarmUp;
import org.nj12320.bulletin.world.Folder;

/**
 * Work that a build will need, started in a second thread while the first reads and computes the issue:
 * parsing the fonts, then laying out a small page so that the renderer's classes are loaded and compiled by
 * the time the pages are laid out. On two cores this takes a good part of the fixed cost of a fresh
 * process off the critical path.
 */
final class Background implements AutoCloseable {
    private final CompletableFuture<FontSet> fonts;
    private final CompletableFuture<Void> warmUp;

    /**
     * @param layout whether to lay out the small page too (a build will; a check will not)
     */
    Background(Folder fontFolder, boolean layout) {
        fonts = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return FontSet.open(fontFolder);
                    } catch (BulletinException e) {
                        throw new CompletionException(e);
                    }
                },
                Background::daemon);
        warmUp = layout ? fonts.thenAcceptAsync(WarmUp::run, Background::daemon) : null;
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "bulletin-prepare");
        t.setDaemon(true);
        t.start();
    }

    /** The fonts, waiting for them when they are still being read. */
    FontSet fonts() throws BulletinException {
        try {
            return fonts.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof BulletinException b) {
                throw b;
            }
            throw e;
        }
    }

    @Override
    public void close() {
        if (warmUp != null) {
            // the warm-up uses the fonts; let it finish before they are closed
            warmUp.exceptionally(t -> null).join();
        }
        fonts.thenAccept(FontSet::close).exceptionally(t -> null).join();
    }
}
