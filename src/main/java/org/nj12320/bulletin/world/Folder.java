package org.nj12320.bulletin.world;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A folder of the project, read-only. Paths are relative to it, with {@code /} between names; nothing outside
 * it can be read through it, by {@code ..} or by a link.
 */
public interface Folder {

    /** How messages name the folder: {@code data}, relative to the working folder when inside it. */
    String display();

    /** How messages name a file of the folder: {@code data/2023-03/issue.yaml}. */
    default String display(String path) {
        return path.isEmpty() ? display() : display() + "/" + path;
    }

    /**
     * Whether a file, by its name, is one a program keeps beside what it saves rather than a file of its own:
     * Excel's and LibreOffice's lock files ({@code ~$a.xlsx}, {@code .~lock.a.xlsx#}), an editor's backup,
     * swap and lock files ({@code a.md~}, {@code .a.md.swp}, {@code #a.md#}, {@code .#a.md}, vim's trial file
     * {@code 4913}) and temporary files ({@code .tmp}, this tool's own among them).
     */
    static boolean isAside(String name) {
        return name.startsWith("~$")
                || name.startsWith(".~lock")
                || name.startsWith(".#")
                || (name.startsWith("#") && name.endsWith("#"))
                || name.endsWith("~")
                || name.endsWith(".swp")
                || name.endsWith(".swx")
                || name.endsWith(".tmp")
                || name.endsWith(".bak")
                || name.equals("4913");
    }

    /** Whether the folder exists. */
    boolean exists();

    /** A folder inside this one, as a folder of its own: nothing outside it can be read through it. */
    Folder sub(String path);

    /** The names of the folders directly inside this one, in no particular order; none when it does not exist. */
    List<String> folders();

    /**
     * The paths of the files in this folder and the folders inside it, down to {@code depth} levels, relative
     * to it with {@code /} between names, in no particular order; none when it does not exist. Links are not
     * followed into other folders.
     */
    List<String> files(int depth);

    /** Whether the path names a file of the folder. */
    boolean isFile(String path);

    /**
     * Reads a file whole.
     *
     * @param maxBytes the most the file may hold
     * @throws java.nio.file.NoSuchFileException when there is no such file
     * @throws OutsideException                  when the path, or a link on it, leads outside the folder
     * @throws NotAFileException                 when it names a folder, a named pipe, a device
     * @throws BadNameException                  when no file can have that name
     * @throws TooLargeException                 when the file holds more than {@code maxBytes}
     */
    byte[] read(String path, long maxBytes) throws IOException;

    /** The size of a file in bytes. */
    long size(String path) throws IOException;

    /** A number that changes whenever the file does (its modification time), for caches; 0 when unknown. */
    long version(String path);

    /**
     * The file on disk, for libraries that read files themselves (a font of 14 MB is read in part, when
     * needed); empty for a folder that is not on disk, whose files are then read whole.
     */
    Optional<Path> file(String path);

    /** A path that leads outside the folder. */
    final class OutsideException extends IOException {
        private static final long serialVersionUID = 1L;

        public OutsideException(String path) {
            super(path + " lies outside the folder");
        }
    }

    /** A path that names something other than a file: a folder, a named pipe, a device. */
    final class NotAFileException extends IOException {
        private static final long serialVersionUID = 1L;
        private final String what;

        /**
         * @param what what the path names instead, in the editors' words: 文件夹, 命名管道, 设备
         */
        public NotAFileException(String path, String what) {
            super(path + " is not a regular file");
            this.what = what;
        }

        public String what() {
            return what;
        }
    }

    /** A path that no file can have: a NUL or another control character in it, or one the system refuses. */
    final class BadNameException extends IOException {
        private static final long serialVersionUID = 1L;

        public BadNameException(String path) {
            super("no file can be named " + path.replace("\0", "\\0"));
        }
    }

    /** A file larger than its reader accepts. */
    final class TooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final long size;

        public TooLargeException(String path, long size) {
            super(path + " holds " + size + " bytes");
            this.size = size;
        }

        public long size() {
            return size;
        }
    }
}
