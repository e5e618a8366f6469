package org.nj12320.bulletin.layout;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A paragraph's content as boxes and glue for the line breaker, by the rules of Chinese typesetting (clreq, GB
 * style): each Han character, mark and Latin word is a box; between two boxes stands one glue that holds the
 * blank halves of the marks on either side, the quarter em between Han and Latin, or a word space, and is either
 * a place where a line may break or not. A break at a glue takes the whole glue away, so a closing mark ends its
 * line half width and an opening mark starts its line half width; two adjacent marks keep one blank half
 * between them; the blanks shrink, before anything is stretched, to fit a line.
 */
final class LineItems {
    static final byte BOX = 0;
    static final byte GLUE = 1;
    /** The end of the paragraph or a forced break: the line ends here. */
    static final byte END = 2;

    /** Stretch between two characters, in em: justification spreads at most this at ratio 1. */
    static final float STRETCH = 0.1f;
    /** The space between Han and Latin, in em, and what it may shrink to. */
    static final float QUARTER = 0.25f;

    static final float QUARTER_MIN = 0.125f;
    /** The cost of breaking a short Latin phrase that the source keeps together with a quarter space. */
    static final int PHRASE_BREAK_COST = 100;

    /**
     * The cost of breaking between a number and the Chinese character after it, most often its unit or measure
     * word (2019 年, 161980 人次), or between 第 and its number (第 4 期): read together, so kept together where
     * the paragraph sets as well otherwise.
     */
    static final int NUMBER_BREAK_COST = 50;

    /**
     * The cost of breaking a word that is wider than the measure between two letters: more than the worst line
     * (a line left short is better than a word broken anywhere), and a place only the last pass may break at.
     */
    static final int WORD_BREAK_COST = 20000;

    /**
     * The cost of a break the rules forbid (a closing mark starting a line, a last line of one character), which
     * only the last pass may take: more than breaking a word between two letters.
     */
    static final int RULE_BREAK_COST = 2 * WORD_BREAK_COST;

    /** The cost of breaking such a word where the parts of a web address or a path meet (after a /). */
    static final int ADDRESS_BREAK_COST = 300;

    /**
     * The cost of breaking between two Chinese characters rather than where the content marks a place to break
     * ({@code word-break: auto-phrase}: the end of a part of a name), in a setting of as many lines as the text
     * takes without it (so that the room its lines may leave is only what that many lines leave): more than two
     * lines of a balanced name a third of the measure less even cost (南京鼓楼医院集团 | 仪征医院 rather than
     * 南京鼓楼医院 | 集团仪征医院).
     */
    static final int IN_PHRASE_BREAK_COST = 40;

    /** A box, a glue or an end. */
    static final class Item {
        final byte kind;
        float width;
        float stretch;
        float shrink;
        boolean breakable;
        int cost;
        boolean fill;
        /** Stretch only for a paragraph that cannot be set well otherwise: between the letters of a word. */
        boolean emergency;
        /**
         * Stretch that counts in choosing the breaks and the ratio, but is never given: between the pieces of a
         * word broken for being wider than the measure, so that its lines are filled as far as they can be and
         * then left short, not spaced letter by letter.
         */
        boolean unspent;
        /** A break only the last pass may take: inside a word, not where its parts meet. */
        boolean lastResort;
        /** A break between Chinese characters where the content marks none, which costs {@link #IN_PHRASE_BREAK_COST} besides. */
        boolean inPhrase;
        /** A box's glyphs, placed from its left edge; a glue's space, drawn where the glue is inside a line. */
        Glyph[] glyphs;
        /** A box's height above and below the baseline. */
        float above;

        float below;

        Item(byte kind) {
            this.kind = kind;
        }
    }

    /** A unit the rules see: a Han character or mark, a pair of dashes or ellipses, a Latin word, a box. */
    private static final class Unit {
        final List<Glyph> glyphs = new ArrayList<>(2);
        /** Its characters, {@code count} of them: a Han character one, a word its letters. */
        int[] codePoints = new int[1];

