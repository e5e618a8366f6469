package org.nj12320.bulletin.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A font file read from the disk by the parser as it reads one from memory. */
class FileReadTest {
    @TempDir
    Path tmp;

    @Test
    void readsWhatTheFileHoldsFromWhereItIsAsked() throws Exception {
        byte[] bytes = new byte[70_000];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + 7);
        }
        Path f = Files.write(tmp.resolve("f.bin"), bytes);
        try (FileRead in = new FileRead(f)) {
            assertThat(in.length()).isEqualTo(bytes.length);
            assertThat(in.read()).isEqualTo(bytes[0] & 0xFF);
            byte[] all = new byte[bytes.length - 1];
            assertThat(in.read(all, 0, all.length)).isEqualTo(all.length);
            assertThat(all[all.length - 1]).isEqualTo(bytes[bytes.length - 1]);
            assertThat(in.isEOF()).isTrue();
            assertThat(in.read()).isEqualTo(-1);
            in.seek(65_536);
            byte[] tail = new byte[10_000];
            assertThat(in.read(tail, 3, 10_000 - 3)).isEqualTo(bytes.length - 65_536);
            assertThat(tail[3]).isEqualTo(bytes[65_536]);
            assertThat(in.getPosition()).isEqualTo(bytes.length);
        }
    }

    @Test
    void aFontParsedFromTheDiskIsTheFontParsedFromMemory() throws Exception {
        Path font = Path.of("fonts/core/NotoSansSC-Regular.ttf");
        try (FileRead disk = new FileRead(font);
                RandomAccessReadBuffer memory = new RandomAccessReadBuffer(Files.readAllBytes(font))) {
            TrueTypeFont a = new TTFParser().parse(disk);
            TrueTypeFont b = new TTFParser().parse(memory);
            assertThat(a.getNumberOfGlyphs()).isEqualTo(b.getNumberOfGlyphs()).isGreaterThan(1000);
            int gid = a.getUnicodeCmapLookup().getGlyphId('南');
            assertThat(gid).isPositive().isEqualTo(b.getUnicodeCmapLookup().getGlyphId('南'));
            assertThat(a.getGlyph().getGlyph(gid).getBoundingBox().toString())
                    .isEqualTo(b.getGlyph().getGlyph(gid).getBoundingBox().toString());
        }
    }
}
