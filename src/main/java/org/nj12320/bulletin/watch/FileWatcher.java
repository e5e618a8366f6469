package org.nj12320.bulletin.watch;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.nj12320.bulletin.world.Folder;

/**
 * The changes to the files under some folders, one batch at a time: {@link #next} waits for a change, then
 * for the folders to be quiet for a moment, and gives every file changed meanwhile. Files that editors and
 * spreadsheet programs keep beside the ones they save (Excel's {@code ~$…}, an editor's {@code .swp} or
 * {@code …~}) are not changes of the issue.
 *
 * <p>Where the JDK watches files by asking the system (Linux, Windows), a change is seen at once; where it
 * only looks at them every few seconds (macOS), this looks at their times itself, five times a second.
 *
 * <p>A watched folder may be deleted and made again, or replaced by another of its name (a sync tool, {@code
 * git checkout}, templates unpacked over the old ones): the folder above each one is watched too, so that
 * its coming back is a change, and the new folder is watched from then on.
 */
public final class FileWatcher implements AutoCloseable {
    /** How often the files' times are looked at where the system does not report changes. */
    static final Duration POLL = Duration.ofMillis(200);

    private final List<Path> roots;
    private final Duration quiet;
    private final WatchService service;
    private final boolean polling;
    private final Map<WatchKey, Path> keys = new HashMap<>();
    private Map<Path, Long> times;
    /** Changes seen by {@link #pending} and not yet given by {@link #next}. */
    private final Set<Path> seen = new TreeSet<>();

    /**
     * @param roots the folders to watch, with everything in them; one that does not exist is passed over
     * @param quiet how long the folders must stay without a change before a batch is given
     */
    public FileWatcher(List<Path> roots, Duration quiet) throws IOException {
        this.roots = List.copyOf(roots);
        this.quiet = quiet;
        this.service = FileSystems.getDefault().newWatchService();
        // the JDK's polling watcher looks every ten seconds by default: too slow to see a save
        this.polling = service.getClass().getSimpleName().contains("Polling");
        if (polling) {
            times = snapshot();
        } else {
            for (Path root : roots) {
                registerAll(root);
            }
            guard();
        }
    }

    /** Whether changes are found by looking at the files' times rather than reported by the system. */
    public boolean polling() {
        return polling;
    }

    /**
     * Waits for files to change and for the folders to be quiet again; the files that changed, created or
     * deleted.
     *
     * @throws InterruptedException when the waiting thread is interrupted (the way to stop watching)
     */
    public Set<Path> next() throws InterruptedException {
        Set<Path> changed = new TreeSet<>(seen);
        seen.clear();
        if (polling) {
            while (changed.isEmpty()) {
                Thread.sleep(POLL.toMillis());
                changed.addAll(polled());
            }
            while (true) {
                Thread.sleep(Math.max(quiet.toMillis(), POLL.toMillis()));
                Set<Path> more = polled();
                if (more.isEmpty()) {
                    return changed;
                }
                changed.addAll(more);
            }
        }
        try {
            if (changed.isEmpty()) {
                drain(service.take(), changed);
            }
            while (true) {
                WatchKey k = service.poll(quiet.toMillis(), TimeUnit.MILLISECONDS);
                if (k == null) {
                    if (!changed.isEmpty()) {
                        return changed;
                    }
                    drain(service.take(), changed);
                } else {
                    drain(k, changed);
                }
            }
        } catch (ClosedWatchServiceException e) {
            throw new InterruptedException("closed");
        }
    }

    /**
     * Whether files have changed since the last batch, without waiting; the changes are kept for
     * {@link #next}, which then waits only for the folders to be quiet.
     */
    public boolean pending() {
        if (polling) {
            seen.addAll(polled());
        } else {
            try {
                for (WatchKey k = service.poll(); k != null; k = service.poll()) {
                    drain(k, seen);
                }
            } catch (ClosedWatchServiceException e) {
                return true; // closing: let next() say so
            }
        }
        return !seen.isEmpty();
    }

