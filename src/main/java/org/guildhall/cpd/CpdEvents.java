package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/** What happens to CPD claims, essays and reminders, for the notification module to tell the member. */
public final class CpdEvents {

    private CpdEvents() {
    }

    /** Seed 001 promises an email each time a submitted activity is reviewed and approved. */
    @NamedInterface("events")
    public record CpdActivityApproved(long activityId, long accountId, String title, BigDecimal credits,
            Instant reviewedAt) {
    }

    @NamedInterface("events")
    public record CpdActivityRejected(long activityId, long accountId, String title, String reason,
            Instant reviewedAt) {
    }

    @NamedInterface("events")
    public record CpdEvidenceRequested(long activityId, long accountId, String title, String request,
            Instant reviewedAt) {
    }

    /** An approved claim drawn in the audit sample: the member is asked for its evidence again. */
    @NamedInterface("events")
    public record CpdAuditRequested(long activityId, long accountId, String title, LocalDate dueOn,
            Instant reviewedAt) {
    }

    /** A reminder milestone reached while the member is short of credits; published once per cycle and milestone. */
    @NamedInterface("events")
    public record CpdReminderDue(long accountId, long certificationId, int cycleNumber, String designationName,
            String milestone, BigDecimal counted, BigDecimal required, LocalDate expiresOn) {
    }

    @NamedInterface("events")
    public record RecertificationEssayReviewed(long essayId, long accountId, String designationName,
            boolean accepted, String feedback, Instant reviewedAt) {
    }

    /**
     * The registrar's decision on a hardship request (issue 19).
     *
     * @param validUntil the cycle's new last valid day, for an extension
     * @param pausedMonths the months paused, for a pause
     * @param required the cycle's requirement after a pause
     * @param note the registrar's note: the reason of a refusal, or empty
     */
    @NamedInterface("events")
    public record HardshipDecided(long requestId, long accountId, String designationName, HardshipState outcome,
            @Nullable LocalDate validUntil, @Nullable Integer pausedMonths, @Nullable Integer required, String note,
            Instant decidedAt) {
    }

    /** An audit still unanswered as its deadline nears; published once per audit. */
    @NamedInterface("events")
    public record CpdAuditReminderDue(long activityId, long accountId, String title, LocalDate dueOn) {
    }

    /** An audit left unanswered past its deadline: the activity no longer counts. */
    @NamedInterface("events")
    public record CpdAuditExpired(long activityId, long accountId, String title, LocalDate dueOn) {
    }
}
