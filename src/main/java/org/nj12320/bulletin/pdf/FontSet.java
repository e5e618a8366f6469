package org.nj12320.bulletin.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.nj12320.bulletin.model.BulletinException;
import org.nj12320.bulletin.model.Problem;
import org.nj12320.bulletin.model.SourceRef;

/**
 * The four fonts the bulletin embeds, parsed once and shared by every document made in the process. Only
 * these fonts exist for the renderer: the PDF never depends on fonts installed on the machine.
 */
public final class FontSet implements AutoCloseable {

    /** A font file and the CSS family and weight it answers to. */
    public record Face(String file, String family, int weight) {
    }

    public static final String SERIF = "Noto Serif SC";
    public static final String SANS = "Noto Sans SC";

    public static final List<Face> FACES = List.of(
            new Face("NotoSerifSC-Regular.ttf", SERIF, 400),
            new Face("NotoSerifSC-Bold.ttf", SERIF, 700),
            new Face("NotoSansSC-Regular.ttf", SANS, 400),
            new Face("NotoSansSC-Bold.ttf", SANS, 700));

    /** A parsed font with its face. */
    public record Loaded(Face face, TrueTypeFont font) {
    }

    private final List<Loaded> fonts;

    private FontSet(List<Loaded> fonts) {
        this.fonts = List.copyOf(fonts);
    }

    /** Opens the fonts of a folder; the files are read lazily, as far as a document needs them. */
    public static FontSet open(Path dir, String display) throws BulletinException {
        Quiet.ensure();
        List<Problem> problems = new ArrayList<>();
        List<Loaded> loaded = new ArrayList<>();
        for (Face face : FACES) {
            Path file = dir.resolve(face.file());
            String name = display + "/" + face.file();
            if (!Files.isRegularFile(file)) {
                problems.add(Problem.error(SourceRef.file(name), "找不到字体文件",
                        "从项目仓库重新取出 fonts/ 文件夹（字体不依赖本机安装的字体）"));
                continue;
            }
            try {
                TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
                loaded.add(new Loaded(face, ttf));
            } catch (IOException e) {
                problems.add(Problem.error(SourceRef.file(name), "字体文件无法读取：" + e.getMessage(),
                        "从项目仓库重新取出该文件"));
            }
        }
        if (!problems.isEmpty()) {
            loaded.forEach(l -> closeQuietly(l.font()));
            throw new BulletinException(problems);
        }
        return new FontSet(loaded);
    }

    public List<Loaded> fonts() {
        return fonts;
    }

    /** Whether any of the fonts can draw the character. */
    public boolean canDraw(int codePoint) throws IOException {
        for (Loaded l : fonts) {
            if (l.font().getUnicodeCmapLookup().getGlyphId(codePoint) > 0) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void close() {
        fonts.forEach(l -> closeQuietly(l.font()));
    }

    private static void closeQuietly(TrueTypeFont f) {
        try {
            f.close();
        } catch (IOException e) {
            // nothing was written; there is nothing to lose
        }
    }
}
