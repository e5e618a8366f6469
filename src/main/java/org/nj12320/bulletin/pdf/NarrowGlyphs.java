package org.nj12320.bulletin.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Adds to a TrueType font (a subset, as {@link FontSubset} writes it) glyphs that are narrower copies of some of
 * its own: a full-width mark with part of its blank taken away, as the line it stands in set it. Each is a
 * composite glyph of one component, the mark itself, moved left by what was taken from its left and with an
 * advance short by all that was taken; so its ink is the mark's, where the mark's would be, and its box is only
 * as wide as the room it was given.
 *
 * <p>Why: drawn at full width, with the next character moved back over the blank, the mark's box overlaps that
 * character's, and readers that rebuild lines from positions (poppler's {@code pdftotext}, the viewers built on
 * it) take the step back for the start of a new line: a sentence copied or searched across {@code 主题是：“数字化}
 * breaks there. With a glyph as wide as the room it has, the boxes meet.
 */
final class NarrowGlyphs {
    private NarrowGlyphs() {}

    /**
     * A narrower copy of a glyph.
     *
     * @param base    the glyph it copies, by its number in the font
     * @param left    font units taken from its left (its outline moves left by as much)
     * @param advance its advance, in font units
     */
    record Copy(int base, int left, int advance) {}

    /** The font with the copies appended, numbered from the font's glyph count on, in the order given. */
    static byte[] append(byte[] font, Copy[] copies) throws IOException {
        if (copies.length == 0) {
            return font;
        }
        ByteBuffer in = ByteBuffer.wrap(font);
        int tableCount = in.getShort(4) & 0xFFFF;
        Map<String, byte[]> tables = new TreeMap<>();
        for (int t = 0; t < tableCount; t++) {
            int record = 12 + 16 * t;
            String tag = new String(font, record, 4, StandardCharsets.US_ASCII);
            int offset = in.getInt(record + 8);
            int length = in.getInt(record + 12);
            byte[] data = new byte[length];
            System.arraycopy(font, offset, data, 0, length);
            tables.put(tag, data);
        }
        byte[] head = tables.get("head");
        byte[] maxp = tables.get("maxp");
        byte[] hhea = tables.get("hhea");
        byte[] hmtx = tables.get("hmtx");
        byte[] loca = tables.get("loca");
        byte[] glyf = tables.get("glyf");
        if (head == null || maxp == null || hhea == null || hmtx == null || loca == null || glyf == null) {
            throw new IOException("the font lacks a table that glyphs need");
        }
        ByteBuffer h = ByteBuffer.wrap(head);
        boolean longLoca = h.getShort(50) == 1;
        int glyphs = ByteBuffer.wrap(maxp).getShort(4) & 0xFFFF;
        int metrics = ByteBuffer.wrap(hhea).getShort(34) & 0xFFFF;
        int total = glyphs + copies.length;
        if (total > 0xFFFF) {
            throw new IOException("too many glyphs");
        }

        int[] offsets = new int[glyphs + 1];
        ByteBuffer l = ByteBuffer.wrap(loca);
        for (int g = 0; g <= glyphs; g++) {
            offsets[g] = longLoca ? l.getInt(4 * g) : (l.getShort(2 * g) & 0xFFFF) * 2;
        }

        // glyf: the font's glyphs as they are, then each copy: one component, moved left, its box moved with it
        ByteArrayOutputStream newGlyf = new ByteArrayOutputStream(offsets[glyphs] + 20 * copies.length);
        newGlyf.write(glyf, 0, offsets[glyphs]);
        int[] newOffsets = new int[total + 1];
        System.arraycopy(offsets, 0, newOffsets, 0, glyphs + 1);
        ByteBuffer g = ByteBuffer.wrap(glyf);
        boolean nested = false;
        for (int c = 0; c < copies.length; c++) {
            Copy copy = copies[c];
            int start = offsets[copy.base()];
            short xMin = 0;
            short yMin = 0;
            short xMax = 0;
            short yMax = 0;
            if (offsets[copy.base() + 1] > start) {
                nested |= g.getShort(start) < 0;
                xMin = (short) (g.getShort(start + 2) - copy.left());
                yMin = g.getShort(start + 4);
                xMax = (short) (g.getShort(start + 6) - copy.left());
                yMax = g.getShort(start + 8);
            }
            ByteBuffer r = ByteBuffer.allocate(20);
            r.putShort((short) -1).putShort(xMin).putShort(yMin).putShort(xMax).putShort(yMax);
            // ARG_1_AND_2_ARE_WORDS | ARGS_ARE_XY_VALUES: the offset as two signed words
            r.putShort((short) 0x0003).putShort((short) copy.base());
            r.putShort((short) -copy.left()).putShort((short) 0);
            newGlyf.write(r.array(), 0, 18);
            newGlyf.write(0);
            newGlyf.write(0); // to a four-byte boundary
            newOffsets[glyphs + c + 1] = newOffsets[glyphs + c] + 20;
        }

        // loca, always long: the copies may carry the table past what the short form can say
        ByteBuffer newLoca = ByteBuffer.allocate(4 * (total + 1));
        for (int o : newOffsets) {
            newLoca.putInt(o);
        }
        h.putShort(50, (short) 1);

        // hmtx: an advance and a left side bearing for every glyph, the copies' their own
        ByteBuffer m = ByteBuffer.wrap(hmtx);
        ByteBuffer newHmtx = ByteBuffer.allocate(4 * total);
        int lastAdvance = 0;
        int[] lsb = new int[glyphs];
        for (int i = 0; i < glyphs; i++) {
            int advance;
            if (i < metrics) {
                advance = m.getShort(4 * i) & 0xFFFF;
                lsb[i] = m.getShort(4 * i + 2);
                lastAdvance = advance;
            } else {
                advance = lastAdvance;
                int at = 4 * metrics + 2 * (i - metrics);
                lsb[i] = at + 2 <= hmtx.length ? m.getShort(at) : 0;
            }
            newHmtx.putShort((short) advance).putShort((short) lsb[i]);
        }
        for (Copy copy : copies) {
            newHmtx.putShort((short) copy.advance()).putShort((short) (lsb[copy.base()] - copy.left()));
        }
        ByteBuffer.wrap(hhea).putShort(34, (short) total);

        ByteBuffer p = ByteBuffer.wrap(maxp);
        p.putShort(4, (short) total);
        if (maxp.length >= 32) {
            // version 1.0: a copy is a composite of one element, one level deeper than a composite it copies
            p.putShort(28, (short) Math.max(p.getShort(28), 1));
            p.putShort(30, (short) Math.max(p.getShort(30), nested ? p.getShort(30) + 1 : 1));
        }

        tables.put("glyf", newGlyf.toByteArray());
        tables.put("loca", newLoca.array());
        tables.put("hmtx", newHmtx.array());
        return write(in.getInt(0), tables);
    }

