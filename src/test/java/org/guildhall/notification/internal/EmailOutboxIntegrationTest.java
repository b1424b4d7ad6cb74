package org.guildhall.notification.internal;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountRegistered;
import org.guildhall.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Emails leave through the outbox to a real SMTP server (GreenMail): once per event, and again later while the
 * server is down. The sender runs by hand here, so each test decides when a round happens.
 */
@IntegrationTest
class EmailOutboxIntegrationTest {

    private static final String WELCOME = "Welcome to Guildhall";

    @Autowired AccountService accounts;
    @Autowired OutboxSender sender;
    @Autowired GreenMail mailServer;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate transactions;
    @Autowired CompletedEventPublications completedPublications;
    @Autowired MeterRegistry meters;

    @Test
    void a_new_applicant_receives_one_welcome_email_and_finds_it_in_their_inbox() throws Exception {
        String email = TestAccounts.uniqueEmail("amara");
        var account = accounts.register("Amara Okafor", email, TestAccounts.PASSWORD).orElseThrow();
        awaitQueuedFor(email);

        sender.sendDue();

        var received = receivedBy(email);
        assertThat(received).hasSize(1);
        var welcome = received.getFirst();
        assertThat(welcome.getSubject()).isEqualTo("Welcome to Guildhall");
        assertThat(InternetAddress.toUnicodeString(welcome.getFrom()))
                .isEqualTo("Guildhall <no-reply@guildhall.example>");
        assertThat((String) welcome.getContent()).startsWith("Dear Amara Okafor,")
                .contains("apply for membership")
                .contains("http://localhost:8080/membership/eligibility");
        assertThat(jdbc.queryForObject("select status from outbound_email where recipient = ? and subject = ?", String.class, email,
                WELCOME))
                .isEqualTo("SENT");
        assertThat(jdbc.queryForList("select title from inbox_item where account_id = ?", String.class, account.id()))
                .containsExactly("Welcome to Guildhall");
    }

    @Test
    void the_same_registration_delivered_twice_sends_one_email() throws Exception {
        String email = TestAccounts.uniqueEmail("kwame");
        var account = accounts.register("Kwame Mensah", email, TestAccounts.PASSWORD).orElseThrow();
        var registered = new AccountRegistered(account.id(), account.email(), account.fullName());
        awaitDeliveries(registered, 1);

        // The registry delivering the event again, as it does for an unfinished publication after a restart.
        transactions.executeWithoutResult(status -> publisher.publishEvent(registered));
        awaitDeliveries(registered, 2);
        sender.sendDue();

        assertThat(receivedBy(email)).hasSize(1);
        assertThat(jdbc.queryForObject("select count(*) from outbound_email where recipient = ? and subject = ?",
                Integer.class, email, WELCOME)).isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from inbox_item where account_id = ?", Integer.class,
                account.id())).isEqualTo(1);
    }

    @Test
    void while_the_mail_server_is_down_the_email_waits_its_turn_and_goes_once_the_server_is_back()
            throws Exception {
        String email = TestAccounts.uniqueEmail("mei");
        accounts.register("Mei Chen", email, TestAccounts.PASSWORD);
        awaitQueuedFor(email);

        double retriesBefore = attemptsCounted("retry");
        double sentBefore = attemptsCounted("sent");
        mailServer.stop();
        try {
            // A round ends at its first failure (the server is down for every email), so this email, queued
            // behind others, has its attempt in a later round.
            for (int round = 0; round < 50 && attemptsOfWelcome(email) == 0; round++) {
                sender.sendDue();
            }
        } finally {
            mailServer.start();
        }
        assertThat(jdbc.queryForMap("select status, attempts, last_error from outbound_email where recipient = ? and subject = ?",
                email, WELCOME)).containsEntry("status", "PENDING").containsEntry("attempts", 1)
                .hasEntrySatisfying("last_error", error -> assertThat(error).isNotNull());

        clock.advance(Duration.ofSeconds(59));
        sender.sendDue();
        assertThat(receivedBy(email)).as("nothing is tried before the first minute of back-off is over").isEmpty();

        clock.advance(Duration.ofSeconds(1));
        sender.sendDue();
        assertThat(receivedBy(email)).hasSize(1);
        assertThat(jdbc.queryForMap("select status, attempts from outbound_email where recipient = ? and subject = ?",
                email, WELCOME))
                .containsEntry("status", "SENT").containsEntry("attempts", 2);
        assertThat(attemptsCounted("retry")).as("failed attempts counted for the operators' metrics")
                .isGreaterThan(retriesBefore);
        assertThat(attemptsCounted("sent")).isGreaterThan(sentBefore);
    }

    private double attemptsCounted(String outcome) {
        return meters.get("guildhall.mail.attempts").tag("outcome", outcome).counter().count();
    }

    private int attemptsOfWelcome(String email) {
        return jdbc.queryForObject("select attempts from outbound_email where recipient = ? and subject = ?",
                Integer.class, email, WELCOME);
    }

    /** The listener runs after the registration commits, on another thread. */
    private void awaitQueuedFor(String email) {
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_email where recipient = ? and subject = ?", Integer.class, email,
                WELCOME) == 1);
    }

    private void awaitDeliveries(AccountRegistered event, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> completedPublications.findAll().stream()
                .filter(publication -> publication.getEvent().equals(event)).count() == count);
    }

    /** The welcome emails an address received; registration also sends an address check, tested elsewhere. */
    private List<MimeMessage> receivedBy(String email) throws MessagingException, IOException {
        return mailServer.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(email),
                message -> WELCOME.equals(subjectOf(message))).toList();
    }

    static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            throw new IllegalStateException(unreadable);
        }
    }
}
