package org.nj12320.bulletin.world;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** A folder on disk. */
public final class DiskFolder implements Folder {
    private final Path root;
    private final String display;

    /**
     * @param root    the folder
     * @param display how messages name it
     */
    public DiskFolder(Path root, String display) {
        this.root = root.toAbsolutePath().normalize();
        this.display = display;
    }

    public Path root() {
        return root;
    }

    @Override
    public String display() {
        return display;
    }

    @Override
    public boolean exists() {
        return Files.isDirectory(root);
    }

    @Override
    public Folder sub(String path) {
        Path p = root.resolve(path).normalize();
        // a folder outside this one is given as one that does not exist: nothing can be read through it
        return new DiskFolder(
                p.startsWith(root) ? p : root.resolve(".outside-" + Math.abs(path.hashCode())), display(path));
    }

    @Override
    public List<String> folders() {
        if (!exists()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(Files::isDirectory).forEach(p -> out.add(p.getFileName().toString()));
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }

    @Override
    public List<String> files(int depth) {
        if (!exists()) {
            return List.of();
        }
        List<String> out = new ArrayList<>();
        try (Stream<Path> s = Files.walk(root, depth)) {
            s.filter(p -> !p.equals(root) && !Files.isDirectory(p))
                    .forEach(p -> out.add(root.relativize(p).toString().replace('\\', '/')));
        } catch (IOException | UncheckedIOException e) {
            // a folder that cannot be listed has nothing to say about what is left in it
        }
        return out;
    }

    /** Whether the path names a regular file here, or a link to one, wherever it leads (reading it will say). */
    @Override
    public boolean isFile(String path) {
        try {
            Path p = resolve(path);
            return p.startsWith(root) && Files.isRegularFile(p);
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public byte[] read(String path, long maxBytes) throws IOException {
        Path p = inside(path);
        long size = Files.size(p);
        if (size > maxBytes) {
            throw new TooLargeException(path, size);
        }
        try (InputStream in = Files.newInputStream(p)) {
            // into an array of the size found, in one piece (a font of some megabytes is not gathered in pieces
            // of 8 KB and copied again); the file may have changed since its size was taken
            byte[] bytes = new byte[(int) size];
            int n = in.readNBytes(bytes, 0, bytes.length);
            if (n < bytes.length) {
                return Arrays.copyOf(bytes, n);
            }
            byte[] more = in.readNBytes((int) Math.min(maxBytes - size + 1, Integer.MAX_VALUE - 8));
            if (more.length == 0) {
                return bytes;
            }
            if (size + more.length > maxBytes) {
                throw new TooLargeException(path, size + more.length);
            }
            byte[] all = Arrays.copyOf(bytes, bytes.length + more.length);
            System.arraycopy(more, 0, all, bytes.length, more.length);
            return all;
        }
    }

    @Override
    public long size(String path) throws IOException {
        return Files.size(inside(path));
    }

    @Override
    public long version(String path) {
        try {
            return Files.getLastModifiedTime(inside(path)).toMillis();
        } catch (IOException e) {
            return 0;
        }
    }

    @Override
    public Optional<Path> file(String path) {
        try {
            return Optional.of(inside(path));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Path resolve(String path) throws BadNameException {
        if (path.chars().anyMatch(c -> c < 0x20 || c == 0x7F)) {
            throw new BadNameException(path);
        }
        try {
            return root.resolve(path).normalize();
        } catch (InvalidPathException e) {
            throw new BadNameException(path);
        }
    }

    /**
     * The file a path names, refused when it, or a link on the way, leads outside the folder, and when it is
     * not a regular file: reading a named pipe would wait for ever.
     */
    private Path inside(String path) throws IOException {
        Path p = resolve(path);
        if (!p.startsWith(root) || p.equals(root)) {
            throw new OutsideException(path);
        }
        if (!Files.exists(p)) {
            throw new NoSuchFileException(path);
        }
        if (!p.toRealPath().startsWith(root.toRealPath())) {
            throw new OutsideException(path);
        }
        if (!Files.isRegularFile(p)) {
            throw new NotAFileException(path, what(p));
        }
        return p;
    }

    /** What a path that is not a regular file names, as the system's file mode tells. */
    static String what(Path p) {
        if (Files.isDirectory(p)) {
            return "文件夹";
        }
        try {
            int mode = (Integer) Files.getAttribute(p, "unix:mode");
            return switch (mode & 0170000) {
                case 0010000 -> "命名管道";
                case 0020000, 0060000 -> "设备";
                case 0140000 -> "套接字";
                default -> "特殊文件";
            };
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException | ClassCastException e) {
            return "特殊文件";
        }
    }
}
