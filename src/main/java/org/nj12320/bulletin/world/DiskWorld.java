package org.nj12320.bulletin.world;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

/**
 * The world of a project folder on disk: {@code data}, {@code templates} and {@code fonts} inside it (or
 * elsewhere when given), the bulletin's time zone, {@code SOURCE_DATE_EPOCH} from the environment and the
 * system clock. Folders are named in messages relative to the working folder, as an editor would type them.
 */
public record DiskWorld(
        Path root, DiskFolder data, DiskFolder templates, DiskFolder fonts, Optional<Instant> fixedDate, Clock clock)
        implements World {

    /** Nanjing's time zone, in which the bulletin's print dates are meant. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    /**
     * @param root      the project folder
     * @param data      the data folder, or null for {@code <root>/data}
     * @param templates the templates folder, or null for {@code <root>/templates}
     * @param fonts     the fonts folder, or null for {@code <root>/fonts}
     * @param env       the environment, for {@code SOURCE_DATE_EPOCH}
     */
    public static DiskWorld at(Path root, Path data, Path templates, Path fonts, Map<String, String> env) {
        Path r = root.toAbsolutePath().normalize();
        return new DiskWorld(
                r,
                folder(r, data, "data"),
                folder(r, templates, "templates"),
                folder(r, fonts, "fonts"),
                sourceDate(env.get("SOURCE_DATE_EPOCH")),
                Clock.systemUTC());
    }

    /** The project folder with its standard folders, in the environment of this process. */
    public static DiskWorld at(Path root) {
        return at(root, null, null, null, System.getenv());
    }

    private static DiskFolder folder(Path root, Path given, String standard) {
        Path p = given == null
                ? root.resolve(standard)
                // a folder named on the command line is where the shell's current folder says, as --out's file
                // is: the launcher sets the root to the project, and a relative --data resolved against it would
                // read the project's issues for a copy's without a word
                : given.toAbsolutePath().normalize();
        return new DiskFolder(p, display(p));
    }

    /** {@code SOURCE_DATE_EPOCH}: seconds since 1970; anything else is ignored. */
    static Optional<Instant> sourceDate(String epoch) {
        if (epoch != null && epoch.strip().matches("\\d{1,12}")) {
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(epoch.strip())));
        }
        return Optional.empty();
    }

    @Override
    public ZoneId zone() {
        return ZONE;
    }

    /** The same world with another clock (tests). */
    public DiskWorld withClock(Clock clock) {
        return new DiskWorld(root, data, templates, fonts, fixedDate, clock);
    }

    /** The standard place of the PDFs: {@code <root>/out}. */
    public Path out() {
        return root.resolve("out");
    }

    /** A path as messages show it: relative to the working folder when inside it. */
    public static String display(Path p) {
        Path a = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        if (a.startsWith(cwd)) {
            String rel = cwd.relativize(a).toString();
            return rel.isEmpty() ? "." : rel.replace('\\', '/');
        }
        return a.toString();
    }
}
