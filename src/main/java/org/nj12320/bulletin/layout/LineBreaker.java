package org.nj12320.bulletin.layout;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.layout.LineItems.Item;

/**
 * Breaks a paragraph into lines by total fit (Knuth and Plass): of all the ways to break it, the one whose lines
 * need the least stretching and shrinking in all, with no line stretched beyond a tolerance. A first pass allows
 * a tenth of an em between characters, a second one and a half tenths; a paragraph that cannot be set within
 * that (a narrow column with long numbers, a word longer than the measure) is set by a last pass that may also
 * space the letters of words and takes what it must, down to a line wider than the measure when a word will
 * not break. Shrinking, which takes the blank halves of marks away, costs a twentieth of what stretching, which
 * spaces the characters, does at the same ratio: a line is filled by compressing its punctuation before its
 * characters are spread (measured against Typst's choices on the same text: bench/typography).
 */
final class LineBreaker {
    private static final double[] TOLERANCES = {1.0, 1.5, Double.POSITIVE_INFINITY};
    private static final double LINE_PENALTY = 10;
    private static final double ADJACENT_FITNESS = 3000;
    private static final double SHRINK_WEIGHT = 0.05;
    private static final double INFINITE_BADNESS = 10000;

    private final List<Item> items;
    private final float measure;
    private final boolean justify;
    /** The stretch a ragged line is measured with, so that any line short of the measure sets well. */
    private final float ragged;

    private final double[] width;
    /** The stretch the first passes use; the last pass adds the spacing of letters within words. */
    private final double[] normalStretch;

    private final double[] allStretch;
    private double[] stretch;
    private final double[] shrink;
    private final int[] fills;
    /** For each item, the last box before it (or -1). */
    private final int[] lastBox;
    /** For each item, the first box at or after it (or the item count). */
    private final int[] nextBox;

    private LineBreaker(List<Item> items, float measure, boolean justify) {
        this.items = items;
        this.measure = measure;
        this.justify = justify;
        this.ragged = justify ? 0 : Math.max(measure, 1f);
        int n = items.size();
        width = new double[n + 1];
        normalStretch = new double[n + 1];
        allStretch = new double[n + 1];
        stretch = normalStretch;
        shrink = new double[n + 1];
        fills = new int[n + 1];
        lastBox = new int[n + 1];
        nextBox = new int[n + 1];
        int last = -1;
        for (int i = 0; i < n; i++) {
            Item it = items.get(i);
            lastBox[i] = last;
            width[i + 1] = width[i] + it.width;
            normalStretch[i + 1] = normalStretch[i] + (it.fill || it.emergency ? 0 : it.stretch);
            allStretch[i + 1] = allStretch[i] + (it.fill ? 0 : it.stretch);
            shrink[i + 1] = shrink[i] + it.shrink;
            fills[i + 1] = fills[i] + (it.fill ? 1 : 0);
            if (it.kind == LineItems.BOX) {
                last = i;
            }
        }
        lastBox[n] = last;
        int next = n;
        for (int i = n; i >= 0; i--) {
            if (i < n && items.get(i).kind == LineItems.BOX) {
                next = i;
            }
            nextBox[i] = next;
        }
    }

    /** A place a line ends, with the best way there. */
    private static final class Node {
        final int at;
        final int line;
        final int fitness;
        final double demerits;
        final double ratio;
        final Node previous;

        Node(int at, int line, int fitness, double demerits, double ratio, Node previous) {
            this.at = at;
            this.line = line;
            this.fitness = fitness;
            this.demerits = demerits;
            this.ratio = ratio;
            this.previous = previous;
        }
    }

    /** A line's span of items: from its first box to its last box, and where it broke. */
    record Span(int start, int end, int breakAt) {}

    /** Where a line that follows a break at {@code at} starts: its first box (glue and ends after a break go). */
    private int start(int at) {
        return at < 0 ? 0 : nextBox[at + 1];
    }

    private double[] measureLine(int from, int to) {
        int s = start(from);
        int e = lastBox[to];
        if (e < s) {
            return new double[] {0, 0, 0, fills[to] - fills[Math.min(s, to)]};
        }
        double w = width[e + 1] - width[s];
        double y = stretch[e + 1] - stretch[s];
        double z = shrink[e + 1] - shrink[s];
        int f = fills[to] - fills[s];
        return new double[] {w, y, z, f};
    }

