package org.nj12320.bulletin.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * The glyphs of one face that a document draws, made a TrueType font of their own and embedded as a Type 0 font
 * whose character codes are the subset's glyph numbers ({@code Identity-H}, {@code CIDToGIDMap /Identity}).
 *
 * <p>Which number each glyph gets is settled before the pages are drawn, so that they are drawn with the
 * subset's own numbers and nothing is mapped twice; the font file itself is written and compressed in the
 * background meanwhile. Widths and the map back to Unicode cover the drawn glyphs only (PDFBox's embedding
 * builds both for every glyph of the font first, some 30,000, and a map of old to new numbers as long as the
 * font). A subset is data only, not tied to a document: a long-running process that builds the same text again
 * (a save in {@code watch} that changes a figure) embeds the same subset without making it anew.
 */
final class FontSubset {
    /** The tables a PDF reader needs of an embedded TrueType font; the others (names, cmap, layout) go. */
    private static final List<String> TABLES =
            List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf", "hmtx", "fpgm", "gasp");

    /** The font file: deflated, and how long it is inflated. */
    private record File(byte[] deflated, int length) {}

    private final String name;
    private final int[] codePoints;
    /** The narrowed marks it draws ({@link #narrowKey}), in ascending order; their codes follow the others'. */
    private final long[] narrowed;

    private final int[] codes;
    /** By the subset's glyph number: the advance in thousandths of an em, and the character it draws (or 0). */
    private final int[] widths;

    private final int[] unicode;
    private final Descriptor descriptor;
    private final CompletableFuture<File> file;

    private FontSubset(
            String name,
            int[] codePoints,
            long[] narrowed,
            int[] codes,
            int[] widths,
            int[] unicode,
            Descriptor d,
            CompletableFuture<File> f) {
        this.name = name;
        this.codePoints = codePoints;
        this.narrowed = narrowed;
        this.codes = codes;
        this.widths = widths;
        this.unicode = unicode;
        this.descriptor = d;
        this.file = f;
    }

