package org.guildhall.appeals;

import java.time.LocalDate;

import org.springframework.modulith.NamedInterface;

/** What happens to appeals, for notifications to tell the appellant. */
public final class AppealEvents {

    private AppealEvents() {
    }

    /** An appeal was received; the appellant gets an acknowledgement. */
    @NamedInterface("events")
    public record AppealLodged(long appealId, long appellantAccountId, AppealKind kind, LocalDate lodgedOn) {
    }

    /** The appeal panel decided; the appellant is told the outcome and the reasons. */
    @NamedInterface("events")
    public record AppealDecided(long appealId, long appellantAccountId, AppealKind kind, AppealOutcome outcome,
            String reasons) {
    }
}
