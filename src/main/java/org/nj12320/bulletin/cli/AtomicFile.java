package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes a file so that readers see the old file or the new one, never half of one: the bytes go to a
 * temporary file beside the target, which is then moved into place. On failure the old file is untouched
 * and the temporary file is removed.
 */
final class AtomicFile {
    private static final Set<PosixFilePermission> READABLE = PosixFilePermissions.fromString("rw-r--r--");

    private AtomicFile() {}

    /**
     * Removes the temporary files of earlier writes of the same target that were killed before they could
     * clean up: only this tool's (named {@code .NAME.<digits>.tmp}) and only old ones, so that a write still
     * under way in another process keeps its own.
     */
    static void removeStale(Path dir, String name) {
        Pattern own = Pattern.compile("\\." + Pattern.quote(name) + "\\.\\d+\\.tmp");
        Instant before = Instant.now().minus(STALE);
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path f : files) {
                if (own.matcher(f.getFileName().toString()).matches()
                        && Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(f).toInstant().isBefore(before)) {
                    Files.deleteIfExists(f);
                }
            }
        } catch (IOException e) {
            // a leftover that cannot be removed now harms nothing; the next write tries again
        }
    }

    /** A temporary file is private to its owner; the PDF it becomes keeps the old file's permissions, or rw-r--r--. */
    private static void permissions(Path tmp, Path target) throws IOException {
        if (!Files.getFileStore(tmp).supportsFileAttributeView(PosixFileAttributeView.class)) {
            return;
        }
        Files.setPosixFilePermissions(tmp, Files.exists(target) ? Files.getPosixFilePermissions(target) : READABLE);
    }

    /** A temporary file older than this was left by a write that was killed; none takes this long. */
    static final Duration STALE = Duration.ofMinutes(10);

    /**
     * Writes several files all or none: every one is written to its temporary file first (where a full disk or
     * a folder without write permission shows), and only then are they moved into place, each old file kept
     * aside (by a second link to it) until all are; if a move fails, those already moved are put back. So a
     * failure leaves every file as it was.
     */
    static void writeAll(Map<Path, byte[]> files) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        Map<Path, Path> kept = new LinkedHashMap<>();
        List<Path> placed = new ArrayList<>();
        boolean done = false;
        try {
            for (Map.Entry<Path, byte[]> f : files.entrySet()) {
                staged(f.getKey(), f.getValue(), temps);
            }
            for (Map.Entry<Path, Path> t : temps.entrySet()) {
                Path target = t.getKey();
                if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                    kept.put(target, keep(target));
                }
                move(t.getValue(), target);
                placed.add(target);
            }
            done = true;
        } finally {
            if (!done) {
                for (Path target : placed) {
                    Path old = kept.get(target);
                    if (old != null) {
                        move(old, target);
                    } else {
                        Files.deleteIfExists(target);
                    }
                }
            }
            for (Path tmp : temps.values()) {
                Files.deleteIfExists(tmp);
            }
            for (Path old : kept.values()) {
                Files.deleteIfExists(old);
            }
        }
    }

    /** A second name for a file about to be replaced, named as a temporary file so that a killed run's is cleared. */
    private static Path keep(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path old = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        Files.delete(old);
        try {
            Files.createLink(old, target);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(target, old, StandardCopyOption.COPY_ATTRIBUTES);
        }
        return old;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    static void write(Path target, byte[] bytes) throws IOException {
        Map<Path, Path> temps = new LinkedHashMap<>();
        try {
            move(staged(target, bytes, temps), target);
        } finally {
            for (Path tmp : temps.values()) {
                Files.deleteIfExists(tmp);
            }
        }
    }

    /**
     * The bytes written to a temporary file beside the target, with the permissions the target is to have;
     * the temporary file is put in {@code temps} as soon as it exists, so that a failure can remove it.
     */
    private static Path staged(Path target, byte[] bytes, Map<Path, Path> temps) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        removeStale(dir, target.getFileName().toString());
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".tmp");
        temps.put(target, tmp);
        Files.write(tmp, bytes);
        permissions(tmp, target);
        return tmp;
    }
}
