package org.nj12320.bulletin.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Paragraphs made at random (seeded, so that a failure can be replayed) of Chinese characters, marks, digits,
 * Latin words, spaces, dashes and words too long for any line, set at random measures in every way a stylesheet
 * can ask for (justified or ragged, balanced or not, keep-all or auto-phrase): whatever the text, every
 * character is set once and in order; at a measure wider than anything that cannot be broken, no line runs past
 * it and none starts with a closing mark; and a balanced paragraph or one broken by phrases takes the lines it
 * takes otherwise. Set with -Dlayout.seed and -Dlayout.runs.
 */
class LineBreakingPropertiesTest {
    private static final long SEED = Long.getLong("layout.seed", 20261206L);
    private static final int RUNS = Integer.getInteger("layout.runs", 3000);

    private static final String[] PIECES = {
        "南",
        "京",
        "市",
        "区",
        "医",
        "院",
        "卫",
        "生",
        "健",
        "康",
        "信",
        "息",
        "中",
        "心",
        "公",
        "司",
        "街",
        "道",
        "，",
        "。",
        "、",
        "；",
        "：",
        "（",
        "）",
        "“",
        "”",
        "《",
        "》",
        "——",
        "……",
        "-",
        "～",
        "/",
        "2023",
        "12320",
        "3",
        "98.3%",
        " ",
        " ",
        "AI",
        "CHIMA 2023",
        "第",
        "年",
        "个",
        // a place to break the content marks (the end of a part of a name), which prints as nothing
        "\u200B",
        // the long words end with a space, so that no two run together into one longer than the roomy measure
        "https://www.nj12320.org/a/b ",
        "ZZZZZZZZZZZZZZZZZZZZZZZZZZZZ "
    };

    private static final String MARKS_NOT_TO_START = "，。、；：）”》";

    /**
     * A measure wider than anything that cannot be broken (the longest word with the marks that may not be parted
     * from it, 180 points in this face), at which no line may run past it and none start with a closing mark;
     * narrower ones are set too, for the rest.
     */
    private static final float ROOMY = 200;

    /**
     * A face of the proportions of the bulletin's: Chinese characters, marks, curly quotes, dashes and ellipses an
     * em wide, the marks with their blank halves on the side the fonts' {@code halt} gives; Latin half an em.
     */
    static final Face CJK = LayoutTest.face(cp -> cp >= 0x2E80 || "“”‘’—…".indexOf(cp) >= 0, cp -> {
        if ("，。、；：）》”’".indexOf(cp) >= 0) {
            return new Face.Blank(0, 0.5f);
        }
        return "（《“‘".indexOf(cp) >= 0 ? new Face.Blank(0.5f, 0) : Face.Blank.NONE;
    });

    private static final TextStyle TEXT = new TextStyle(List.of(CJK), 10, 12, Color.BLACK, 0);

    @Test
    void anyParagraphSetsEveryCharacterOnceWithinTheMeasure() {
        Random random = new Random(SEED);
        for (int run = 0; run < RUNS; run++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(60);
            for (int i = 0; i < pieces; i++) {
                String piece = PIECES[random.nextInt(PIECES.length)];
                if (text.length() > 0
                        && text.charAt(text.length() - 1) == ' '
                        && Chars.noLineStart(piece.codePointAt(0))) {
                    // a mark after a space would make the word before it one with it, longer than the roomy
                    // measure; the rules then give way, as they must (a line of it run past the measure is worse)
                    continue;
                }
                text.append(piece);
            }
            String source = text.toString();
            float measure = 30 + random.nextInt(300);
            ParagraphStyle.Align align = ParagraphStyle.Align.values()[random.nextInt(4)];
            ParagraphStyle.WordBreak wordBreak =
                    ParagraphStyle.WordBreak.values()[random.nextInt(ParagraphStyle.WordBreak.values().length)];
            boolean balance = random.nextBoolean();
            String what = "run " + run + " (seed " + SEED + "): “" + source + "” at " + measure + ", " + align + ", "
                    + wordBreak + (balance ? ", balanced" : "");

            List<Line> lines = set(source, measure, align, wordBreak, balance);
            String printed = String.join("", text(lines));
            assertThat(printed).as(what).isEqualTo(source.replace(" ", "").replace("\u200B", ""));
            if (measure >= ROOMY) {
                for (int i = 0; i < lines.size(); i++) {
                    Line l = lines.get(i);
                    assertThat(l.width())
                            .as(what + ": line " + (i + 1) + ", " + text(List.of(l)))
                            .isLessThanOrEqualTo(measure + 0.01f);
                    int first = l.glyphs().get(0).codePoint();
                    assertThat(i == 0 || MARKS_NOT_TO_START.indexOf(first) < 0)
                            .as(what + ": line " + (i + 1) + " starts with " + Character.toString(first))
                            .isTrue();
                }
            }
            if (balance || wordBreak == ParagraphStyle.WordBreak.AUTO_PHRASE) {
                List<Line> plain = set(source, measure, align, ParagraphStyle.WordBreak.NORMAL, false);
                if (wordBreak != ParagraphStyle.WordBreak.KEEP_ALL) {
                    assertThat(lines)
                            .as(what + ": lines beside the plain setting")
                            .hasSameSizeAs(plain);
                }
            }
        }
    }

    private static List<Line> set(
            String text,
            float measure,
            ParagraphStyle.Align align,
            ParagraphStyle.WordBreak wordBreak,
            boolean balance) {
        ParagraphStyle style = new ParagraphStyle(align, 0, true, true, true, true, 2, 2, wordBreak, balance);
        Block.Paragraph p =
                new Block.Paragraph(BoxStyle.NONE, List.of(new Inline.Text(text, TEXT)), TEXT, style, null, null);
        return p.lines(measure);
    }

    /** Each line's characters as set, without the spaces the layout draws between Chinese and Latin. */
    private static List<String> text(List<Line> lines) {
        List<String> out = new ArrayList<>();
        for (Line l : lines) {
            StringBuilder sb = new StringBuilder();
            for (Glyph g : l.glyphs()) {
                if (g.codePoint() != ' ' && g.codePoint() != Chars.QUARTER) {
                    sb.appendCodePoint(g.codePoint());
                }
            }
            out.add(sb.toString());
        }
        return out;
    }
}
