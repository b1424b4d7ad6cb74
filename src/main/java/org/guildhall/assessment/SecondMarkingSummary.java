package org.guildhall.assessment;

import org.jspecify.annotations.Nullable;

/** A flagged assessor's seat on a panel and its second marking: who marks it, and whether they have confirmed. */
public record SecondMarkingSummary(long panelId, String candidateName, long flaggedAssessorAccountId,
        String flaggedAssessorName, @Nullable String markerName, boolean confirmed, @Nullable String note) {
}
