package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes the archive's folder whole or not at all: every file goes into a new folder beside it, which then
 * takes the old one's place, so that a reader of the site (or a server publishing it) sees the old archive or
 * the new one, never a mix. The folder carries a mark that this tool made it; a folder without the mark that
 * holds anything is someone else's, and is never replaced.
 */
final class SiteFolder {
    /** The file that marks a folder as an archive this tool wrote. */
    static final String MARK = ".bulletin-site";

    private SiteFolder() {}

    /** Whether the folder may be replaced by an archive: absent, empty, or one written before. */
    static boolean replaceable(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return true;
        }
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        if (Files.isRegularFile(folder.resolve(MARK))) {
            return true;
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.findAny().isEmpty();
        }
    }

    /** Replaces the folder by one holding these files, by path relative to it. */
    static void replace(Path folder, Map<String, byte[]> files) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        removeStale(parent, name);
        Path fresh = Files.createTempDirectory(parent, "." + name + ".new-");
        Path old = null;
        try {
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = fresh.resolve(f.getKey()).normalize();
                if (!file.startsWith(fresh)) {
                    throw new IllegalArgumentException("a file outside the archive: " + f.getKey());
                }
                Files.createDirectories(file.getParent());
                Files.write(file, f.getValue());
            }
            Files.writeString(fresh.resolve(MARK), "由 bulletin site 生成；再次生成时整个文件夹会被替换。\n");
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                old = parent.resolve(
                        "." + name + ".old-" + ProcessHandle.current().pid());
                move(target, old);
            }
            move(fresh, target);
        } finally {
            delete(fresh);
            if (old != null) {
                delete(old);
            }
        }
    }

    /**
     * The folders of earlier runs that were killed before they could clean up: only this tool's, and only
     * old ones, so that a run still under way in another process keeps its own.
     */
    private static void removeStale(Path parent, String name) {
        java.time.Instant before = java.time.Instant.now().minus(AtomicFile.STALE);
        try (Stream<Path> s = Files.list(parent)) {
            for (Path p : s.toList()) {
                String n = p.getFileName().toString();
                if ((n.startsWith("." + name + ".new-") || n.startsWith("." + name + ".old-"))
                        && Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    delete(p);
                }
            }
        } catch (IOException e) {
            // a leftover that cannot be removed now harms nothing; the next run tries again
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void delete(Path folder) throws IOException {
        if (!Files.exists(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
