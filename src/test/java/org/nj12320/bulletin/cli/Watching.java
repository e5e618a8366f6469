package org.nj12320.bulletin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.nj12320.bulletin.testing.Folders;

/** {@code bulletin watch} running in a thread of its own, with what it prints so far. */
final class Watching implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(60);

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();
    final AtomicInteger code = new AtomicInteger(-1);
    final Thread thread;

    Watching(String... args) {
        PrintWriter o = new PrintWriter(out, true);
        PrintWriter e = new PrintWriter(err, true);
        thread = new Thread(() -> code.set(Main.run(o, e, args)), "watch-under-test");
        thread.start();
    }

    /** A copy of the March issue to watch and edit, in {@code data/2023-03} under the folder; its path. */
    static Path marchIn(Path folder) throws IOException {
        Path march = folder.resolve("data/2023-03");
        Folders.copy(Path.of("data/2023-03"), march);
        return march;
    }

    /** {@code watch} of the March issue in a data folder, writing its PDF to {@code pdf}, with more options. */
    static Watching march(Path data, Path pdf, String... more) {
        List<String> args = new ArrayList<>(
                List.of("watch", "--month", "2023-03", "--data", data.toString(), "--out", pdf.toString()));
        args.addAll(List.of(more));
        return new Watching(args.toArray(String[]::new));
    }

    synchronized String out() {
        synchronized (out) {
            return out.toString();
        }
    }

    String err() {
        synchronized (err) {
            return err.toString();
        }
    }

    /** Waits until what it printed satisfies the test. */
    void await(String what, Predicate<String> printed) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!printed.test(out())) {
            if (System.nanoTime() > end) {
                throw new AssertionError("waited for " + what + "\n--- out\n" + out() + "--- err\n" + err());
            }
            Thread.sleep(20);
        }
    }

    /** Ends it as Ctrl-C does: the watching thread is stopped. */
    void stop() {
        close();
    }

    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join(WAIT.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * How many builds of the period it has reported, whatever their pages: a wait on a page count would turn a
     * change of layout into a time-out instead of a failure that says what changed.
     */
    static long builds(String out, String period) {
        return out.lines()
                .filter(l -> l.matches("\\d\\d:\\d\\d:\\d\\d  " + period + "  \\d+ 页  .*"))
                .count();
    }
}
