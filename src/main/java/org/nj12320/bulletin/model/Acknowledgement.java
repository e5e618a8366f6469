package org.nj12320.bulletin.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * A discrepancy of the source that an editor has checked and accepted, recorded in the data file of its
 * section: which figure, the two values that disagree, who checked it and why it stands.
 *
 * @param section the id of the section whose file holds it
 * @param check   the kind of check whose discrepancy it accepts
 */
public record Acknowledgement(
        String section,
        String figure,
        Discrepancy.Check check,
        List<BigDecimal> values,
        String checkedBy,
        String reason,
        SourceRef ref) {
    public Acknowledgement {
        values = List.copyOf(values);
    }
}
