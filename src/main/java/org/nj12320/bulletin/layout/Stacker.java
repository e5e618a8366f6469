package org.nj12320.bulletin.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.nj12320.bulletin.layout.Vertical.Break;
import org.nj12320.bulletin.layout.Vertical.Piece;

/**
 * Turns blocks into the vertical list the page breaker works on, measuring every paragraph at its width and
 * every table row, and building the document's structure as it goes: each block's element is added to the one
 * around it in reading order, each line of content gets a slot where it is placed.
 */
final class Stacker {
    private final List<Vertical> out = new ArrayList<>();

    /** The vertical list of blocks set in a width, their elements added to a parent element. */
    static List<Vertical> of(List<Block> blocks, float x, float width, Tag parent) {
        Stacker s = new Stacker();
        s.blocks(blocks, x, width, parent, 0);
        return s.out;
    }

    /**
     * Lays the blocks in their width, returning whether the last of them keeps with what follows.
     *
     * @param floor the least a page break inside costs (raised inside a block to be kept together)
     */
    private boolean blocks(List<Block> blocks, float x, float width, Tag parent, int floor) {
        boolean keep = false;
        boolean forceAfter = false;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (i > 0 && !(b instanceof Block.Running)) {
                boolean forced = forceAfter || edge(b, true, BoxStyle::breakBefore);
                boolean held = keep || edge(b, true, BoxStyle::keepWithPrevious);
                out.add(new Break(forced ? Vertical.FORCED : Math.max(floor, held ? Vertical.NEVER : 0), null));
            }
            if (b instanceof Block.Running) {
                block(b, x, width, parent, floor);
            } else {
                keep = block(b, x, width, parent, floor);
                forceAfter = edge(b, false, BoxStyle::breakAfter);
            }
        }
        return keep;
    }

    /**
     * Whether a block asks this of the break before it (or after it), itself or through the first (or last) block
     * inside it, as CSS carries a break asked for at a box's first or last child to the box's own edge: there is
     * no place to break between a box's top and its first child.
     */
    private static boolean edge(Block b, boolean before, Predicate<BoxStyle> asks) {
        if (asks.test(b.box())) {
            return true;
        }
        if (b instanceof Block.Flow f && Float.isNaN(f.box().height())) {
            List<Block> children = f.children();
            for (int k = 0; k < children.size(); k++) {
                Block c = children.get(before ? k : children.size() - 1 - k);
                if (!(c instanceof Block.Running)) {
                    return edge(c, before, asks);
                }
            }
        }
        return false;
    }

    private boolean block(Block b, float x, float width, Tag parent, int floor) {
        if (b instanceof Block.Flow f) {
            return flow(f, x, width, parent, floor);
        } else if (b instanceof Block.Paragraph p) {
            return paragraph(p, x, width, parent, floor);
        } else if (b instanceof Block.Row r) {
            return row(r, x, width, parent);
        } else if (b instanceof Table t) {
            return table(t, x, width, parent, floor);
        } else if (b instanceof Block.Drawing dr) {
            return drawing(dr, x, width, parent);
        }
        Block.Running r = (Block.Running) b;
        out.add(new Vertical.Mark(r.name(), r.content()));
        return false;
    }

    /** Opens a box: its top margin, its anchor, its decoration, its top border and padding. */
    private Vertical.Decoration open(BoxStyle box, String anchor, float x, float width) {
        out.add(new Vertical.Space(box.margin().top()));
        if (anchor != null) {
            out.add(new Vertical.Anchor(anchor));
        }
        Vertical.Decoration d = null;
        if (box.decorated()) {
            d = new Vertical.Decoration(
                    x + box.margin().left(), width - box.margin().horizontal(), box);
            out.add(new Vertical.Open(d));
        }
        if (box.topInside() > 0) {
            out.add(new Piece(box.topInside(), List.of()));
        }
        return d;
    }

    private void close(BoxStyle box, Vertical.Decoration d) {
        if (box.bottomInside() > 0) {
            out.add(new Piece(box.bottomInside(), List.of()));
        }
        if (d != null) {
            out.add(new Vertical.Close(d));
        }
        out.add(new Vertical.Space(box.margin().bottom()));
    }

    private static float contentX(BoxStyle box, float x) {
        return x
                + box.margin().left()
                + box.border().left().width()
                + box.padding().left();
    }

    private boolean flow(Block.Flow f, float x, float width, Tag parent, int floor) {
        BoxStyle box = f.box();
        Tag tag = f.tag() != null ? parent.add(f.tag()) : parent;
        Vertical.Decoration d = open(box, f.anchor(), x, width);
        float cx = contentX(box, x);
        float cw = box.content(width);
        boolean keep = box.keepWithNext();
        if (!Float.isNaN(box.height())) {
            // a box of fixed height is one piece, whatever it holds
            Stacked inside = stack(f.children(), cx, cw, tag);
            out.add(new Piece(box.height(), inside.ops()));
        } else {
            int inner = box.keepTogether() ? Math.max(floor, Vertical.AVOID) : floor;
            keep |= blocks(f.children(), cx, cw, tag, inner);
        }
        close(box, d);
        return keep;
    }

    private boolean paragraph(Block.Paragraph p, float x, float width, Tag parent, int floor) {
        BoxStyle box = p.box();
        // a box with an element of its own (a list item's label) comes before the paragraph's element
        for (Inline in : p.content()) {
            if (in instanceof Inline.Box b && b.tag() != null) {
                parent.add(b.tag());
            }
        }
        Tag tag = p.tag() != null ? parent.add(p.tag()) : parent;
        Vertical.Decoration d = open(box, p.anchor(), x, width);
        float cx = contentX(box, x);
        float cw = box.content(width);
        List<Line> lines = p.lines(cw);
        int inner = box.keepTogether() ? Math.max(floor, Vertical.AVOID) : floor;
        for (int k = 0; k < lines.size(); k++) {
            if (k > 0) {
                boolean orphan = k < p.style().orphans();
                boolean widow = k > lines.size() - p.style().widows();
                out.add(new Break(orphan || widow ? Vertical.NEVER : inner, null));
            }
            Line line = lines.get(k);
            out.add(new Piece(line.height(), ops(line, cx, line.ascent(), tag.slot())));
        }
        close(box, d);
        return box.keepWithNext();
    }

    /**
     * A drawing as one piece, centred in the width: its rectangles and labels all content of its element, so
     * that what reads the PDF finds the figure, its alternative text and the words drawn in it.
     */
    private boolean drawing(Block.Drawing dr, float x, float width, Tag parent) {
        BoxStyle box = dr.box();
        Tag tag = parent.add(dr.tag());
        Tag.Slot slot = tag.slot();
        Vertical.Decoration d = open(box, null, x, width);
        float cw = box.content(width);
        float left = contentX(box, x) + Math.max(0, (cw - dr.width()) / 2);
        List<Op> ops = new ArrayList<>();
        for (Block.Mark m : dr.marks()) {
            if (m instanceof Block.Mark.Rect r) {
                ops.add(new Op.Fill(left + r.x(), r.y(), r.width(), r.height(), r.color(), slot, null));
            } else if (m instanceof Block.Mark.Shape sh) {
                ops.add(new Op.Shape(sh.path().moved(left, 0), sh.color(), slot, null));
            } else {
                Block.Mark.Label l = (Block.Mark.Label) m;
                Block.Paragraph p = new Block.Paragraph(
                        BoxStyle.NONE,
                        List.of(new Inline.Text(l.text(), l.style())),
                        l.style(),
                        ParagraphStyle.DEFAULT,
                        null,
                        null);
                for (Line line : p.lines(Float.MAX_VALUE / 4)) {
                    float w = line.width();
                    float start = switch (l.anchor()) {
                        case START -> l.x();
                        case MIDDLE -> l.x() - w / 2;
                        case END -> l.x() - w;
                    };
                    ops.addAll(ops(line, left + start, l.baseline(), slot));
                }
            }
        }
        out.add(new Piece(dr.height(), ops));
        close(box, d);
        return box.keepWithNext();
    }

    /** A line's glyphs as text ops, one per run of glyphs drawn alike. */
    static List<Op> ops(Line line, float x, float baseline, Tag.Slot slot) {
        List<Op> ops = new ArrayList<>();
        List<Glyph> g = line.glyphs();
        int i = 0;
        while (i < g.size()) {
            Glyph first = g.get(i);
            int j = i + 1;
            while (j < g.size() && alike(first, g.get(j))) {
                j++;
            }
            float[] xs = new float[j - i];
            int[] cps = new int[j - i];
            for (int k = i; k < j; k++) {
                xs[k - i] = x + g.get(k).x();
                cps[k - i] = g.get(k).codePoint();
            }
            Tag.Slot s = slot;
            Artifact a = null;
            if (first.owner() != null) {
                Tag t = first.owner().tag();
                s = t == null ? null : t.slot();
                a = t == null ? Artifact.LAYOUT : null;
            }
            // a box's text may stand above the line's baseline (a list's mark centred on the characters)
            float y =
                    first.owner() == null ? baseline : baseline - first.owner().rise();
            // the line's last run: where its room ends, which a mark at the line's end may not fill
            float end = j == g.size() ? x + line.end() : Float.NaN;
            ops.add(new Op.Text(first.face(), first.size(), first.color(), first.scaleX(), y, xs, cps, end, s, a));
            i = j;
        }
        for (Glyph e : g) {
            if (e.emphasis()) {
                ops.add(dot(x + e.x() + e.face().advance(e.codePoint()) * e.size() / 2, baseline, e));
            }
        }
        return ops;
    }

    /** Where an emphasis dot stands below the baseline, and its radius, in ems of its character. */
    private static final float DOT_DROP = 0.28f;

    private static final float DOT_RADIUS = 0.065f;

    /** Bézier handle of a quarter circle, as a fraction of its radius. */
    private static final float ARC = 0.5523f;

    /**
     * The emphasis dot under a character (着重号, set under each character of horizontal text, centred on it):
     * a drawing, not a glyph, so that copied text is the text alone, and an artifact, the words it marks being
     * the content.
     */
    private static Op dot(float cx, float baseline, Glyph g) {
        float r = DOT_RADIUS * g.size();
        float cy = baseline + DOT_DROP * g.size();
        float k = ARC * r;
        float[] p = {
            cx + r, cy, cx + r, cy + k, cx + k, cy + r, cx, cy + r, cx - k, cy + r, cx - r, cy + k, cx - r, cy, cx - r,
            cy - k, cx - k, cy - r, cx, cy - r, cx + k, cy - r, cx + r, cy - k, cx + r, cy
        };
        return new Op.Shape(new Op.Path("MCCCCZ", p), g.color(), null, Artifact.LAYOUT);
    }

    private static boolean alike(Glyph a, Glyph b) {
        return a.face() == b.face()
                && a.size() == b.size()
                && a.color().equals(b.color())
                && a.scaleX() == b.scaleX()
                && a.owner() == b.owner();
    }

    private boolean row(Block.Row r, float x, float width, Tag parent) {
        BoxStyle box = r.box();
        Tag tag = r.tag() != null ? parent.add(r.tag()) : parent;
        Vertical.Decoration d = open(box, null, x, width);
        float cx = contentX(box, x);
        float cw = box.content(width);
        List<Line> lines = new ArrayList<>();
        float used = 0;
        int autos = 0;
        float ascent = 0;
        float descent = 0;
        for (Block.RowItem item : r.items()) {
            List<Line> set = item.text().lines(Float.MAX_VALUE / 4);
            Line l = set.isEmpty() ? new Line(List.of(), 0, 0, 0, 0, 0, 0) : set.get(0);
            lines.add(l);
            used += l.width() + (Float.isNaN(item.before()) ? 0 : item.before());
            autos += Float.isNaN(item.before()) ? 1 : 0;
            ascent = Math.max(ascent, l.ascent());
            descent = Math.max(descent, l.descent());
        }
        float share = autos == 0 ? 0 : Math.max(0, cw - used) / autos;
        List<Op> ops = new ArrayList<>();
        float at = cx;
        for (int i = 0; i < lines.size(); i++) {
            Block.RowItem item = r.items().get(i);
            at += Float.isNaN(item.before()) ? share : item.before();
            Tag t = item.text().tag() != null ? tag.add(item.text().tag()) : tag;
            ops.addAll(ops(lines.get(i), at, ascent, t.slot()));
            at += lines.get(i).width();
        }
        // a row of a fixed height keeps its pieces at its top
        out.add(new Piece(Float.isNaN(box.height()) ? ascent + descent : box.height(), ops));
        close(box, d);
        return box.keepWithNext();
    }

    private boolean table(Table t, float x, float width, Tag parent, int floor) {
        BoxStyle box = t.box();
        Tag tag = t.tag() != null ? parent.add(t.tag()) : parent;
        Vertical.Decoration d = open(box, t.anchor(), x, width);
        float cx = contentX(box, x);
        float cw = box.content(width);
        if (t.caption() != null) {
            // the caption stays with the header
            flow(t.caption(), cx, cw, tag, Vertical.NEVER);
            out.add(new Break(Vertical.NEVER, null));
        }
        TableGrid grid = new TableGrid(t, cx, cw);
        Tag head = t.headTag() != null ? tag.add(t.headTag()) : tag;
        Piece header = grid.rows(t.head(), head, 0, t.head().size()).piece();
        out.add(header);
        List<TableGrid.RowGroup> groups = new ArrayList<>();
        for (Table.Body body : t.bodies()) {
            Tag bt = body.tag() != null ? tag.add(body.tag()) : tag;
            groups.addAll(grid.groups(body.rows(), bt));
        }
        int inner = Math.max(floor, box.keepTogether() ? Vertical.AVOID : 0);
        for (int i = 0; i < groups.size(); i++) {
            // the header and the first two rows stay together, and so do the last two
            boolean kept = i < 2 || i == groups.size() - 1;
            out.add(new Break(kept ? Vertical.NEVER : inner, header));
            TableGrid.RowGroup g = groups.get(i);
            out.add(g.piece());
            for (Block.Running r : g.running()) {
                out.add(new Vertical.Mark(r.name(), r.content()));
            }
        }
        close(box, d);
        return box.keepWithNext();
    }

    /** Blocks set one under another without page breaks: a table cell's content, a running head. */
    record Stacked(float height, List<Op> ops) {}

    static Stacked stack(List<Block> blocks, float x, float width, Tag parent) {
        List<Vertical> list = of(blocks, x, width, parent);
        List<Op> ops = new ArrayList<>();
        float y = 0;
        float positive = 0;
        float negative = 0;
        boolean started = false;
        for (Vertical v : list) {
            if (v instanceof Vertical.Space s) {
                positive = Math.max(positive, s.size());
                negative = Math.min(negative, s.size());
            } else if (v instanceof Piece p) {
                if (started || positive + negative != 0) {
                    y += positive + negative;
                }
                positive = 0;
                negative = 0;
                for (Op op : p.ops()) {
                    ops.add(op.moved(0, y, null));
                }
                y += p.height();
                started = true;
            }
        }
        return new Stacked(y + positive + negative, ops);
    }
}
