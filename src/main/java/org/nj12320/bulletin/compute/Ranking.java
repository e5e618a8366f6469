package org.nj12320.bulletin.compute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import org.nj12320.bulletin.model.TableData;

/**
 * The order rows are printed in and their ranks (序号): largest first by the table's order column (smallest
 * first when it says so), keeping the file's order among equals; rows without the value go last.
 */
final class Ranking {
    private Ranking() {}

    /**
     * @param order  the indexes of the rows in the file, in print order
     * @param ranks  the rank of each printed row, numbered on (1, 2, 3) for every rank column
     * @param shared the rank of each printed row where equal values share one (1, 2, 2, 4)
     */
    record Result(List<Integer> order, List<Integer> ranks, List<Integer> shared) {}

    static Result of(TableData table, List<Map<String, BigDecimal>> figures) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            order.add(i);
        }
        String by = table.orderBy();
        if (by != null) {
            Comparator<BigDecimal> values = table.ascending() ? Comparator.naturalOrder() : Comparator.reverseOrder();
            order.sort(Comparator.comparing(i -> figures.get(i).get(by), Comparator.nullsLast(values)));
        }
        List<Integer> ranks = new ArrayList<>();
        List<Integer> shared = new ArrayList<>();
        BigDecimal previous = null;
        for (int position = 0; position < order.size(); position++) {
            int rank = position + 1;
            BigDecimal key =
                    by == null ? null : figures.get(order.get(position)).get(by);
            boolean tie = position > 0 && key != null && previous != null && key.compareTo(previous) == 0;
            ranks.add(rank);
            shared.add(tie ? shared.get(position - 1) : rank);
            previous = key;
        }
        return new Result(order, ranks, shared);
    }
}
