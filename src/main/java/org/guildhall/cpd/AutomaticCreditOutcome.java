package org.guildhall.cpd;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What became of an {@link AutomaticCredit}: recorded (or found recorded before), or refused by the CPD rules
 * with the reason, for the caller to show or log. A refusal is an answer, not a failure: attendance is still
 * attendance when no certification cycle can count it.
 *
 * @param reason why the rules refused it, to be written in the reader's language; null when recorded
 */
@NamedInterface("api")
public record AutomaticCreditOutcome(@Nullable Long activityId, @Nullable Text reason) {

    public static AutomaticCreditOutcome recorded(long activityId) {
        return new AutomaticCreditOutcome(activityId, null);
    }

    public static AutomaticCreditOutcome refused(Text reason) {
        return new AutomaticCreditOutcome(null, reason);
    }

    public boolean isRecorded() {
        return activityId != null;
    }

    /** The refusal in English (for logs and counts), or null when recorded. */
    public @Nullable String refusal() {
        return reason == null ? null : reason.english();
    }
}
