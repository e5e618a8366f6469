package org.nj12320.bulletin.model;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Named figures of a prose section, as a tree of maps, lists, texts and numbers (BigDecimal), with the place
 * every value was read and the consistency checks declared beside them.
 *
 * @param values the tree, its maps ordered as in the file
 * @param refs   where each value was read, by path ({@code province.cities[1].count})
 * @param same   figures that are the same as one elsewhere
 * @param ofThePeriod the paths of the words that are true of this period only (the names of what is new in it,
 *                    a dated note): a new issue does not take them over
 */
public record Figures(
        Map<String, Object> values,
        Map<String, SourceRef> refs,
        List<FigureCheck> checks,
        List<Same> same,
        Set<String> ofThePeriod) {

    public Figures {
        same = List.copyOf(same);
        ofThePeriod = Set.copyOf(ofThePeriod);
    }

    /** Figures with no others referred to. */
    public Figures(Map<String, Object> values, Map<String, SourceRef> refs, List<FigureCheck> checks) {
        this(values, refs, checks, List.of(), Set.of());
    }

    /**
     * A figure that is the same as one elsewhere ({@code as}): 南京's calls in the province's list are the
     * calls of 南京's own hotline. It need not be written; a written one is checked against it.
     *
     * @param figure the path of the figure ({@code province.cities[0].count})
     */
    public record Same(String figure, Reference as, SourceRef ref) {}

    /**
     * Says that some figures are parts of another: their sum may not exceed it, or must equal it when
     * {@code exact}.
     *
     * @param parts a path that may run through lists, such as {@code breakdown.count}
     * @param whole the path of the whole
     */
    public record FigureCheck(String parts, String whole, boolean exact, SourceRef ref) {}
}
