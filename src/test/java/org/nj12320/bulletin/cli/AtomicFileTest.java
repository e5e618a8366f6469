package org.nj12320.bulletin.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void writesANewFileReadableByAll() throws Exception {
        Path p = dir.resolve("sub/a.pdf");
        AtomicFile.write(p, new byte[] {1, 2, 3});
        assertThat(Files.readAllBytes(p)).containsExactly(1, 2, 3);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                .isEqualTo("rw-r--r--");
        try (var s = Files.list(p.getParent())) {
            assertThat(s.count()).as("no temporary file left").isEqualTo(1);
        }
    }

    @Test
    void replacesAFileKeepingItsPermissions() throws Exception {
        Path p = dir.resolve("a.pdf");
        Files.writeString(p, "old");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rw-rw----"));
        AtomicFile.write(p, new byte[] {9});
        assertThat(Files.readAllBytes(p)).containsExactly(9);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(p)))
                .isEqualTo("rw-rw----");
    }

    @Test
    void aFailedMoveLeavesTheTargetAndNoTemporaryFile() throws Exception {
        Path target = dir.resolve("a.pdf");
        Files.createDirectories(target.resolve("in-the-way"));
        assertThatThrownBy(() -> AtomicFile.write(target, new byte[] {1})).isInstanceOf(IOException.class);
        assertThat(Files.isDirectory(target.resolve("in-the-way"))).isTrue();
        try (var s = Files.list(dir)) {
            assertThat(s.map(x -> x.getFileName().toString())).containsExactly("a.pdf");
        }
    }
}