        int count;
        /** The styles of its first and last characters, which decide the glue on either side. */
        TextStyle firstStyle;

        TextStyle lastStyle;
        boolean wide;
        Inline.Box box;
        float width;
        float left;
        float right;
        float above;
        float below;

        int first() {
            return count == 0 ? 0xFFFC : codePoints[0];
        }

        int last() {
            return count == 0 ? 0xFFFC : codePoints[count - 1];
        }

        TextStyle firstStyle() {
            return firstStyle;
        }

        TextStyle lastStyle() {
            return lastStyle;
        }

        void add(int codePoint, TextStyle style) {
            if (count == codePoints.length) {
                codePoints = Arrays.copyOf(codePoints, count * 2);
            }
            codePoints[count++] = codePoint;
            style(style);
        }

        void style(TextStyle style) {
            if (firstStyle == null) {
                firstStyle = style;
            }
            lastStyle = style;
        }

        boolean isMark() {
            return left > 0 || right > 0;
        }

        /** Characters that count towards the two a last line must hold: not marks, not spaces. */
        int countable() {
            int n = 0;
            for (int k = 0; k < count; k++) {
                if (!Chars.noLineStart(codePoints[k])) {
                    n++;
                }
            }
            return box != null ? 1 : n;
        }
    }

    /** What separates two units in the source. */
    private static final byte NONE = 0;

    /** A place the content marks as one a line may break at, taking no room (U+200B, HTML's wbr). */
    private static final byte OPPORTUNITY = 1;

    private static final byte SPACE = 2;
    /** Blank space with a line end in it: between two Chinese characters it is nothing, as in CSS. */
    private static final byte SEGMENT = 3;

    private static final byte QUARTER_SPACE = 4;
    private static final byte NO_BREAK_SPACE = 5;
    private static final byte BREAK = 6;

    private final ParagraphStyle style;
    private final TextStyle strut;
    private final float measure;
    private final List<Unit> units = new ArrayList<>();
    /** What stood in the source before each unit. */
    private final List<Byte> gaps = new ArrayList<>();

    private byte pending = NONE;

    private LineItems(ParagraphStyle style, TextStyle strut, float measure) {
        this.style = style;
        this.strut = strut;
        this.measure = measure;
    }

    /** The items of a paragraph to be set at a measure (which decides only where a too-long word is broken). */
    static List<Item> of(List<Inline> content, TextStyle strut, ParagraphStyle style, float measure) {
        LineItems b = new LineItems(style, strut, measure);
        for (Inline in : content) {
            if (in instanceof Inline.Text t) {
                b.text(t.text(), t.style());
            } else if (in instanceof Inline.Box box) {
                b.box(box);
            } else {
                b.pending = BREAK;
            }
        }
        b.compressPairs();
        return b.items();
    }

