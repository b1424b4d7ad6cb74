package org.guildhall.cpd;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * What became of an {@link AutomaticCredit}: recorded (or found recorded before), or refused by the CPD rules
 * with the reason, for the caller to show or log. A refusal is an answer, not a failure: attendance is still
 * attendance when no certification cycle can count it.
 */
@NamedInterface("api")
public record AutomaticCreditOutcome(@Nullable Long activityId, @Nullable String refusal) {

    public static AutomaticCreditOutcome recorded(long activityId) {
        return new AutomaticCreditOutcome(activityId, null);
    }

    public static AutomaticCreditOutcome refused(String reason) {
        return new AutomaticCreditOutcome(null, reason);
    }

    public boolean isRecorded() {
        return activityId != null;
    }
}
