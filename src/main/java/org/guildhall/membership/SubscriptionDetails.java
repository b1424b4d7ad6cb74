package org.guildhall.membership;

import java.time.LocalDate;
import java.util.List;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A membership's year as its member and the registrar see it.
 *
 * @param paidUntil the last day of the paid run of terms; null before the first subscription is paid
 * @param openTerm the term whose invoice is waiting to be paid, if any
 * @param mayRenewEarly whether the member may ask for the renewal invoice now: renewable, not resigning, no
 *        renewal open or already paid ahead
 */
public record SubscriptionDetails(long accountId, String memberNumber, MembershipCategory category,
        MembershipStatus status, Text reason, @Nullable LocalDate paidUntil, boolean resigning,
        @Nullable TermSummary openTerm, List<TermSummary> terms, boolean mayRenewEarly) {

    public boolean inGoodStanding() {
        return status.inGoodStanding();
    }

    public boolean mayResign() {
        return !resigning && status != MembershipStatus.EXPELLED && status != MembershipStatus.RESIGNED
                && status != MembershipStatus.LAPSED;
    }

    public boolean mayReinstate() {
        return status == MembershipStatus.LAPSED;
    }
}