    /** How far a line's glue must be stretched (positive) or shrunk (negative) to make it the measure. */
    private double ratio(double[] m, boolean balance) {
        double w = m[0];
        double y = m[1] + ragged;
        double z = m[2];
        boolean fill = m[3] > 0 && !balance;
        if (w < measure) {
            if (fill) {
                return 0;
            }
            return y > 0 ? (measure - w) / y : Double.POSITIVE_INFINITY;
        }
        if (w > measure) {
            return z > 0 ? -(w - measure) / z : Double.NEGATIVE_INFINITY;
        }
        return 0;
    }

    private static double badness(double r) {
        if (Double.isInfinite(r)) {
            return INFINITE_BADNESS;
        }
        double b = 100 * Math.abs(r * r * r);
        if (r < 0) {
            b *= SHRINK_WEIGHT;
        }
        return Math.min(b, INFINITE_BADNESS);
    }

    private static int fitness(double r) {
        if (r < -0.5) {
            return 0;
        }
        if (r <= 0.5) {
            return 1;
        }
        return r <= 1 ? 2 : 3;
    }

    /**
     * One pass over the paragraph: the best way to set it within a tolerance, or null.
     *
     * @param lines   the number of lines it must have, or 0 for any: the ways to each break are then kept apart by
     *                their number of lines as well as their fitness, so that the best of that many is found
     * @param balance whether the last line is measured as the others are, so that the breaks make the lines even
     */
    private Node run(double tolerance, boolean last, int lines, boolean balance) {
        stretch = last ? allStretch : normalStretch;
        List<Node> active = new ArrayList<>();
        active.add(new Node(-1, 0, 1, 0, 0, null));
        int n = items.size();
        for (int b = 0; b < n; b++) {
            Item it = items.get(b);
            boolean end = it.kind == LineItems.END;
            if (!end && !(it.kind == LineItems.GLUE && it.breakable && (last || !it.lastResort))) {
                continue;
            }
            Node[] best = new Node[lines == 0 ? 4 : 4 * (lines + 1)];
            Node lastDropped = null;
            for (int k = 0; k < active.size(); k++) {
                Node a = active.get(k);
                if (a.at >= b) {
                    continue;
                }
                double[] m = measureLine(a.at, b);
                double r = ratio(m, balance);
                if (r < -1) {
                    active.remove(k--);
                    lastDropped = lastDropped == null || a.demerits < lastDropped.demerits ? a : lastDropped;
                    continue;
                }
                if (r > tolerance) {
                    continue;
                }
                Node c = candidate(a, b, r, cost(it, lines));
                if (lines > 0 && c.line > lines) {
                    continue;
                }
                int slot = lines == 0 ? c.fitness : 4 * c.line + c.fitness;
                if (best[slot] == null || c.demerits < best[slot].demerits) {
                    best[slot] = c;
                }
            }
            boolean found = false;
            for (Node c : best) {
                found |= c != null;
            }
            if (!found && last && active.isEmpty() && lastDropped != null) {
                // nothing fits: the least overfull line there is, rather than none
                best[1] = candidate(lastDropped, b, -1, cost(it, lines));
                found = true;
            }
            if (end) {
                // a forced end cannot be passed: every line ends here or before
                active.clear();
            }
            for (Node c : best) {
                if (c != null) {
                    active.add(c);
                }
            }
            if (active.isEmpty()) {
                return null;
            }
        }
        Node chosen = null;
        for (Node a : active) {
            if (a.at == n - 1 && (lines == 0 || a.line == lines) && (chosen == null || a.demerits < chosen.demerits)) {
                chosen = a;
            }
        }
        return chosen;
    }

    /**
     * What a break costs besides the badness of its line: a break between Chinese characters where the content
     * marks none (under auto-phrase) only once the number of lines is settled, so that preferring the marked
     * places never costs a line.
     */
    private static int cost(Item it, int lines) {
        return lines > 0 && it.inPhrase ? Math.max(it.cost, LineItems.IN_PHRASE_BREAK_COST) : it.cost;
    }

    private Node candidate(Node a, int b, double r, int cost) {
        double bad = badness(r);
        double d = (LINE_PENALTY + bad) * (LINE_PENALTY + bad) + (double) cost * cost;
        int fit = fitness(r);
        if (Math.abs(fit - a.fitness) > 1) {
            d += ADJACENT_FITNESS;
        }
        return new Node(b, a.line + 1, fit, a.demerits + d, r, a);
    }

    /** A setting's lines, and the stretch of the pass that found them (the last one spaces letters too). */
    private record Setting(List<Span> spans, double[] stretch) {}

    /**
     * The best setting, with the given number of lines (0 for any), by the first pass that finds one; null when
     * none does.
     */
    private Setting setting(int lines, boolean balance) {
        for (int pass = 0; pass < TOLERANCES.length; pass++) {
            Node best = run(TOLERANCES[pass], pass == TOLERANCES.length - 1, lines, balance);
            if (best != null) {
                return new Setting(spans(best), stretch);
            }
        }
        return null;
    }

