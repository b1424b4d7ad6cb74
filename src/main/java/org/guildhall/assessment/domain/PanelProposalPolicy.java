package org.guildhall.assessment.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Which assessors the portal proposes for a panel: no one with a conflict, then those with the fewest open panels
 * first, so work spreads evenly; ties go by name, so the proposal is the same each time it is asked.
 */
public final class PanelProposalPolicy {

    /** An assessor in the pool: their open seats and whether any conflict was found. */
    public record Assessor(long accountId, String name, long openPanels, boolean conflicted) {
    }

    private PanelProposalPolicy() {
    }

    public static List<Long> propose(List<Assessor> pool, int panelSize) {
        return pool.stream().filter(assessor -> !assessor.conflicted())
                .sorted(Comparator.comparingLong(Assessor::openPanels).thenComparing(Assessor::name)
                        .thenComparingLong(Assessor::accountId))
                .limit(panelSize)
                .map(Assessor::accountId)
                .toList();
    }
}
