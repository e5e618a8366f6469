package org.nj12320.bulletin.watch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The changes under watched folders, one batch for a burst of saves, and a folder coming back seen. */
class FileWatcherTest {
    @TempDir
    Path tmp;

    @Test
    void aBurstOfSavesIsOneBatch() throws Exception {
        Path issue = Files.createDirectories(tmp.resolve("data/2023-04"));
        try (FileWatcher watcher = new FileWatcher(List.of(issue), Duration.ofMillis(300))) {
            CompletableFuture<Set<Path>> batch = CompletableFuture.supplyAsync(() -> next(watcher));
            // a spreadsheet program's save: a lock file, a temporary file, then the files
            Files.writeString(issue.resolve("~$appointments.xlsx"), "lock");
            Files.writeString(issue.resolve("appointments.yaml"), "a");
            Thread.sleep(50);
            Files.writeString(issue.resolve("hotline.yaml"), "b");
            Set<Path> changed = batch.get(30, TimeUnit.SECONDS);
            assertThat(changed)
                    .contains(issue.resolve("appointments.yaml"), issue.resolve("hotline.yaml"))
                    .doesNotContain(issue.resolve("~$appointments.xlsx"));
        }
    }

    @Test
    void aFolderMadeAgainIsWatchedAgain() throws Exception {
        Path issue = Files.createDirectories(tmp.resolve("data/2023-04"));
        try (FileWatcher watcher = new FileWatcher(List.of(issue), Duration.ofMillis(100))) {
            CompletableFuture<Set<Path>> gone = CompletableFuture.supplyAsync(() -> next(watcher));
            Files.delete(issue);
            assertThat(gone.get(30, TimeUnit.SECONDS)).contains(issue);
            CompletableFuture<Set<Path>> back = CompletableFuture.supplyAsync(() -> next(watcher));
            Files.createDirectories(issue);
            assertThat(back.get(30, TimeUnit.SECONDS)).contains(issue);
            CompletableFuture<Set<Path>> saved = CompletableFuture.supplyAsync(() -> next(watcher));
            Files.writeString(issue.resolve("issue.yaml"), "period: 2023-04");
            assertThat(saved.get(30, TimeUnit.SECONDS)).contains(issue.resolve("issue.yaml"));
        }
    }

    @Test
    void aChangeSeenWhileBusyIsGivenWithoutWaitingForAnother() throws Exception {
        Path issue = Files.createDirectories(tmp.resolve("data/2023-04"));
        try (FileWatcher watcher = new FileWatcher(List.of(issue), Duration.ofMillis(100))) {
            assertThat(watcher.pending()).as("nothing changed yet").isFalse();
            Files.writeString(issue.resolve("appointments.yaml"), "a");
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!watcher.pending()) {
                assertThat(System.nanoTime()).as("the change seen").isLessThan(deadline);
                Thread.sleep(10);
            }
            // the change, once seen, is the next batch: no second change is waited for
            CompletableFuture<Set<Path>> batch = CompletableFuture.supplyAsync(() -> next(watcher));
            assertThat(batch.get(30, TimeUnit.SECONDS)).containsExactly(issue.resolve("appointments.yaml"));
            assertThat(watcher.pending()).as("given, so no longer pending").isFalse();
        }
    }

    private static Set<Path> next(FileWatcher watcher) {
        try {
            return watcher.next();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
