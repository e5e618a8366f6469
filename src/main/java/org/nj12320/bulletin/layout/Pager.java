package org.nj12320.bulletin.layout;

import java.util.ArrayList;
import java.util.List;

import org.nj12320.bulletin.layout.Vertical.Piece;

/**
 * Fills pages from the vertical list. Each page takes pieces until the next does not fit; it then ends at the
 * best place to break among those it passed, the one whose cost, its penalty plus how empty it leaves the page,
 * is least (the latest of equals). A break to avoid is thus taken only when the alternative would leave the
 * page mostly empty. A table continued on the next page has its header rows set again at its top.
 */
final class Pager {
    /** What leaving a page empty costs: its empty share cubed, times this. */
    private static final double EMPTY = 10000;

    /** Something placed on a page at a height from the top of the text block. */
    record Placed(Vertical item, float y, Artifact as) {}

    /** The pieces and markers on one page. */
    record Sheet(List<Placed> placed) {}

    private Pager() {}

    static List<Sheet> pages(List<Vertical> items, float height) {
        List<Sheet> out = new ArrayList<>();
        int i = 0;
        int n = items.size();
        Piece carried = null;
        // margins at the top of the first page, and after a forced break, stay; after any other break they go
        boolean keepMargins = true;
        while (i < n) {
            List<Placed> placed = new ArrayList<>();
            List<Vertical> pending = new ArrayList<>();
            float y = 0;
            if (carried != null) {
                placed.add(new Placed(carried, 0, Artifact.REPEATED));
                y = carried.height();
            }
            boolean content = false;
            float positive = 0;
            float negative = 0;
            int best = -1;
            double bestCost = Double.POSITIVE_INFINITY;
            int bestPlaced = 0;
            int next = n;
            // the first item not yet placed nor passed for good
            int resume = i;
            int j = i;
            for (; j < n; j++) {
                Vertical v = items.get(j);
                if (v instanceof Vertical.Space s) {
                    if (content || keepMargins) {
                        positive = Math.max(positive, s.size());
                        negative = Math.min(negative, s.size());
                    }
                } else if (v instanceof Vertical.Close) {
                    flush(pending, placed, y);
                    placed.add(new Placed(v, y, null));
                    resume = j + 1;
                } else if (v instanceof Vertical.Break b) {
                    if (!content) {
                        continue;
                    }
                    flush(pending, placed, y);
                    resume = j + 1;
                    if (b.cost() == Vertical.FORCED) {
                        best = j;
                        bestPlaced = placed.size();
                        break;
                    }
                    double cost = b.cost() + EMPTY * Math.pow(Math.max(0, 1 - y / height), 3);
                    if (cost <= bestCost) {
                        best = j;
                        bestCost = cost;
                        bestPlaced = placed.size();
                    }
                } else if (v instanceof Piece p) {
                    float at = y + (content || keepMargins ? positive + negative : 0);
                    if (content && at + p.height() > height + 0.01f) {
                        if (best < 0) {
                            // nothing to break at: what is not placed yet goes to the next page
                            best = resume - 1;
                            bestPlaced = placed.size();
                        }
                        break;
                    }
                    flush(pending, placed, at);
                    placed.add(new Placed(p, at, null));
                    y = at + p.height();
                    resume = j + 1;
                    positive = 0;
                    negative = 0;
                    content = true;
                } else {
                    pending.add(v);
                }
            }
            if (j >= n) {
                flush(pending, placed, y);
                out.add(new Sheet(placed));
                break;
            }
            out.add(new Sheet(new ArrayList<>(placed.subList(0, bestPlaced))));
            next = best + 1;
            carried = items.get(best) instanceof Vertical.Break b ? b.header() : null;
            keepMargins = items.get(best) instanceof Vertical.Break b && b.cost() == Vertical.FORCED;
            i = next;
        }
        return out;
    }

    private static void flush(List<Vertical> pending, List<Placed> placed, float y) {
        for (Vertical v : pending) {
            placed.add(new Placed(v, y, null));
        }
        pending.clear();
    }
}
