package org.guildhall.assessment;

import java.util.List;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * An assessor the registrar may place on a panel: their open workload, the conflicts found, the earlier panels on
 * the resubmitted portfolio they sat on (continuity, no conflict), why they are qualified to judge the designation
 * (null when they are not: they cannot be seated), and whether the portal proposes them.
 */
public record AssessorOption(long accountId, String name, long openPanels, List<Conflict> conflicts,
        List<Text> continuity, @Nullable Text qualifiedBy, boolean proposed) {

    public boolean qualified() {
        return qualifiedBy != null;
    }

    public boolean conflicted() {
        return !conflicts.isEmpty();
    }

    public boolean overridable() {
        return conflicts.stream().allMatch(conflict -> conflict.kind().overridable());
    }
}
