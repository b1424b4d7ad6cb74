package org.guildhall.appeals;

import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.appeals.domain.Appeal;
import org.guildhall.appeals.domain.AppealAuditEntry;
import org.guildhall.appeals.domain.AppealAuditRepository;
import org.guildhall.identity.AccountSummary;
import org.springframework.stereotype.Component;

/** The audit line every appeal step writes in its transaction, and today by the injected clock. */
@Component
class AppealRecords {

    private final AppealAuditRepository audit;
    private final Clock clock;

    AppealRecords(AppealAuditRepository audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    void record(Appeal appeal, AccountSummary actor, String action, String detail) {
        audit.save(new AppealAuditEntry(appeal.id(), actor.id(), actor.fullName(), action, detail, clock.instant()));
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }
}
