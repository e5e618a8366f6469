package org.nj12320.bulletin.cli;

import java.nio.file.Path;

/**
 * The folders a build reads: data, templates and fonts, and how messages name them (relative to the
 * project folder, as an editor would type them).
 */
record Project(Path root, Path data, Path templates, Path fonts, Path out) {

    static Project at(Path root, Path data, Path templates, Path fonts) {
        Path r = root.toAbsolutePath().normalize();
        return new Project(r, resolve(r, data, "data"), resolve(r, templates, "templates"), resolve(r, fonts, "fonts"),
                r.resolve("out"));
    }

    private static Path resolve(Path root, Path given, String standard) {
        return given == null ? root.resolve(standard) : root.resolve(given).toAbsolutePath().normalize();
    }

    /** A path as messages show it: relative to the project folder when inside it. */
    String display(Path p) {
        Path a = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        if (a.startsWith(cwd)) {
            String rel = cwd.relativize(a).toString();
            return rel.isEmpty() ? "." : rel.replace('\\', '/');
        }
        return a.toString();
    }
}
