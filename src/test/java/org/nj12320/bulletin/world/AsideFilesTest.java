package org.nj12320.bulletin.world;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The files programs keep beside what they save are told from an issue's own by their names. */
class AsideFilesTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "~$appointments.xlsx",
                ".~lock.appointments.xlsx#",
                "briefs.md~",
                ".briefs.md.swp",
                ".briefs.md.swx",
                "#briefs.md#",
                ".#briefs.md",
                "4913",
                ".2023-04.pdf.1234.tmp",
                "hotline.yaml.bak"
            })
    void aProgramsLockBackupAndSwapFilesAreAside(String name) {
        assertThat(Folder.isAside(name)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"appointments.xlsx", "briefs.md", "issue.yaml", "03-工作会议.md", "2023-04.pdf", "#1 简讯.md"})
    void theIssuesOwnFilesAreNot(String name) {
        assertThat(Folder.isAside(name)).isFalse();
    }
}
