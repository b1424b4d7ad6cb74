package org.guildhall.cpd;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.function.Supplier;

import org.guildhall.cpd.CpdEvents.CpdAuditExpired;
import org.guildhall.cpd.CpdEvents.CpdAuditReminderDue;
import org.guildhall.cpd.domain.CpdActivityRepository;
import org.guildhall.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The deadline of a CPD audit (issue 19, as PMI): a reminder {@link CpdSettings#AUDIT_REMINDER_DAYS} before it,
 * once, and an audit still unanswered when it passes stops counting, and the member is told. Each activity is
 * locked and decided in its own transaction, so two instances running this at once act on it once.
 */
@Service
public class AuditDeadlines {

    private final CpdActivityRepository activities;
    private final Settings settings;
    private final ApplicationEventPublisher publisher;
    private final TransactionOperations transactions;
    private final Clock clock;

    AuditDeadlines(CpdActivityRepository activities, Settings settings, ApplicationEventPublisher publisher,
            TransactionOperations transactions, Clock clock) {
        this.activities = activities;
        this.settings = settings;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Expires the audits whose deadline has passed, then reminds those nearing it; answers how many of each. */
    public Outcome run() {
        LocalDate today = LocalDate.now(clock);
        int expired = 0;
        for (long id : activities.findOpenAuditsDueBy(today, true)) {
            expired += inTransaction(() -> activities.lockById(id).filter(activity -> activity.expireAudit(today))
                    .map(activity -> {
                        publisher.publishEvent(new CpdAuditExpired(id, activity.accountId(), activity.claim().title(),
                                Objects.requireNonNull(activity.auditDueOn())));
                        return 1;
                    }).orElse(0));
        }
        int daysBefore = settings.intOn(CpdSettings.AUDIT_REMINDER_DAYS, today);
        int reminded = 0;
        for (long id : activities.findOpenAuditsDueBy(today.plusDays(daysBefore), false)) {
            reminded += inTransaction(() -> activities.lockById(id)
                    .filter(activity -> activity.remindOfAudit(today, daysBefore, clock.instant()))
                    .map(activity -> {
                        publisher.publishEvent(new CpdAuditReminderDue(id, activity.accountId(),
                                activity.claim().title(), Objects.requireNonNull(activity.auditDueOn())));
                        return 1;
                    }).orElse(0));
        }
        return new Outcome(expired, reminded);
    }

    private int inTransaction(Supplier<Integer> step) {
        return Objects.requireNonNull(transactions.execute(status -> step.get()));
    }

    /** What one run did. */
    public record Outcome(int expired, int reminded) {
    }
}
