package org.guildhall.assessment;

import java.util.List;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * What the portal's records say about one assessor and one candidate, outside any panel: every conflict with its
 * reason, and for each designation the candidate has a portfolio for, whether the assessor may judge it.
 */
public record ConflictCheck(String assessorName, String candidateName, List<Conflict> conflicts,
        List<Qualification> qualifications) {

    /** Why the assessor may judge a designation, or null when they may not. */
    public record Qualification(String designationCode, @Nullable Text qualifiedBy) {
    }
}
