package org.nj12320.bulletin.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Lays a document out on pages: the blocks into the text block of each page, then what stands in the margins. */
public final class Layout {
    private Layout() {}

    /**
     * A document to lay out.
     *
     * @param root      the element of the whole document ({@code Document}); the blocks' elements go inside it
     * @param bookmarks the outline, pointing at the blocks' anchors
     */
    public record Document(PageStyle page, List<Block> blocks, Tag root, Metadata metadata, List<Bookmark> bookmarks) {
        public Document {
            blocks = List.copyOf(blocks);
            bookmarks = List.copyOf(bookmarks);
        }
    }

    /** Where an anchor ended up: its page (from 0) and its height from the page's top, in points. */
    public record Position(int page, float y) {}

    /** The pages, and where each anchor is. */
    public record Result(List<Page> pages, Map<String, Position> anchors) {}

    public static Result of(Document doc) {
        PageStyle ps = doc.page();
        List<Vertical> list = Stacker.of(doc.blocks(), 0, ps.contentWidth(), doc.root());
        List<Pager.Sheet> sheets = Pager.pages(list, ps.contentHeight());
        List<Page> pages = new ArrayList<>(sheets.size());
        Map<String, Position> anchors = new LinkedHashMap<>();
        Map<String, List<Block>> running = new HashMap<>();
        List<Vertical.Decoration> open = new ArrayList<>();
        float left = ps.margin().left();
        float top = ps.margin().top();
        for (int p = 0; p < sheets.size(); p++) {
            Pager.Sheet sheet = sheets.get(p);
            // the running values in force where the page's content begins
            Map<String, List<Block>> atStart = new HashMap<>(running);
            boolean begun = false;
            for (Pager.Placed pl : sheet.placed()) {
                if (pl.item() instanceof Vertical.Piece && pl.as() == null) {
                    begun = true;
                } else if (pl.item() instanceof Vertical.Mark m) {
                    running.put(m.name(), m.content());
                    if (!begun) {
                        atStart.put(m.name(), m.content());
                    }
                }
            }
            List<Op> ops = new ArrayList<>();
            decorations(sheet, open, left, top, ops);
            for (Pager.Placed pl : sheet.placed()) {
                if (pl.item() instanceof Vertical.Piece piece) {
                    for (Op op : piece.ops()) {
                        ops.add(op.moved(left, top + pl.y(), pl.as()));
                    }
                } else if (pl.item() instanceof Vertical.Anchor a) {
                    anchors.putIfAbsent(a.name(), new Position(p, top + pl.y()));
                }
            }
            for (PageStyle.MarginBox box : ps.boxes()) {
                ops.addAll(MarginBoxes.draw(box, ps, p + 1, atStart));
            }
            pages.add(new Page(p + 1, ps.width(), ps.height(), ops));
        }
        return new Result(pages, anchors);
    }

    /**
     * The backgrounds and borders of the decorated boxes on a page, each drawn around its part on the page: its
     * top border where it opens, its bottom border where it closes.
     */
    private static void decorations(
            Pager.Sheet sheet, List<Vertical.Decoration> open, float left, float top, List<Op> out) {
        float bottom = 0;
        for (Pager.Placed pl : sheet.placed()) {
            if (pl.item() instanceof Vertical.Piece piece) {
                bottom = Math.max(bottom, pl.y() + piece.height());
            }
        }
        // boxes carried over from the page before start at the top, without their top border
        Map<Vertical.Decoration, Float> from = new LinkedHashMap<>();
        for (Vertical.Decoration d : open) {
            from.put(d, 0f);
        }
        Set<Vertical.Decoration> carried = new HashSet<>(open);
        Map<Vertical.Decoration, Float> to = new HashMap<>();
        for (Pager.Placed pl : sheet.placed()) {
            if (pl.item() instanceof Vertical.Open o) {
                from.put(o.box(), pl.y());
            } else if (pl.item() instanceof Vertical.Close c) {
                to.put(c.box(), pl.y());
            }
        }
        open.clear();
        for (Map.Entry<Vertical.Decoration, Float> e : from.entrySet()) {
            Vertical.Decoration d = e.getKey();
            boolean starts = !carried.contains(d);
            boolean ends = to.containsKey(d);
            float y0 = e.getValue();
            float y1 = ends ? to.get(d) : bottom;
            if (!ends) {
                open.add(d);
            }
            BoxStyle s = d.style;
            float x = left + d.x;
            float w = d.width;
            if (s.background() != null) {
                out.add(new Op.Fill(x, top + y0, w, y1 - y0, s.background(), Artifact.LAYOUT));
            }
            Border.Sides b = s.border();
            if (starts && !b.top().isNone()) {
                out.add(new Op.Fill(x, top + y0, w, b.top().width(), b.top().color(), Artifact.LAYOUT));
            }
            if (ends && !b.bottom().isNone()) {
                out.add(new Op.Fill(
                        x,
                        top + y1 - b.bottom().width(),
                        w,
                        b.bottom().width(),
                        b.bottom().color(),
                        Artifact.LAYOUT));
            }
            if (!b.left().isNone()) {
                out.add(new Op.Fill(
                        x, top + y0, b.left().width(), y1 - y0, b.left().color(), Artifact.LAYOUT));
            }
            if (!b.right().isNone()) {
                out.add(new Op.Fill(
                        x + w - b.right().width(),
                        top + y0,
                        b.right().width(),
                        y1 - y0,
                        b.right().color(),
                        Artifact.LAYOUT));
            }
        }
    }
}
