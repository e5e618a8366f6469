package org.nj12320.bulletin.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.apache.fontbox.ttf.GlyphData;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.nj12320.bulletin.layout.Face;
import org.nj12320.bulletin.layout.FontBook;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.world.Folder;

/**
 * The fonts the bulletin embeds, shared by every document made in the process. Each face comes twice: a
 * core font with the characters of GB 2312, Latin and punctuation, read at once, and the full font,
 * read only when a text needs a character the core lacks. Only these fonts exist for the layout: the PDF
 * never depends on fonts installed on the machine. Beside each font lies what its {@code halt} feature says
 * of the blank halves of full-width marks ({@code fonts/prepare.py} writes it, since the prepared fonts have
 * no positioning tables).
 */
public final class FontSet implements AutoCloseable, FontBook {

    /**
     * A font file and the family and weight it answers to.
     *
     * @param halt the file of its marks' blank halves
     */
    public record FontFile(String file, String family, int weight, boolean core, String halt) {}

    public static final String SERIF = "Noto Serif SC";
    public static final String SANS = "Noto Sans SC";
    /** The families of the full fonts, which the stylesheet names after the core ones as a fallback. */
    public static final String SERIF_FULL = "Noto Serif SC Ext";

    public static final String SANS_FULL = "Noto Sans SC Ext";

    public static final List<FontFile> FILES = List.of(
            new FontFile("core/NotoSerifSC-Regular.ttf", SERIF, 400, true, "NotoSerifSC-Regular.halt"),
            new FontFile("core/NotoSerifSC-Bold.ttf", SERIF, 700, true, "NotoSerifSC-Bold.halt"),
            new FontFile("core/NotoSansSC-Regular.ttf", SANS, 400, true, "NotoSansSC-Regular.halt"),
            new FontFile("core/NotoSansSC-Bold.ttf", SANS, 700, true, "NotoSansSC-Bold.halt"),
            new FontFile("NotoSerifSC-Regular.ttf", SERIF_FULL, 400, false, "NotoSerifSC-Regular.halt"),
            new FontFile("NotoSerifSC-Bold.ttf", SERIF_FULL, 700, false, "NotoSerifSC-Bold.halt"),
            new FontFile("NotoSansSC-Regular.ttf", SANS_FULL, 400, false, "NotoSansSC-Regular.halt"),
            new FontFile("NotoSansSC-Bold.ttf", SANS_FULL, 700, false, "NotoSansSC-Bold.halt"));

    /** A font file, parsed the first time it is needed, as the layout measures with it. */
    public static final class Loaded implements Face {
        /** The largest font file there is comes near 20 MB. */
        private static final long MAX_BYTES = 64L * 1024 * 1024;

        private static final float UNKNOWN = -2;
        private static final float MISSING = -1;

        private final FontFile source;
        private final Folder folder;
        private final long size;
        private final long version;
        private final Map<Integer, Blank> halt;
        private TrueTypeFont font;
        private float unitsPerEm;
        private float ascent;
        private float descent;
        private float central;
        /**
         * Advances of the basic plane in em, as asked: {@link #UNKNOWN}, {@link #MISSING} or the advance. Read
         * without the lock, as the layout asks for every character it sets: the array is published filled, and an
         * entry read before its value is seen reads {@link #UNKNOWN}, which takes the locked way.
         */
        private volatile float[] advances;

        private final Map<Integer, float[]> inks = new HashMap<>();

        /** The subset last made, kept for a document that draws the same characters. */
        private FontSubset subset;

        Loaded(FontFile source, Folder folder, long size, Map<Integer, Blank> halt) {
            this.source = source;
            this.folder = folder;
            this.size = size;
            this.version = folder.version(source.file());
            this.halt = halt;
        }

        /** Whether the file is still the one that was found: same size, same version. */
        boolean isCurrent() {
            try {
                return folder.size(source.file()) == size && folder.version(source.file()) == version;
            } catch (IOException e) {
                return false;
            }
        }

        public FontFile source() {
            return source;
        }

        /** The file's size, which with its name identifies the font's version cheaply. */
        public long size() {
            return size;
        }

        public synchronized boolean isParsed() {
            return font != null;
        }

