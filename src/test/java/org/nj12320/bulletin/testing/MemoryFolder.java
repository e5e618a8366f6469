package org.nj12320.bulletin.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.nj12320.bulletin.world.Folder;

/** A folder held in memory, for tests that hand the stages a world of their own. */
public final class MemoryFolder implements Folder {
    private final Map<String, byte[]> files;
    private final Map<String, Long> versions;
    private final String prefix;
    private final String display;

    public MemoryFolder(String display) {
        this(new TreeMap<>(), new TreeMap<>(), "", display);
    }

    private MemoryFolder(Map<String, byte[]> files, Map<String, Long> versions, String prefix, String display) {
        this.files = files;
        this.versions = versions;
        this.prefix = prefix;
        this.display = display;
    }

    /** Writes a file; its version changes. */
    public MemoryFolder put(String path, String text) {
        files.put(prefix + path, text.getBytes(StandardCharsets.UTF_8));
        versions.merge(prefix + path, 1L, Long::sum);
        return this;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public boolean exists() {
        return files.keySet().stream().anyMatch(k -> k.startsWith(prefix));
    }

    @Override
    public Folder sub(String path) {
        return new MemoryFolder(files, versions, prefix + path + "/", display(path));
    }

    @Override
    public List<String> folders() {
        return files.keySet().stream()
                .filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length()))
                .filter(k -> k.contains("/"))
                .map(k -> k.substring(0, k.indexOf('/')))
                .distinct()
                .toList();
    }

    @Override
    public List<String> files(int depth) {
        return files.keySet().stream()
                .filter(k -> k.startsWith(prefix))
                .map(k -> k.substring(prefix.length()))
                .filter(k -> k.split("/").length <= depth)
                .toList();
    }

    @Override
    public boolean isFile(String path) {
        return files.containsKey(key(path));
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        String k = inside(path);
        byte[] b = files.get(k);
        if (b == null) {
            throw new NoSuchFileException(path);
        }
        if (b.length > maxBytes) {
            throw new TooLargeException(path, b.length);
        }
        return b.clone();
    }

    @Override
    public long size(String path) throws IOException {
        return read(path, Long.MAX_VALUE).length;
    }

    @Override
    public long version(String path) {
        return versions.getOrDefault(key(path), 0L);
    }

    @Override
    public Optional<Path> file(String path) {
        return Optional.empty();
    }

    private String key(String path) {
        return prefix + Path.of(path).normalize().toString().replace('\\', '/');
    }

    private String inside(String path) throws OutsideException {
        String normal = Path.of(path).normalize().toString().replace('\\', '/');
        if (normal.startsWith("..") || normal.startsWith("/")) {
            throw new OutsideException(path);
        }
        return prefix + normal;
    }
}
