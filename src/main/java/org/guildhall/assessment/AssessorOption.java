package org.guildhall.assessment;

import java.util.List;

/**
 * An assessor the registrar may place on a panel: their open workload, the conflicts found, and whether the portal
 * proposes them.
 */
public record AssessorOption(long accountId, String name, long openPanels, List<Conflict> conflicts,
        boolean proposed) {

    public boolean conflicted() {
        return !conflicts.isEmpty();
    }

    public boolean overridable() {
        return conflicts.stream().allMatch(conflict -> conflict.kind().overridable());
    }
}