    private void drain(WatchKey key, Set<Path> changed) {
        Path dir = keys.get(key);
        for (WatchEvent<?> e : key.pollEvents()) {
            if (e.kind() == StandardWatchEventKinds.OVERFLOW || dir == null) {
                changed.addAll(roots);
                rearm(List.of(), changed);
                continue;
            }
            Path p = dir.resolve((Path) e.context());
            // a watched folder, or a folder above one, made or deleted
            List<Path> under = roots.stream().filter(r -> r.startsWith(p)).toList();
            if (!under.isEmpty()) {
                if (e.kind() != StandardWatchEventKinds.ENTRY_MODIFY) {
                    changed.addAll(under);
                    rearm(e.kind() == StandardWatchEventKinds.ENTRY_CREATE ? under : List.of(), changed);
                }
                continue;
            }
            if (roots.stream().noneMatch(p::startsWith)) {
                continue; // beside a watched folder, in the folder above it
            }
            if (e.kind() == StandardWatchEventKinds.ENTRY_CREATE && Files.isDirectory(p)) {
                try {
                    registerAll(p);
                } catch (IOException ex) {
                    // a folder that vanished again at once
                }
            }
            if (!aside(p)) {
                changed.add(p);
            }
        }
        if (!key.reset()) {
            keys.remove(key);
        }
    }

    /**
     * Watches again the folders that are back: those made anew ({@code fresh}, whose old watch, if any, follows
     * the folder that was moved away) and any that exists without being watched; and the folders above those
     * that do not exist, to see them come.
     */
    private void rearm(List<Path> fresh, Set<Path> changed) {
        for (Path root : roots) {
            boolean watched = keys.entrySet().stream()
                    .anyMatch(k -> k.getValue().equals(root) && k.getKey().isValid());
            if (!Files.isDirectory(root) || (watched && !fresh.contains(root))) {
                continue;
            }
            keys.entrySet().removeIf(k -> {
                if (k.getValue().startsWith(root)) {
                    k.getKey().cancel();
                    return true;
                }
                return false;
            });
            try {
                registerAll(root);
                changed.add(root);
            } catch (IOException e) {
                // gone again at once; its deletion is reported in turn
            }
        }
        guard();
    }

    /** Watches the nearest existing folder above each watched one, for the watched one's being made or deleted. */
    private void guard() {
        for (Path root : roots) {
            Path above = root.toAbsolutePath().getParent();
            while (above != null && !Files.isDirectory(above)) {
                above = above.getParent();
            }
            Path at = above;
            if (at == null
                    || keys.entrySet().stream()
                            .anyMatch(k -> k.getValue().equals(at) && k.getKey().isValid())) {
                continue;
            }
            try {
                keys.put(register(at), at);
            } catch (IOException e) {
                // a folder that cannot be watched: the watched one's coming back is not seen, its changes are
            }
        }
    }

    /** Whether a file is one a program keeps beside what it saves, not a file of the issue. */
    static boolean aside(Path p) {
        return Folder.isAside(p.getFileName().toString());
    }

    private void registerAll(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> s = Files.walk(root)) {
            for (Path d : s.filter(Files::isDirectory).toList()) {
                keys.put(register(d), d);
            }
        }
    }

    private WatchKey register(Path d) throws IOException {
        return d.register(
                service,
                StandardWatchEventKinds.ENTRY_CREATE,
                StandardWatchEventKinds.ENTRY_DELETE,
                StandardWatchEventKinds.ENTRY_MODIFY);
    }

    /** Every file under the roots with its time and size. */
    private Map<Path, Long> snapshot() {
        Map<Path, Long> out = new HashMap<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> s = Files.walk(root)) {
                s.filter(Files::isRegularFile).filter(p -> !aside(p)).forEach(p -> {
                    try {
                        out.put(p, Files.getLastModifiedTime(p).toMillis() * 31 + Files.size(p));
                    } catch (IOException e) {
                        // gone between the listing and the look
                    }
                });
            } catch (IOException e) {
                // a folder that cannot be listed now; the next look may do
            }
        }
        return out;
    }

    private Set<Path> polled() {
        Map<Path, Long> now = snapshot();
        Set<Path> changed = new TreeSet<>();
        now.forEach((p, t) -> {
            if (!t.equals(times.get(p))) {
                changed.add(p);
            }
        });
        times.keySet().stream().filter(p -> !now.containsKey(p)).forEach(changed::add);
        times = now;
        return changed;
    }

    @Override
    public void close() {
        try {
            service.close();
        } catch (IOException e) {
            // nothing is left to watch either way
        }
    }
}
