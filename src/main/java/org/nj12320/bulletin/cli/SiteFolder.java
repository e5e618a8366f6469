package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes the archive's folder whole or not at all: every file goes into a new folder beside it, which then
 * takes the old one's place, so that a reader of the site (or a server publishing it) sees the old archive or
 * the new one, never a mix. The folder carries a mark that this tool made it, listing the files it made; a
 * folder without the mark that holds anything is someone else's, and is never replaced. Files in it that the
 * tool did not make (a {@code CNAME} for the web host, a file another command wrote there) are carried into
 * the new folder, even one written while the archive was being made. Folders and files are readable by all,
 * as a web server running as another user needs.
 */
final class SiteFolder {
    /** The file that marks a folder as an archive this tool wrote, and lists the files it wrote. */
    static final String MARK = ".bulletin-site";

    private static final String MARK_TEXT = "由 bulletin site 生成；再次生成时，下面列出的文件会被替换，其他文件保留。\n";

    /** What an archive made before its mark listed its files held: the index and the issues' folders. */
    private static final Pattern OWN = Pattern.compile("index\\.html|\\d{4}(-\\d{2})?/.*");

    private static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwxr-xr-x");
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

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

    /**
     * The files of the folder that the archive did not make, by path relative to it with {@code /} between
     * names: they are kept when it is replaced.
     */
    static Set<String> foreign(Path folder) throws IOException {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return out;
        }
        Set<String> own = made(folder);
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.toList()) {
                if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                String rel = relative(folder, p);
                if (!rel.equals(MARK) && (own == null ? !OWN.matcher(rel).matches() : !own.contains(rel))) {
                    out.add(rel);
                }
            }
        }
        return out;
    }

    /** The files the mark says the archive made; null for a mark that does not list them. */
    private static Set<String> made(Path folder) throws IOException {
        Path mark = folder.resolve(MARK);
        if (!Files.isRegularFile(mark, LinkOption.NOFOLLOW_LINKS)) {
            return Set.of();
        }
        List<String> lines = Files.readAllLines(mark);
        if (lines.isEmpty() || !lines.get(0).equals(MARK_TEXT.strip())) {
            return null;
        }
        return Set.copyOf(lines.subList(1, lines.size()));
    }

    /**
     * Replaces the folder by one holding these files, by path relative to it, and the files of the old one
     * that it did not make. None of those may have the path of a file to be written (see {@link #foreign}).
     */
    static void replace(Path folder, Map<String, byte[]> files) throws IOException {
        Path target = folder.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Files.createDirectories(parent);
        String name = target.getFileName().toString();
        removeStale(parent, name);
        Path fresh = Files.createTempDirectory(parent, "." + name + ".new-");
        Path old = null;
        try {
            readable(fresh, FOLDER);
            for (Map.Entry<String, byte[]> f : files.entrySet()) {
                Path file = fresh.resolve(f.getKey()).normalize();
                if (!file.startsWith(fresh)) {
                    throw new IllegalArgumentException("a file outside the archive: " + f.getKey());
                }
                folders(fresh, file.getParent());
                Files.write(file, f.getValue());
                readable(file, FILE);
            }
            Files.writeString(fresh.resolve(MARK), MARK_TEXT + String.join("\n", new TreeSet<>(files.keySet())) + "\n");
            readable(fresh.resolve(MARK), FILE);
            Set<String> carried = new TreeSet<>();
            if (Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                Set<String> keep = foreign(target);
                for (String rel : keep) {
                    carry(target.resolve(rel), fresh, rel, files);
                    carried.add(rel);
                }
                old = parent.resolve(
                        "." + name + ".old-" + ProcessHandle.current().pid());
                move(target, old);
                move(fresh, target);
                // what was written into the old folder after it was looked at: moved over, not lost
                for (String rel : foreign(old)) {
                    if (!carried.contains(rel) && !Files.exists(target.resolve(rel), LinkOption.NOFOLLOW_LINKS)) {
                        folders(target, target.resolve(rel).getParent());
                        move(old.resolve(rel), target.resolve(rel));
                    }
                }
            } else {
                move(fresh, target);
            }
        } finally {
            delete(fresh);
            if (old != null) {
                delete(old);
            }
        }
    }

    /** A file the archive did not make, put into the new folder at its place: a second link to it, or a copy. */
    private static void carry(Path from, Path fresh, String rel, Map<String, byte[]> files) throws IOException {
        if (files.containsKey(rel)) {
            throw new IOException(rel + " is both a file of the archive and one it did not make");
        }
        Path to = fresh.resolve(rel);
        folders(fresh, to.getParent());
        if (Files.isSymbolicLink(from)) {
            Files.copy(from, to, LinkOption.NOFOLLOW_LINKS);
            return;
        }
        try {
            Files.createLink(to, from);
        } catch (UnsupportedOperationException | IOException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    /** Makes the folders down to {@code folder} inside {@code root}, each readable by all. */
    private static void folders(Path root, Path folder) throws IOException {
        if (folder.equals(root) || Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        folders(root, folder.getParent());
        Files.createDirectory(folder);
        readable(folder, FOLDER);
    }

    private static void readable(Path p, Set<PosixFilePermission> permissions) throws IOException {
        if (Files.getFileStore(p).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(p, permissions);
        }
    }

    private static String relative(Path folder, Path p) {
        return folder.relativize(p).toString().replace('\\', '/');
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
