package org.guildhall.assessment;

import java.util.List;

import org.guildhall.shared.Text;

/**
 * The chair's side-by-side view once every score is in: each assessor's mean per domain, the spread (highest
 * minus lowest) and whether it reaches the disagreement threshold.
 */
public record Moderation(List<String> assessors, List<DomainRow> domains, List<Recommendation> recommendations,
        int threshold) {

    public record DomainRow(Text domain, List<Double> means, double spread, boolean flagged) {
    }

    public boolean anyFlagged() {
        return domains.stream().anyMatch(DomainRow::flagged);
    }
}
