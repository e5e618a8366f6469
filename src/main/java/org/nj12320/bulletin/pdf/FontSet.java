package org.nj12320.bulletin.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;
import org.nj12320.bulletin.world.Folder;

/**
 * The fonts the bulletin embeds, shared by every document made in the process. Each face comes twice: a
 * core font with the characters of GB 2312, Latin and punctuation, read at once, and the full font,
 * read only when a text needs a character the core lacks. Only these fonts exist for the renderer: the PDF
 * never depends on fonts installed on the machine.
 */
public final class FontSet implements AutoCloseable {

    /** A font file and the CSS family and weight it answers to. */
    public record Face(String file, String family, int weight, boolean core) {}

    public static final String SERIF = "Noto Serif SC";
    public static final String SANS = "Noto Sans SC";
    /** The families of the full fonts, which the stylesheet names after the core ones as a fallback. */
    public static final String SERIF_FULL = "Noto Serif SC Ext";

    public static final String SANS_FULL = "Noto Sans SC Ext";

    public static final List<Face> FACES = List.of(
            new Face("core/NotoSerifSC-Regular.ttf", SERIF, 400, true),
            new Face("core/NotoSerifSC-Bold.ttf", SERIF, 700, true),
            new Face("core/NotoSansSC-Regular.ttf", SANS, 400, true),
            new Face("core/NotoSansSC-Bold.ttf", SANS, 700, true),
            new Face("NotoSerifSC-Regular.ttf", SERIF_FULL, 400, false),
            new Face("NotoSerifSC-Bold.ttf", SERIF_FULL, 700, false),
            new Face("NotoSansSC-Regular.ttf", SANS_FULL, 400, false),
            new Face("NotoSansSC-Bold.ttf", SANS_FULL, 700, false));

    /** A font file, parsed the first time it is needed. */
    public static final class Loaded {
        /** The largest font file there is comes near 20 MB. */
        private static final long MAX_BYTES = 64L * 1024 * 1024;

        private final Face face;
        private final Folder folder;
        private final long size;
        private final long version;
        private TrueTypeFont font;

        Loaded(Face face, Folder folder, long size) {
            this.face = face;
            this.folder = folder;
            this.size = size;
            this.version = folder.version(face.file());
        }

        /** Whether the file is still the one that was found: same size, same version. */
        boolean isCurrent() {
            try {
                return folder.size(face.file()) == size && folder.version(face.file()) == version;
            } catch (IOException e) {
                return false;
            }
        }

        public Face face() {
            return face;
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
                    // a font on disk is read in part, as needed; one from elsewhere, whole
                    Optional<Path> file = folder.file(face.file());
                    RandomAccessRead in = file.isPresent()
                            ? new RandomAccessReadBufferedFile(file.get())
                            : new RandomAccessReadBuffer(folder.read(face.file(), MAX_BYTES));
                    font = new TTFParser().parse(in);
                } catch (IOException e) {
                    throw new UncheckedIOException("the font " + folder.display(face.file()) + " cannot be read", e);
                }
            }
            return font;
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
    }

    private final List<Loaded> fonts;
    private final MetricsCache metrics = new MetricsCache();

    private FontSet(List<Loaded> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    MetricsCache metrics() {
        return metrics;
    }

    /**
     * Whether every font file is still the one this set was made from; a long-running process opens the set
     * anew when one has changed.
     */
    public boolean isCurrent() {
        return fonts.stream().allMatch(Loaded::isCurrent);
    }

    /** The family of the full font that backs up a core family. */
    static String fullFamily(String coreFamily) {
        return coreFamily.equals(SERIF) ? SERIF_FULL : SANS_FULL;
    }

    /** Finds the fonts of a folder and reads the core ones; the full ones are read when first needed. */
    public static FontSet open(Folder dir) throws BulletinException {
        Quiet.libraries();
        List<Problem> problems = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        for (Face face : FACES) {
            try {
                loaded.add(new Loaded(face, dir, dir.size(face.file())));
            } catch (IOException e) {
                problems.add(Problem.error(
                        SourceRef.file(dir.display(face.file())), "找不到字体文件", "从项目仓库重新取出 fonts/ 文件夹（字体不依赖本机安装的字体）"));
            }
        }
        FontSet set = new FontSet(loaded);
        if (problems.isEmpty()) {
            for (Loaded l : loaded) {
                if (l.face().core()) {
                    try {
                        l.font();
                    } catch (UncheckedIOException e) {
                        problems.add(Problem.error(
                                SourceRef.file(dir.display(l.face().file())),
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

    public List<Loaded> fonts() {
        return fonts;
    }

    /** Whether any of the fonts can draw the character; the full fonts are read only if the core ones cannot. */
    public boolean canDraw(int codePoint) throws IOException {
        for (boolean core : new boolean[] {true, false}) {
            for (Loaded l : fonts) {
                if (l.face().core() == core && l.font().getUnicodeCmapLookup().getGlyphId(codePoint) > 0) {
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