    /**
     * The subset of a font that draws these characters, its glyph numbers settled now and its file written in the
     * background.
     *
     * @param codePoints the characters, in ascending order, each of which the font has
     * @param narrowed   the marks drawn narrowed ({@link #narrowKey}), in ascending order, each among the characters
     */
    static FontSubset of(TrueTypeFont ttf, String fontName, int[] codePoints, long[] narrowed) throws IOException {
        int[] old = new int[codePoints.length];
        TreeSet<Integer> glyphs = new TreeSet<>();
        // found once: the font looks through its cmap subtables for it at each call
        var cmap = ttf.getUnicodeCmapLookup();
        for (int i = 0; i < codePoints.length; i++) {
            old[i] = cmap.getGlyphId(codePoints[i]);
            if (old[i] <= 0) {
                throw new IOException(fontName + " has no glyph for U+" + Integer.toHexString(codePoints[i]));
            }
            glyphs.add(old[i]);
        }
        TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
        subsetter.addGlyphIds(glyphs);
        // the subset's numbers, the parts of composite glyphs included: new number → the font's
        Map<Integer, Integer> numbers = subsetter.getGIDMap();
        int count = numbers.size();
        int[] newOf = new int[ttf.getNumberOfGlyphs() + 1];
        int[] widths = new int[count + narrowed.length];
        int upm = ttf.getUnitsPerEm();
        float scale = 1000f / upm;
        for (Map.Entry<Integer, Integer> e : numbers.entrySet()) {
            newOf[e.getValue()] = e.getKey();
            widths[e.getKey()] = Math.round(ttf.getAdvanceWidth(e.getValue()) * scale);
        }
        int[] codes = new int[codePoints.length];
        int[] unicode = new int[count + narrowed.length];
        for (int i = 0; i < codePoints.length; i++) {
            codes[i] = newOf[old[i]];
            // a glyph drawn for several characters reads back as the first of them
            if (unicode[codes[i]] == 0) {
                unicode[codes[i]] = codePoints[i];
            }
        }
        // each narrowed mark a glyph of its own after the others, reading back as the mark
        NarrowGlyphs.Copy[] copies = new NarrowGlyphs.Copy[narrowed.length];
        for (int n = 0; n < narrowed.length; n++) {
            int cp = (int) (narrowed[n] >>> 8);
            int i = Arrays.binarySearch(codePoints, cp);
            if (i < 0) {
                throw new IllegalArgumentException("U+" + Integer.toHexString(cp) + " narrowed but not drawn");
            }
            int left = Math.round((narrowed[n] >> 4 & 0xF) * upm / 10f);
            int right = Math.round((narrowed[n] & 0xF) * upm / 10f);
            int advance = ttf.getAdvanceWidth(old[i]) - left - right;
            copies[n] = new NarrowGlyphs.Copy(codes[i], left, advance);
            widths[count + n] = Math.round(advance * scale);
            unicode[count + n] = cp;
        }
        String name = tag(fontName, old) + "+" + fontName;
        CompletableFuture<File> file = CompletableFuture.supplyAsync(() -> {
            try {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 * 1024);
                subsetter.writeToStream(bytes);
                byte[] plain = NarrowGlyphs.append(bytes.toByteArray(), copies);
                return new File(deflate(plain), plain.length);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new FontSubset(name, codePoints, narrowed, codes, widths, unicode, Descriptor.of(ttf, name), file);
    }

    /** The narrowed marks it draws ({@link #narrowKey}), in ascending order. */
    long[] narrowed() {
        return narrowed.clone();
    }

    /** Whether this subset draws exactly these characters and narrowed marks. */
    boolean draws(int[] codePoints, long[] narrowed) {
        return Arrays.equals(this.codePoints, codePoints) && Arrays.equals(this.narrowed, narrowed);
    }

    /**
     * A mark narrowed by what was taken from its blank halves, in tenths of an em (0 to 15 each): the character,
     * the left, the right.
     */
    static long narrowKey(int codePoint, int left, int right) {
        return (long) codePoint << 8 | (long) left << 4 | right;
    }

    /** The character code that draws a mark narrowed so ({@link #narrowKey}); the mark's own when not narrowed. */
    int code(int codePoint, int left, int right) {
        if (left == 0 && right == 0) {
            return code(codePoint);
        }
        int n = Arrays.binarySearch(narrowed, narrowKey(codePoint, left, right));
        if (n < 0) {
            throw new IllegalArgumentException(
                    "U+" + Integer.toHexString(codePoint) + " is not narrowed so in " + name);
        }
        return widths.length - narrowed.length + n;
    }

    /** The character code that draws a character of the subset. */
    int code(int codePoint) {
        int i = Arrays.binarySearch(codePoints, codePoint);
        if (i < 0) {
            throw new IllegalArgumentException("U+" + Integer.toHexString(codePoint) + " is not in the subset " + name);
        }
        return codes[i];
    }

    String name() {
        return name;
    }

    /**
     * Six capital letters that tell this subset from another of the same font, as PDF asks of a subset's name;
     * made from the glyphs it holds, so that the same text gives the same name.
     */
    private static String tag(String fontName, int[] glyphs) {
        CRC32 crc = new CRC32();
        crc.update(fontName.getBytes(StandardCharsets.US_ASCII));
        int[] sorted = glyphs.clone();
        Arrays.sort(sorted);
        for (int g : sorted) {
            crc.update(g >> 8);
            crc.update(g);
        }
        long n = crc.getValue();
        char[] out = new char[6];
        for (int i = 0; i < 6; i++) {
            out[i] = (char) ('A' + n % 26);
            n /= 26;
        }
        return new String(out);
    }

    private static byte[] deflate(byte[] plain) {
        Deflater deflater = new Deflater();
        try {
            deflater.setInput(plain);
            deflater.finish();
            ByteArrayOutputStream out = new ByteArrayOutputStream(plain.length / 2 + 64);
            byte[] chunk = new byte[64 * 1024];
            while (!deflater.finished()) {
                out.write(chunk, 0, deflater.deflate(chunk));
            }
            return out.toByteArray();
        } finally {
            deflater.end();
        }
    }

    /**
     * The subset as a document's font: the Type 0 font dictionary, with its descendant font, descriptor and map
     * to Unicode, made at once; the font file's bytes filled in by {@link Embedded#finish}, when they are
     * written.
     */
    Embedded embedIn(PDDocument doc, String resourceName) throws IOException {
        COSStream fontFile = doc.getDocument().createCOSStream();
        COSDictionary descriptorDict = descriptor.dictionary(name);
        descriptorDict.setItem(COSName.FONT_FILE2, fontFile);

        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "Identity");
        system.setInt(COSName.SUPPLEMENT, 0);
        system.setDirect(true);

        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, name);
        cid.setItem(COSName.CIDSYSTEMINFO, system);
        cid.setItem(COSName.FONT_DESC, descriptorDict);
        cid.setItem(COSName.W, widthArray());
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);

