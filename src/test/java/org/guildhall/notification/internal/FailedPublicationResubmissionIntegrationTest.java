package org.guildhall.notification.internal;

import java.time.Duration;

import com.icegreen.greenmail.util.GreenMail;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountService;
import org.guildhall.platform.internal.FailedEventResubmission;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 12: an email whose listener failed (here the database refuses the outbox row, as a lock timeout would)
 * arrives once the scheduled resubmission hands the event to the listener again, without a restart.
 */
@IntegrationTest
class FailedPublicationResubmissionIntegrationTest {

    @Autowired AccountService accounts;
    @Autowired FailedEventResubmission resubmission;
    @Autowired OutboxSender sender;
    @Autowired GreenMail mailServer;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @Test
    void the_welcome_and_address_check_refused_by_the_database_once_arrive_after_resubmission() throws Exception {
        String email = TestAccounts.uniqueEmail("nadia");
        // The injected fault: while this trigger exists, the database refuses any email to this address.
        jdbc.execute("create trigger refuse_outbox_for_test before insert on outbound_email for each row "
                + "if new.recipient = '" + email + "' then "
                + "signal sqlstate '45000' set message_text = 'Lock wait timeout exceeded (injected)'; end if");
        try {
            accounts.register("Nadia Haddad", email, TestAccounts.PASSWORD);
            await().atMost(Duration.ofSeconds(10)).until(() -> failedPublicationsFor(email) == 2);
        } finally {
            jdbc.execute("drop trigger refuse_outbox_for_test");
        }
        sender.sendDue();
        assertThat(TestMailbox.receivedBy(mailServer, email)).as("nothing arrives while the listener failed")
                .isEmpty();

        clock.advance(Duration.ofMinutes(2));
        resubmission.resubmitFailedPublications();
        TestMailbox.awaitQueued(jdbc, email, 2);
        sender.sendDue();

        assertThat(TestMailbox.subjectsReceivedBy(mailServer, email))
                .containsExactlyInAnyOrder("Welcome to Guildhall", "Confirm your email address");
        await().atMost(Duration.ofSeconds(10)).until(() -> failedPublicationsFor(email) == 0);
        assertThat(jdbc.queryForObject("select count(*) from shedlock where name = ?", Integer.class,
                "resubmit-failed-event-publications")).as("taken under the instances' shared lock").isEqualTo(1);
    }

    private int failedPublicationsFor(String email) {
        return jdbc.queryForObject("select count(*) from EVENT_PUBLICATION where status = 'FAILED' "
                + "and serialized_event like ?", Integer.class, "%" + email + "%");
    }
}
