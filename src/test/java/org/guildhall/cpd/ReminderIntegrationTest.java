package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.guildhall.IntegrationTest;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 6: reminders before expiry while short of credits, never twice for a milestone. */
@IntegrationTest
class ReminderIntegrationTest {

    @Autowired ReminderService reminders;
    @Autowired CpdService cpd;
    @Autowired AutomaticCredits credits;
    @Autowired CertificationAwards awards;
    @Autowired AccountProvisioning provisioning;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void a_member_short_of_credits_is_reminded_once_per_milestone_even_when_two_instances_run_the_job_at_once()
            throws Exception {
        var support = new CpdTestSupport(provisioning, awards, documents);
        var short_ = support.member("Rosa Vidal");
        // Expires in five months: the six-month milestone has passed, the three-month one has not.
        var certification = support.award(short_, "CCSP", today().minusYears(3).plusMonths(5));
        var met = support.member("Sami Haddad");
        var metCertification = support.award(met, "CCSP", today().minusYears(3).plusMonths(5));
        String key = "reminder:" + met.id() + ":";
        credits.record(CpdTestSupport.credit(met.id(), key + 1, CpdCategory.CONTINUING_EDUCATION,
                "WORKSHOP", today().minusMonths(3), "24"));
        credits.record(CpdTestSupport.credit(met.id(), key + 2, CpdCategory.CONTINUING_EDUCATION,
                "CONFERENCE", today().minusMonths(4), "6"));
        credits.record(CpdTestSupport.credit(met.id(), key + 3, CpdCategory.ON_THE_JOB, "CRM_SYSTEM",
                today().minusMonths(5), "6"));

        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Integer> run = reminders::sendDueReminders;
            var first = pool.submit(run);
            var second = pool.submit(run);
            first.get();
            second.get();
        }
        reminders.sendDueReminders();

        assertThat(milestonesSent(certification.id())).containsExactly("SIX_MONTHS");
        assertThat(milestonesSent(metCertification.id())).isEmpty();
        await().atMost(Duration.ofSeconds(10)).until(() -> remindersQueuedFor(short_.email()) >= 1);
        assertThat(remindersQueuedFor(short_.email())).isEqualTo(1);
        assertThat(remindersQueuedFor(met.email())).isZero();
    }

    private java.util.List<String> milestonesSent(long certificationId) {
        return jdbc.queryForList("select milestone from cpd_reminder_sent where certification_id = ?", String.class,
                certificationId);
    }

    private int remindersQueuedFor(String email) {
        return jdbc.queryForObject("select count(*) from outbound_email where recipient = ? and subject like "
                + "'Your % expires in %'", Integer.class, email);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