        COSStream toUnicode = doc.getDocument().createCOSStream();
        try (OutputStream out = toUnicode.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(toUnicodeCMap());
        }

        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, name);
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, toUnicode);
        return new Embedded(this, resourceName, type0, fontFile);
    }

    /**
     * A subset in a document: its font dictionary, the name the pages' resources give it, and the stream its font
     * file goes into.
     */
    record Embedded(FontSubset subset, String resourceName, COSDictionary font, COSStream fontFile) {
        /** Puts the font file in its stream, waiting for it to be written if it is not yet. */
        void finish() throws IOException {
            File f;
            try {
                f = subset.file.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof UncheckedIOException u
                        ? u.getCause()
                        : new IOException("the subset " + subset.name + " could not be written", e.getCause());
            }
            fontFile.setItem(COSName.FILTER, COSName.FLATE_DECODE);
            fontFile.setInt(COSName.LENGTH1, f.length());
            try (OutputStream out = fontFile.createRawOutputStream()) {
                out.write(f.deflated());
            }
        }
    }

    /** Whether writing the font file failed, so that the subset must be made again. */
    boolean failed() {
        return file.isCompletedExceptionally();
    }

    /** {@code /W}: runs of consecutive glyph numbers with their widths, leaving out the default 1000. */
    private COSArray widthArray() {
        COSArray w = new COSArray();
        COSArray run = null;
        for (int g = 0; g < widths.length; g++) {
            if (widths[g] == 1000) {
                run = null;
                continue;
            }
            if (run == null) {
                run = new COSArray();
                w.add(COSInteger.get(g));
                w.add(run);
            }
            run.add(COSInteger.get(widths[g]));
        }
        return w;
    }

    /** The CMap that reads each drawn glyph back as its character, for copying, searching and reading aloud. */
    private byte[] toUnicodeCMap() {
        StringBuilder s = new StringBuilder(64 + unicode.length * 16);
        s.append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
                .append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
                .append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
                .append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        int[] mapped = new int[unicode.length];
        int n = 0;
        for (int g = 0; g < unicode.length; g++) {
            if (unicode[g] != 0) {
                mapped[n++] = g;
            }
        }
        // at most a hundred mappings to a block, as the CMap format asks
        for (int start = 0; start < n; start += 100) {
            int end = Math.min(n, start + 100);
            s.append(end - start).append(" beginbfchar\n");
            for (int i = start; i < end; i++) {
                int g = mapped[i];
                s.append('<').append(hex4(g)).append("> <");
                for (char c : Character.toChars(unicode[g])) {
                    s.append(hex4(c));
                }
                s.append(">\n");
            }
            s.append("endbfchar\n");
        }
        s.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return s.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String hex4(int v) {
        String h = Integer.toHexString(v).toUpperCase(java.util.Locale.ROOT);
        return "0000".substring(h.length()) + h;
    }

    /** What a font descriptor says of the font as a whole, in thousandths of an em. */
    private record Descriptor(
            int flags,
            float[] box,
            float italicAngle,
            float ascent,
            float descent,
            float capHeight,
            float xHeight,
            float stemV,
            int weight) {
        private static final int SERIF = 1 << 1;
        private static final int SYMBOLIC = 1 << 2;
        private static final int FIXED_PITCH = 1;
        private static final int SCRIPT = 1 << 3;
        private static final int ITALIC = 1 << 6;

        static Descriptor of(TrueTypeFont ttf, String name) throws IOException {
            HeaderTable head = ttf.getHeader();
            OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
            float scale = 1000f / head.getUnitsPerEm();
            // characters outside any standard Latin encoding: symbolic, as PDF asks of such a font
            int flags = SYMBOLIC;
            if (ttf.getPostScript().getIsFixedPitch() > 0
                    || ttf.getHorizontalHeader().getNumberOfHMetrics() == 1) {
                flags |= FIXED_PITCH;
            }
            if ((os2.getFsSelection() & (1 | 512)) != 0) {
                flags |= ITALIC;
            }
            // the family class's high byte: 1–5 and 7 are kinds of serif, 10 scripts
            int familyClass = os2.getFamilyClass();
            if (familyClass >= 1 && familyClass <= 5 || familyClass == 7) {
                flags |= SERIF;
            } else if (familyClass == 10) {
                flags |= SCRIPT;
            }
            float[] box = {
                head.getXMin() * scale, head.getYMin() * scale, head.getXMax() * scale, head.getYMax() * scale
            };
            float capHeight = os2.getVersion() >= 2 ? os2.getCapHeight() * scale : os2.getTypoAscender() * scale;
            float xHeight = os2.getVersion() >= 2 ? os2.getHeight() * scale : os2.getTypoAscender() / 2f * scale;
            return new Descriptor(
                    flags,
                    box,
                    ttf.getPostScript().getItalicAngle(),
                    ttf.getHorizontalHeader().getAscender() * scale,
                    ttf.getHorizontalHeader().getDescender() * scale,
                    capHeight,
                    xHeight,
                    (box[2] - box[0]) * 0.13f,
                    os2.getWeightClass());
        }

        COSDictionary dictionary(String fontName) {
            COSDictionary d = new COSDictionary();
            d.setItem(COSName.TYPE, COSName.FONT_DESC);
            d.setName(COSName.FONT_NAME, fontName);
            d.setInt(COSName.FLAGS, flags);
            COSArray bbox = new COSArray();
            for (float v : box) {
                bbox.add(new COSFloat(Math.round(v * 1000) / 1000f));
            }
            d.setItem(COSName.FONT_BBOX, bbox);
            d.setFloat(COSName.ITALIC_ANGLE, italicAngle);
            d.setFloat(COSName.ASCENT, ascent);
            d.setFloat(COSName.DESCENT, descent);
            d.setFloat(COSName.CAP_HEIGHT, capHeight);
            d.setFloat(COSName.XHEIGHT, xHeight);
            d.setFloat(COSName.STEM_V, stemV);
            d.setInt(COSName.FONT_WEIGHT, weight);
            return d;
        }
    }
}
