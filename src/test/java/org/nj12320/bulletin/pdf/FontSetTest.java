package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.nj12320.bulletin.testing.Folders;
import org.nj12320.bulletin.world.DiskFolder;

class FontSetTest {
    @TempDir
    Path tmp;

    @Test
    void aSetKnowsWhenItsFilesHaveChanged() throws Exception {
        Path fonts = tmp.resolve("fonts");
        Folders.copy(Path.of("fonts/core"), fonts.resolve("core"));
        for (FontSet.FontFile f : FontSet.FILES) {
            if (!f.core()) {
                Files.copy(Path.of("fonts", f.file()), fonts.resolve(f.file()));
                Files.copy(Path.of("fonts", f.halt()), fonts.resolve(f.halt()));
            }
        }
        try (FontSet set = FontSet.open(new DiskFolder(fonts, "fonts"))) {
            assertThat(set.isCurrent()).isTrue();
            Path one = fonts.resolve("core/NotoSansSC-Bold.ttf");
            Files.setLastModifiedTime(
                    one, FileTime.fromMillis(Files.getLastModifiedTime(one).toMillis() + 60_000));
            assertThat(set.isCurrent()).isFalse();
        }
    }
}