    private void text(String s, TextStyle ts) {
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Chars.isSegmentBreak(cp)) {
                gap(SEGMENT);
            } else if (cp == Chars.BREAK_OPPORTUNITY) {
                gap(OPPORTUNITY);
            } else if (Chars.isCollapsible(cp)) {
                gap(SPACE);
            } else if (cp == Chars.QUARTER) {
                gap(QUARTER_SPACE);
            } else if (cp == Chars.NBSP) {
                gap(NO_BREAK_SPACE);
            } else {
                character(cp, ts);
            }
        }
    }

    /** A space of the source; a forced break outweighs it, a quarter or no-break space outweighs a plain one. */
    private void gap(byte g) {
        if (pending != BREAK && g > pending) {
            pending = g;
        }
    }

    private void character(int cp, TextStyle ts) {
        Face face = ts.face(cp);
        boolean wide = Chars.isWide(cp, face);
        Unit last = units.isEmpty() ? null : units.get(units.size() - 1);
        boolean joins = last != null && pending == NONE && last.box == null;
        if (joins && !wide && !last.wide) {
            append(last, cp, face, ts);
            return;
        }
        if (joins && wide && last.wide && Chars.pairs(cp) && last.count == 1 && last.first() == cp) {
            append(last, cp, face, ts);
            return;
        }
        Unit u = new Unit();
        u.wide = wide;
        append(u, cp, face, ts);
        if (wide && style.compress()) {
            Face.Blank blank = face.blank(cp);
            u.left = blank.left() * ts.size();
            u.right = blank.right() * ts.size();
            if (u.left > 0 || u.right > 0) {
                // the box holds the ink; the glyph stands its left blank before it
                Glyph g = u.glyphs.get(0);
                u.glyphs.set(0, g.at(-u.left));
                u.width -= u.left + u.right;
            }
        }
        add(u);
    }

    private void append(Unit u, int cp, Face face, TextStyle ts) {
        float advance = face.has(cp) ? face.advance(cp) * ts.size() : ts.size();
        float scale = 1;
        float x = u.width;
        if (Chars.isDash(cp) && u.count == 1 && Chars.isDash(u.first())) {
            // the two halves of —— meet: each is stretched over its em from ink edge to ink edge, a hair more
            float ink = (face.inkRight(cp) - face.inkLeft(cp)) * ts.size();
            if (ink > 0) {
                float overlap = 0.02f * ts.size();
                scale = (advance + 2 * overlap) / ink;
                Glyph first = u.glyphs.get(0);
                float dx0 = -overlap - face.inkLeft(cp) * ts.size() * scale;
                u.glyphs.set(
                        0, new Glyph(first.face(), first.codePoint(), dx0, first.size(), first.color(), scale, null));
                x = u.width + (-overlap - face.inkLeft(cp) * ts.size() * scale);
            }
        }
        // a letter of emphasised text gets its dot, a mark none (clreq)
        boolean dot = ts.emphasis() && Character.isLetterOrDigit(cp);
        u.glyphs.add(new Glyph(face, cp, x, ts.size(), ts.color(), scale, null, dot));
        u.add(cp, ts);
        u.width += advance + ts.letterSpacing();
        u.above = Math.max(u.above, ts.above());
        u.below = Math.max(u.below, ts.below());
    }

    private void box(Inline.Box box) {
        Unit u = new Unit();
        u.box = box;
        u.wide = true;
        TextStyle ts = box.content().style();
        u.style(ts);
        float x = box.shift();
        String s = box.content().text();
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            Face face = ts.face(cp);
            u.glyphs.add(new Glyph(face, cp, x, ts.size(), ts.color(), 1, box));
            x += (face.has(cp) ? face.advance(cp) * ts.size() : ts.size()) + ts.letterSpacing();
        }
        u.width = Math.max(0, box.width() + box.shift());
        u.above = ts.above();
        u.below = ts.below();
        add(u);
    }

    private void add(Unit u) {
        gaps.add(units.isEmpty() && pending != BREAK ? NONE : pending);
        units.add(u);
        pending = NONE;
    }

    /**
     * Two marks side by side keep one blank half between their inks: half an em goes, from the first one's
     * right blank as far as it has one, the rest from the second one's left blank.
     */
    private void compressPairs() {
        for (int i = 1; i < units.size(); i++) {
            Unit a = units.get(i - 1);
            Unit b = units.get(i);
            if ((gaps.get(i) != NONE && gaps.get(i) != SEGMENT) || !a.isMark() || !b.isMark()) {
                continue;
            }
            float half = 0.5f * Math.min(a.lastStyle().size(), b.firstStyle().size());
            float fromA = Math.min(a.right, half);
            a.right -= fromA;
            b.left -= Math.min(b.left, half - fromA);
        }
    }

    private List<Item> items() {
        List<Item> out = new ArrayList<>(units.size() * 2 + 4);
        int n = units.size();
        // how many characters that count are left from each unit to the next forced break or the end
        int[] rest = new int[n + 1];
        for (int i = n - 1; i >= 0; i--) {
            rest[i] = (i + 1 < n && gaps.get(i + 1) == BREAK ? 0 : rest[i + 1])
                    + units.get(i).countable();
        }
        if (style.indent() != 0) {
            Item indent = new Item(BOX);
            indent.width = style.indent();
            indent.glyphs = new Glyph[0];
            out.add(indent);
        }
        boolean phrases = style.wordBreak() == ParagraphStyle.WordBreak.AUTO_PHRASE;
        for (int i = 0; i < n; i++) {
            Unit u = units.get(i);
            byte gap = gaps.get(i);
            if (i == 0) {
                out.add(blank(u.left));
            } else if (gap == BREAK) {
                end(out, units.get(i - 1));
                out.add(blank(u.left));
            } else {
                Item g = junction(units.get(i - 1), u, gap, rest[i] >= 2);
                // under auto-phrase, the places the content marks (a zero-width space at the end of a part of
                // a name) are where Chinese characters had best part
                g.inPhrase =
                        phrases && gap == NONE && Chars.isHan(units.get(i - 1).last()) && Chars.isHan(u.first());
                out.add(g);
            }
            boxes(u, out);
        }
        end(out, n == 0 ? null : units.get(n - 1));
        return out;
    }

    /** The end of a paragraph or of a line forced to end: the last mark's blank, then glue that fills the line. */
    private void end(List<Item> out, Unit last) {
        if (last != null) {
            out.add(blank(last.right));
        }
        Item fill = new Item(GLUE);
        fill.fill = true;
        out.add(fill);
        out.add(new Item(END));
    }

    /** A mark's blank at the start or end of a run: shrinks away, no break. */
    private static Item blank(float width) {
        Item g = new Item(GLUE);
        g.width = width;
        g.shrink = width;
        return g;
    }

    private void boxes(Unit u, List<Item> out) {
        boolean split = style.breakWords() && !u.wide && u.box == null && u.width > measure && u.glyphs.size() > 1;
        if (!split && !u.wide && u.box == null && u.glyphs.size() > 1) {
            // a word's letters, which a paragraph that cannot be set well may space as its Chinese characters
            for (int k = 0; k < u.glyphs.size(); k++) {
                Glyph g = u.glyphs.get(k);
                float end = k + 1 < u.glyphs.size() ? u.glyphs.get(k + 1).x() : u.width;
                if (k > 0) {
                    Item glue = new Item(GLUE);
                    glue.emergency = true;
                    glue.stretch = STRETCH * g.size();
                    out.add(glue);
                }
                Item box = new Item(BOX);
                box.width = end - g.x();
                box.glyphs = new Glyph[] {g.at(-g.x())};
                box.above = u.above;
                box.below = u.below;
                out.add(box);
            }
            return;
        }
        if (!split) {
            Item box = new Item(BOX);
            box.width = u.width;
            box.glyphs = u.glyphs.toArray(new Glyph[0]);
            box.above = u.above;
            box.below = u.below;
            out.add(box);
            return;
        }
        // a word wider than the measure may break anywhere, at a cost; a web address or a path, where its parts
        // meet, at less
        for (int k = 0; k < u.glyphs.size(); k++) {
            Glyph g = u.glyphs.get(k);
            float end = k + 1 < u.glyphs.size() ? u.glyphs.get(k + 1).x() : u.width;
            if (k > 0) {
                Item glue = new Item(GLUE);
                glue.breakable = style.wrap();
                glue.stretch = STRETCH * g.size();
                glue.unspent = true;
                boolean joint = Chars.isAddressJoint(u.codePoints[k - 1], g.codePoint());
                glue.cost = joint ? ADDRESS_BREAK_COST : WORD_BREAK_COST;
                glue.lastResort = !joint;
                out.add(glue);
            }
            Item box = new Item(BOX);
            box.width = end - g.x();
            box.glyphs = new Glyph[] {g.at(-g.x())};
            box.above = u.above;
            box.below = u.below;
            out.add(box);
        }
    }

    /** The glue between two units. */
    private Item junction(Unit a, Unit b, byte gap, boolean enoughAfter) {
        Item g = new Item(GLUE);
        TextStyle as = a.lastStyle();
        TextStyle bs = b.firstStyle();
        float size = Math.max(as.size(), bs.size());
        g.width = a.right + b.left;
        g.shrink = a.right + b.left;
        g.stretch = STRETCH * size;
        boolean word = !a.wide && !b.wide;
        boolean hanLatin = style.autospace()
                && a.box == null
                && b.box == null
                && ((Chars.isHan(a.last()) && Chars.isAlnum(b.first()))
                        || (Chars.isAlnum(a.last()) && Chars.isHan(b.first())));
        int space = 0;
        if (hanLatin) {
            g.width += QUARTER * size;
            g.shrink += (QUARTER - QUARTER_MIN) * size;
            space = Chars.QUARTER;
            // a number with its unit (2019 年), an ordinal with its number (第 4 期): read as one
            if (Character.isDigit(a.last()) || (a.last() == '第' && Character.isDigit(b.first()))) {
                g.cost = NUMBER_BREAK_COST;
            }
        } else if (gap == SPACE || (word && gap == SEGMENT)) {
            TextStyle ts = as;
            Face f = ts.face(' ');
            float w = (f.has(' ') ? f.advance(' ') : 0.25f) * ts.size() + ts.letterSpacing();
            g.width += w;
            g.stretch = Math.max(g.stretch, w / 2);
            g.shrink += w / 3;
            space = ' ';
        } else if (word && (gap == QUARTER_SPACE || gap == NO_BREAK_SPACE)) {
            // the words of a short Latin phrase in Chinese text (CHIMA 2023): kept together where the line allows
            g.width += QUARTER * size;
            space = Chars.QUARTER;
            g.cost = gap == QUARTER_SPACE ? PHRASE_BREAK_COST : 0;
        }
        if (space != 0) {
            TextStyle ts = space == ' ' || !Chars.isHan(b.first()) ? as : bs;
            Face f = ts.face(space);
            int drawn = f.has(space) ? space : ' ';
            g.glyphs = new Glyph[] {new Glyph(ts.face(drawn), drawn, 0, ts.size(), ts.color(), 1, null)};
        }
        g.breakable = style.wrap()
                && a.box == null
                && !(word && gap != SPACE && gap != SEGMENT && gap != QUARTER_SPACE && gap != OPPORTUNITY && !hanLatin);
        // breaks the rules forbid, taken only by the last pass, when nothing else keeps a line within the measure
        // (a column narrower than a word with the marks that cling to it): a line starting with a closing mark or
        // a connector or ending with an opening one; Chinese characters parted under keep-all, where a word may
        // be broken (overflow-wrap: break-word); a paragraph's last line of a single character
        boolean forbidden = Chars.noLineEnd(a.last()) || Chars.noLineStart(b.first()) || !enoughAfter;
        boolean keptAll =
                style.wordBreak() == ParagraphStyle.WordBreak.KEEP_ALL && gap == NONE && !isMarkAfter(a.last());
        if (g.breakable && (forbidden || keptAll)) {
            g.breakable = !keptAll || style.breakWords();
            g.lastResort = true;
            g.cost = forbidden ? RULE_BREAK_COST : WORD_BREAK_COST;
        }
        return g;
    }

    /** The strut: the paragraph's own style, whose line every line is at least as tall as. */
    TextStyle strut() {
        return strut;
    }

    /** A mark after which a line may end even under keep-all: a closing mark or a stop (、，。）). */
    private static boolean isMarkAfter(int cp) {
        int type = Character.getType(cp);
        return cp >= 0x80
                && (type == Character.END_PUNCTUATION
                        || type == Character.OTHER_PUNCTUATION
                        || type == Character.FINAL_QUOTE_PUNCTUATION);
    }
}
