package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.nj12320.bulletin.world.DiskFolder;

/** The document ID follows what the document is made of, and nothing else. */
class DocumentIdTest {
    private static final DocumentInfo INFO = new DocumentInfo(ZonedDateTime.parse("2023-04-27T00:00+08:00"), "test");

    @Test
    void theSameMakingGivesTheSameIdAndAnyChangeAnother() throws Exception {
        try (FontSet fonts = FontSet.open(new DiskFolder(Path.of("fonts"), "fonts"))) {
            List<PdfMaker.Attachment> csv = List.of(attachment("1,2"));
            byte[] id = DocumentId.of("<p>南京</p>", fonts, INFO, csv);
            assertThat(id).hasSize(16).isEqualTo(DocumentId.of("<p>南京</p>", fonts, INFO, csv));
            assertThat(DocumentId.of("<p>南京。</p>", fonts, INFO, csv)).isNotEqualTo(id);
            assertThat(DocumentId.of("<p>南京</p>", fonts, INFO, List.of(attachment("1,3"))))
                    .isNotEqualTo(id);
            assertThat(DocumentId.of(
                            "<p>南京</p>", fonts, new DocumentInfo(INFO.date().plusDays(1), "test"), csv))
                    .isNotEqualTo(id);
            // two changes that keep the length: a swap of two characters
            assertThat(DocumentId.of("<p>京南</p>", fonts, INFO, csv)).isNotEqualTo(id);
        }
    }

    private static PdfMaker.Attachment attachment(String text) {
        return new PdfMaker.Attachment("t.csv", "t", "text/csv", text.getBytes(StandardCharsets.UTF_8));
    }
}