    /** A font file of these tables, in the order of their tags, each at a four-byte boundary with its checksum. */
    private static byte[] write(int version, Map<String, byte[]> tables) {
        int count = tables.size();
        int power = Integer.highestOneBit(count);
        int offset = 12 + 16 * count;
        int size = offset;
        for (byte[] t : tables.values()) {
            size += (t.length + 3) & ~3;
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        out.putInt(version)
                .putShort((short) count)
                .putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power))
                .putShort((short) (count * 16 - power * 16));
        byte[] head = tables.get("head");
        // the whole file's checksum goes into head, counted with that field at zero
        ByteBuffer.wrap(head).putInt(8, 0);
        int headAt = 0;
        int record = 12;
        for (Map.Entry<String, byte[]> e : tables.entrySet()) {
            byte[] t = e.getValue();
            if (e.getKey().equals("head")) {
                headAt = offset;
            }
            out.put(record, e.getKey().getBytes(StandardCharsets.US_ASCII));
            out.putInt(record + 4, checksum(t));
            out.putInt(record + 8, offset);
            out.putInt(record + 12, t.length);
            out.put(offset, t);
            record += 16;
            offset += (t.length + 3) & ~3;
        }
        byte[] file = out.array();
        out.putInt(headAt + 8, (int) (0xB1B0AFBAL - (checksum(file) & 0xFFFFFFFFL)));
        return file;
    }

    /** The sum of a table's bytes read as big-endian 32-bit numbers, the last padded with zeros. */
    private static int checksum(byte[] data) {
        int sum = 0;
        for (int i = 0; i < data.length; i += 4) {
            int word = 0;
            for (int k = 0; k < 4; k++) {
                word = (word << 8) | (i + k < data.length ? data[i + k] & 0xFF : 0);
            }
            sum += word;
        }
        return sum;
    }
}