    private List<Span> spans(Node best) {
        List<Span> out = new ArrayList<>();
        for (Node n = best; n.previous != null; n = n.previous) {
            out.add(0, new Span(start(n.previous.at), lastBox[n.at], n.at));
        }
        return out;
    }

    /** The ratio a line is set at: justified lines to the measure, others at their width unless too wide. */
    double setRatio(Span s) {
        int e = Math.max(s.end() + 1, s.start());
        double[] m = {
            width[e] - width[s.start()],
            stretch[e] - stretch[s.start()],
            shrink[e] - shrink[s.start()],
            fills[s.breakAt()] - fills[Math.min(s.start(), s.breakAt())]
        };
        double w = m[0];
        if (w > measure) {
            return m[2] > 0 ? Math.max(-1, -(w - measure) / m[2]) : 0;
        }
        if (!justify || m[3] > 0 || m[1] <= 0) {
            return 0;
        }
        return (measure - w) / m[1];
    }

    /** Sets the lines of a paragraph. */
    static List<Line> set(
            List<Item> items, float measure, boolean justify, ParagraphStyle.Align align, TextStyle strut) {
        return set(items, measure, justify, false, align, strut);
    }

    /**
     * @param balance whether the lines are made even, the last one too: as many lines as the paragraph takes
     *                otherwise, broken for the least uneven lines in all (and, under {@code word-break:
     *                auto-phrase}, where the content marks places to break)
     */
    static List<Line> set(
            List<Item> items,
            float measure,
            boolean justify,
            boolean balance,
            ParagraphStyle.Align align,
            TextStyle strut) {
        LineBreaker b = new LineBreaker(items, measure, justify);
        Setting chosen = b.setting(0, false);
        boolean phrases = items.stream().anyMatch(it -> it.inPhrase);
        if ((balance && !justify || phrases) && chosen.spans().size() > 1) {
            // as many lines again, now made even or broken where the content marks places to break
            Setting again = b.setting(chosen.spans().size(), balance && !justify);
            if (again != null) {
                chosen = again;
            }
        }
        // the lines are set with the stretch of the pass that found them
        b.stretch = chosen.stretch();
        List<Span> spans = chosen.spans();
        List<Line> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(b.setLine(s, align, strut));
        }
        return out;
    }

    private Line setLine(Span s, ParagraphStyle.Align align, TextStyle strut) {
        double r = setRatio(s);
        List<Glyph> glyphs = new ArrayList<>();
        float above = strut.above();
        float below = strut.below();
        float x = 0;
        float spacing = 0;
        for (int i = s.start(); i <= s.end(); i++) {
            Item it = items.get(i);
            if (it.kind == LineItems.BOX) {
                for (Glyph g : it.glyphs) {
                    glyphs.add(g.at(x));
                }
                x += it.width;
                above = Math.max(above, it.above);
                below = Math.max(below, it.below);
            } else if (it.kind == LineItems.GLUE) {
                float give = (it.emergency && stretch != allStretch) || it.unspent ? 0 : it.stretch;
                float w = it.width + (float) (r >= 0 ? r * give : r * it.shrink);
                if (r > 0 && give > 0 && spacing == 0 && it.width == 0) {
                    spacing = (float) (r * give);
                }
                if (it.glyphs != null) {
                    for (Glyph g : it.glyphs) {
                        glyphs.add(g.at(x));
                    }
                }
                x += w;
            }
        }
        float room = x;
        if (items.get(s.breakAt()).kind == LineItems.END) {
            // the paragraph's (or a forced break's) end: the last mark's blank half, as set, is still its own
            for (int i = s.end() + 1; i < s.breakAt(); i++) {
                Item it = items.get(i);
                if (it.kind == LineItems.GLUE && !it.fill) {
                    room += it.width + (float) (r >= 0 ? 0 : r * it.shrink);
                }
            }
            // but not past the measure, which its ink alone had to fit
            room = Math.min(room, Math.max(x, measure));
        }
        float offset = switch (align) {
            case LEFT, JUSTIFY -> 0;
            case CENTER -> (measure - x) / 2;
            case RIGHT -> measure - x;
        };
        if (offset != 0 && x <= measure) {
            for (int i = 0; i < glyphs.size(); i++) {
                glyphs.set(i, glyphs.get(i).at(offset));
            }
        }
        return new Line(glyphs, above, below, x + Math.max(0, offset), (float) r, spacing, room + Math.max(0, offset));
    }
}
