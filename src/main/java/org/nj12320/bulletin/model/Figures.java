package org.nj12320.bulletin.model;

import java.util.List;
import java.util.Map;

/**
 * Named figures of a prose section, as a tree of maps, lists, texts and numbers (BigDecimal), with the place
 * every value was read and the consistency checks declared beside them.
 *
 * @param values the tree, its maps ordered as in the file
 * @param refs   where each value was read, by path ({@code province.cities[1].count})
 */
public record Figures(Map<String, Object> values, Map<String, SourceRef> refs, List<FigureCheck> checks) {

    /**
     * Says that some figures are parts of another: their sum may not exceed it, or must equal it when
     * {@code exact}.
     *
     * @param parts a path that may run through lists, such as {@code breakdown.count}
     * @param whole the path of the whole
     */
    public record FigureCheck(String parts, String whole, boolean exact, SourceRef ref) {}
}
