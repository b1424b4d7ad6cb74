package org.guildhall.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.icegreen.greenmail.util.GreenMail;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.cpd.ReminderService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.guildhall.shell.Formats;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Issue 6: a member short of CPD credits receives the reminder by real email (GreenMail), once. */
@IntegrationTest
class CpdEmailsIntegrationTest {

    @Autowired ReminderService reminders;
    @Autowired CertificationAwards awards;
    @Autowired AccountProvisioning provisioning;
    @Autowired OutboxSender sender;
    @Autowired GreenMail mailServer;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void the_six_week_reminder_tells_the_member_their_credits_and_expiry_once() throws Exception {
        var member = provisioning.createAccount("Uma Patel", TestAccounts.uniqueEmail("uma"), TestAccounts.PASSWORD,
                Role.MEMBER);
        // Expires in four weeks: the six-week milestone is the one reached.
        var certification = awards.award(member.id(), "CCEM", Route.EXAM,
                LocalDate.now(clock).minusYears(3).plusWeeks(4));

        reminders.sendDueReminders();
        reminders.sendDueReminders();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_email where recipient = ? and subject like '%expires%'", Integer.class,
                member.email()) == 1);
        sender.sendDue();

        var received = mailServer.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(member.email()),
                message -> EmailOutboxIntegrationTest.subjectOf(message).contains("expires")).toList();
        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Your Certified Customer Experience Manager expires in six "
                    + "weeks");
            assertThat((String) message.getContent()).contains("You have 0 CPD credits counted of the 45 CPD "
                    + "credits it needs to renew", "valid until " + Formats.date(certification.cycle().lastValidDay()), "/cpd");
        });
    }
}