        public synchronized TrueTypeFont font() {
            if (font == null) {
                try {
                    // the parser copies the whole font into an array of its own whatever it is given: from the
                    // disk straight into it, or (a folder in memory) from the file read whole
                    Optional<Path> file = folder.file(source.file());
                    if (file.isPresent() && folder.size(source.file()) > MAX_BYTES) {
                        throw new Folder.TooLargeException(source.file(), folder.size(source.file()));
                    }
                    TrueTypeFont f;
                    try (RandomAccessRead in = file.isPresent()
                            ? new FileRead(file.get())
                            : new RandomAccessReadBuffer(folder.read(source.file(), MAX_BYTES))) {
                        f = new TTFParser().parse(in);
                    }
                    unitsPerEm = f.getUnitsPerEm();
                    ascent = f.getHorizontalHeader().getAscender() / unitsPerEm;
                    descent = -f.getHorizontalHeader().getDescender() / unitsPerEm;
                    // a CJK font's typographic ascender and descender are its ideographic em box
                    var os2 = f.getOS2Windows();
                    central = os2 == null
                            ? (ascent - descent) / 2
                            : (os2.getTypoAscender() + os2.getTypoDescender()) / 2f / unitsPerEm;
                    float[] unknown = new float[0x10000];
                    Arrays.fill(unknown, UNKNOWN);
                    advances = unknown; // filled before it is seen
                    font = f;
                } catch (IOException e) {
                    throw new UncheckedIOException("the font " + folder.display(source.file()) + " cannot be read", e);
                }
            }
            return font;
        }

