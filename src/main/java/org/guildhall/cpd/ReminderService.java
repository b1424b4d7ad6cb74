package org.guildhall.cpd;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;

import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.cpd.CpdEvents.CpdReminderDue;
import org.guildhall.cpd.domain.ReminderLog;
import org.guildhall.cpd.domain.ReminderMilestone;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Reminds members who are short of credits at six months, three months and six weeks before expiry, once per
 * cycle and milestone however often (and on however many instances) the job runs.
 */
@Service
public class ReminderService {

    private final CertificationService certifications;
    private final CpdService cpd;
    private final ReminderLog sent;
    private final ApplicationEventPublisher publisher;
    private final TransactionOperations transactions;
    private final Clock clock;

    ReminderService(CertificationService certifications, CpdService cpd, ReminderLog sent,
            ApplicationEventPublisher publisher, TransactionOperations transactions, Clock clock) {
        this.certifications = certifications;
        this.cpd = cpd;
        this.sent = sent;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Sends the reminders due today and returns how many this call sent. */
    public int sendDueReminders() {
        LocalDate today = LocalDate.now(clock);
        int count = 0;
        for (var certification : certifications.currentExpiringBy(today.plus(ReminderMilestone.furthest()))) {
            var milestone = ReminderMilestone.reached(certification.cycle(), today);
            if (milestone.isEmpty()) {
                continue;
            }
            count += remind(certification, milestone.get()) ? 1 : 0;
        }
        return count;
    }

    /**
     * Reminds the holder of a certification still short of credits at {@code milestone}, unless this cycle's
     * reminder for it was sent already; answers whether this call sent it. Used by the job and by the registrar's
     * reminder to a filtered list alike.
     */
    boolean remind(CertificationSummary certification, ReminderMilestone milestone) {
        // One transaction per certification: the record of the reminder and its event commit together.
        return Objects.requireNonNull(transactions.execute(status -> {
            var tally = cpd.tallyOf(certification);
            if (tally.met() || !sent.recordFirst(certification.id(), certification.cycleNumber(), milestone,
                    clock.instant())) {
                return false;
            }
            publisher.publishEvent(new CpdReminderDue(certification.holderAccountId(), certification.id(),
                    certification.cycleNumber(), certification.designationName(), milestone.words(),
                    tally.counted(), tally.required(), certification.cycle().lastValidDay()));
            return true;
        }));
    }
}
