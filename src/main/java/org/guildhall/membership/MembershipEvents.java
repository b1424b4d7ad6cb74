package org.guildhall.membership;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What happens to membership applications and the membership year, for other modules (notifications, sponsorship)
 * to act on.
 */
public final class MembershipEvents {

    private MembershipEvents() {
    }

    /** {@code submittedAt} tells a resubmission (after a request for more information) from the first. */
    @NamedInterface("events")
    public record ApplicationSubmitted(long applicationId, long applicantAccountId, MembershipCategory category,
            boolean awaitsSponsors, Instant submittedAt) {
    }

    @NamedInterface("events")
    public record MembershipApproved(long applicationId, long accountId, String memberNumber,
            MembershipCategory category) {
    }

    @NamedInterface("events")
    public record ApplicationRejected(long applicationId, long applicantAccountId, String reason) {
    }

    @NamedInterface("events")
    public record MoreInformationRequested(long applicationId, long applicantAccountId, String request,
            Instant requestedAt) {
    }

    /**
     * A term's subscription was invoiced: the first term at approval, a renewal when renewal opens (or the member
     * renews early), a reinstatement.
     */
    @NamedInterface("events")
    public record SubscriptionInvoiced(long termId, long accountId, String memberNumber, TermKind kind,
            String invoiceReference, BigDecimal amount, LocalDate termStartsOn, LocalDate termEndsOn) {
    }

    /** The second renewal reminder, {@code finalReminderDays} before the unpaid renewal's current term ends. */
    @NamedInterface("events")
    public record RenewalReminderDue(long termId, long accountId, String invoiceReference, BigDecimal amount,
            LocalDate currentTermEndsOn) {
    }

    /** A term's subscription was paid: the member is in good standing to {@code termEndsOn}. */
    @NamedInterface("events")
    public record SubscriptionPaid(long termId, long accountId, String memberNumber, TermKind kind,
            LocalDate termEndsOn) {
    }

    /** The daily roll or a decision moved a membership to another status (grace, lapsed, suspended...). */
    @NamedInterface("events")
    public record MembershipStatusChanged(long accountId, String memberNumber, MembershipStatus from,
            MembershipStatus to, LocalDate on, String reason) {
    }

    /**
     * The registrar decided a member's category change: approved (effective at once, with the fee difference's
     * invoice if any, or at the next renewal) or rejected with the reason.
     */
    @NamedInterface("events")
    public record CategoryChangeDecided(long changeId, long accountId, MembershipCategory from, MembershipCategory to,
            boolean approved, @Nullable String note, @Nullable LocalDate effectiveOn,
            @Nullable String invoiceReference, @Nullable BigDecimal amount) {
    }
}