        private int glyph(int codePoint) {
            try {
                return font().getUnicodeCmapLookup().getGlyphId(codePoint);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private synchronized float lookup(int codePoint) {
            TrueTypeFont f = font();
            if (codePoint < 0x10000 && advances[codePoint] != UNKNOWN) {
                return advances[codePoint];
            }
            int gid = glyph(codePoint);
            float a;
            try {
                a = gid <= 0 ? MISSING : f.getAdvanceWidth(gid) / unitsPerEm;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (codePoint < 0x10000) {
                advances[codePoint] = a;
            }
            return a;
        }

        /** The advance as looked up before, else as looked up now. */
        private float known(int codePoint) {
            float[] known = advances;
            float a = known != null && codePoint < 0x10000 ? known[codePoint] : UNKNOWN;
            return a != UNKNOWN ? a : lookup(codePoint);
        }

        @Override
        public boolean has(int codePoint) {
            return known(codePoint) != MISSING;
        }

        @Override
        public float advance(int codePoint) {
            float a = known(codePoint);
            return a == MISSING ? 0 : a;
        }

        @Override
        public float ascent() {
            font();
            return ascent;
        }

        @Override
        public float descent() {
            font();
            return descent;
        }

        @Override
        public float central() {
            font();
            return central;
        }

        @Override
        public Blank blank(int codePoint) {
            return halt.getOrDefault(codePoint, Blank.NONE);
        }

        @Override
        public float inkLeft(int codePoint) {
            return ink(codePoint)[0];
        }

        @Override
        public float inkRight(int codePoint) {
            return ink(codePoint)[1];
        }

        private synchronized float[] ink(int codePoint) {
            return inks.computeIfAbsent(codePoint, cp -> {
                try {
                    int gid = glyph(cp);
                    GlyphData g = gid <= 0 ? null : font().getGlyph().getGlyph(gid);
                    if (g == null) {
                        return new float[] {0, advance(cp)};
                    }
                    BoundingBox box = g.getBoundingBox();
                    return new float[] {box.getLowerLeftX() / unitsPerEm, box.getUpperRightX() / unitsPerEm};
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }

        /**
         * The subset of this font that draws these characters: the one made last if it draws the same ones (a
         * long-running process building the same issue again), else a new one.
         *
         * @param codePoints in ascending order
         * @param narrowed   the marks drawn narrowed, in ascending order (see {@link FontSubset#narrowKey})
         */
        synchronized FontSubset subset(int[] codePoints, long[] narrowed) throws IOException {
            if (subset == null || !subset.draws(codePoints, narrowed) || subset.failed()) {
                TrueTypeFont f = font();
                subset = FontSubset.of(f, f.getName(), codePoints, narrowed);
            }
            return subset;
        }

        /** The subset made last, if any. */
        synchronized FontSubset lastSubset() {
            return subset;
        }

        synchronized void close() {
            if (font != null) {
                try {
                    font.close();
                } catch (IOException e) {
                    // nothing was written; there is nothing to lose
                }
            }
        }

        @Override
        public String toString() {
            return source.file();
        }
    }

    private final List<Loaded> fonts;

    private FontSet(List<Loaded> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /**
     * Whether every font file is still the one this set was made from; a long-running process opens the set
     * anew when one has changed.
     */
    public boolean isCurrent() {
        return fonts.stream().allMatch(Loaded::isCurrent);
    }

    /** Finds the fonts of a folder and reads the core ones; the full ones are read when first needed. */
    public static FontSet open(Folder dir) throws BulletinException {
        Quiet.libraries();
        List<Problem> problems = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        Map<String, Map<Integer, Face.Blank>> halts = new HashMap<>();
        for (FontFile file : FILES) {
            Map<Integer, Face.Blank> halt = halts.get(file.halt());
            if (halt == null) {
                try {
                    halt = halt(dir, file.halt());
                    halts.put(file.halt(), halt);
                } catch (IOException | IllegalArgumentException e) {
                    problems.add(Problem.error(
                            SourceRef.file(dir.display(file.halt())),
                            "缺少或无法读取字体的标点半宽数据" + (e.getMessage() == null ? "" : "：" + e.getMessage()),
                            "从项目仓库重新取出 fonts/ 文件夹；换了字体时，用 fonts/prepare.py 重新生成"));
                    halt = Map.of();
                }
            }
            try {
                loaded.add(new Loaded(file, dir, dir.size(file.file()), halt));
            } catch (IOException e) {
                problems.add(Problem.error(
                        SourceRef.file(dir.display(file.file())), "找不到字体文件", "从项目仓库重新取出 fonts/ 文件夹（字体不依赖本机安装的字体）"));
            }
        }
        FontSet set = new FontSet(loaded);
        if (problems.isEmpty()) {
            for (Loaded l : loaded) {
                if (l.source().core()) {
                    try {
                        l.font();
                    } catch (UncheckedIOException e) {
                        problems.add(Problem.error(
                                SourceRef.file(dir.display(l.source().file())),
                                "字体文件无法读取：" + e.getCause().getMessage(),
                                "从项目仓库重新取出该文件"));
                    }
                }
            }
        }
        if (!problems.isEmpty()) {
            set.close();
            throw new BulletinException(problems);
        }
        return set;
    }

    /** The blank halves a {@code .halt} file gives, by code point: a line {@code U+FF0C 0 -500} per mark. */
    static Map<Integer, Face.Blank> halt(Folder dir, String name) throws IOException {
        String text = new String(dir.read(name, 1 << 20), StandardCharsets.UTF_8);
        Map<Integer, Face.Blank> out = new HashMap<>();
        int unitsPerEm = 1000;
        // read by hand, not by regular expressions: eight of these files are read at every start
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (l.startsWith("#")) {
                int units = l.indexOf("units of ");
                int per = l.indexOf(" per em");
                if (units >= 0 && per > units + 9) {
                    unitsPerEm = Integer.parseInt(l.substring(units + 9, per).strip());
                }
                continue;
            }
            if (l.isEmpty()) {
                continue;
            }
            List<String> f = fields(l);
            if (f.size() != 3 || !f.get(0).startsWith("U+")) {
                throw new IllegalArgumentException("行“" + l + "”不是“U+FF0C 0 -500”的形式");
            }
            int cp = Integer.parseInt(f.get(0).substring(2), 16);
            float placement = Integer.parseInt(f.get(1)) / (float) unitsPerEm;
            float advance = Integer.parseInt(f.get(2)) / (float) unitsPerEm;
            out.put(cp, new Face.Blank(-placement, placement - advance));
        }
        return out;
    }

    /** The fields of a line, separated by blanks. */
    private static List<String> fields(String line) {
        List<String> out = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= line.length(); i++) {
            boolean blank = i == line.length() || Character.isWhitespace(line.charAt(i));
            if (blank && start >= 0) {
                out.add(line.substring(start, i));
                start = -1;
            } else if (!blank && start < 0) {
                start = i;
            }
        }
        return out;
    }

    public List<Loaded> fonts() {
        return fonts;
    }

    @Override
    public Face face(String family, int weight) {
        int w = weight >= 600 ? 700 : 400;
        for (Loaded l : fonts) {
            if (l.source().family().equals(family) && l.source().weight() == w) {
                return l;
            }
        }
        return null;
    }

    @Override
    public Set<String> families() {
        Set<String> out = new LinkedHashSet<>();
        for (Loaded l : fonts) {
            out.add(l.source().family());
        }
        return out;
    }

    /** The characters asked about so far, and of those the ones the fonts can draw. */
    private final BitSet asked = new BitSet();

    private final BitSet drawable = new BitSet();

    /**
     * Whether any of the fonts can draw the character; the full fonts are read only if the core ones cannot.
     * Each character is looked up once: an issue's text asks about the same few thousand again and again, at
     * every build of a long-running process too.
     */
    public synchronized boolean canDraw(int codePoint) throws IOException {
        if (asked.get(codePoint)) {
            return drawable.get(codePoint);
        }
        boolean can = lookUp(codePoint);
        asked.set(codePoint);
        drawable.set(codePoint, can);
        return can;
    }

    private boolean lookUp(int codePoint) throws IOException {
        for (boolean core : new boolean[] {true, false}) {
            for (Loaded l : fonts) {
                if (l.source().core() == core && l.font().getUnicodeCmapLookup().getGlyphId(codePoint) > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    @Override
    public void close() {
        fonts.forEach(Loaded::close);
    }
}
