package org.guildhall.assessment.domain;

import java.util.Comparator;
import java.util.List;

/**
 * Which assessors the portal proposes for a panel: no one with a conflict or unqualified for the designation; for a
 * resubmission the earlier panel's assessors first (the same panel if available); then those with the fewest open
 * panels, so work spreads evenly; ties go by name, so the proposal is the same each time it is asked.
 */
public final class PanelProposalPolicy {

    /**
     * An assessor in the pool: their open seats, whether any conflict was found, whether they may judge the
     * designation, and whether they sat on the earlier panel of a resubmitted portfolio.
     */
    public record Assessor(long accountId, String name, long openPanels, boolean conflicted, boolean qualified,
            boolean satEarlier) {
    }

    private PanelProposalPolicy() {
    }

    public static List<Long> propose(List<Assessor> pool, int panelSize) {
        return pool.stream().filter(assessor -> !assessor.conflicted() && assessor.qualified())
                .sorted(Comparator.comparing((Assessor assessor) -> !assessor.satEarlier())
                        .thenComparingLong(Assessor::openPanels).thenComparing(Assessor::name)
                        .thenComparingLong(Assessor::accountId))
                .limit(panelSize)
                .map(Assessor::accountId)
                .toList();
    }
}
