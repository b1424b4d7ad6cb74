package org.guildhall.membership.internal;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The daily roll of the membership year: each membership in turn, in its own transaction under its row lock, gets
 * its renewal opened, its reminder sent, its status moved on. One instance at a time runs it (ShedLock, as the
 * event resubmission does); were two to overlap anyway, the row lock and the term's unique number make the second
 * find the work done.
 */
@Component
public class MembershipYearJob {

    /** The lock's name in table {@code shedlock}. */
    static final String LOCK = "roll-membership-year";

    private static final Logger log = LoggerFactory.getLogger(MembershipYearJob.class);

    private final MembershipYear year;

    MembershipYearJob(MembershipYear year) {
        this.year = year;
    }

    /** Rolls every membership (ShedLock can only skip a method that returns nothing). */
    @SchedulerLock(name = LOCK, lockAtMostFor = "PT30M")
    public void rollAll() {
        var accounts = year.accountsToRoll();
        for (long accountId : accounts) {
            try {
                year.roll(accountId);
            } catch (RuntimeException oneMembership) {
                log.error("Could not roll the membership year of account {}; the others go on", accountId,
                        oneMembership);
            }
        }
        log.info("Rolled the membership year of {} membership(s)", accounts.size());
    }

    /** Every {@code guildhall.membership.roll-cron}; the tests switch it off and roll by hand. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnBooleanProperty(name = "guildhall.jobs.scheduled", matchIfMissing = true)
    static class DailyRoll {

        private final MembershipYearJob job;

        DailyRoll(MembershipYearJob job) {
            this.job = job;
        }

        @Scheduled(cron = "${guildhall.membership.roll-cron}")
        void rollMembershipYear() {
            job.rollAll();
        }
    }
}
