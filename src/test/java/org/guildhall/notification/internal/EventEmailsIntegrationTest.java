package org.guildhall.notification.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.events.EventDetails;
import org.guildhall.events.EventKind;
import org.guildhall.events.EventService;
import org.guildhall.events.RegistrationService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 7: registrants are emailed their place, their waiting-list place, their promotion and a cancellation. */
@IntegrationTest
class EventEmailsIntegrationTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired OutboxSender sender;
    @Autowired GreenMail mailServer;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @Test
    void the_first_is_confirmed_the_second_waits_then_moves_up_and_both_hear_of_the_cancellation() throws Exception {
        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        var start = LocalDateTime.of(LocalDate.now(clock).plusDays(30), LocalTime.of(18, 0));
        var event = events.publish(new EventDetails(EventKind.DISCUSSION_GROUP, "Monthly discussion: queues",
                "Open discussion.", start, start.plusHours(2), LONDON, "Institute Library", null, 1,
                BigDecimal.ZERO, new BigDecimal("10.00"), CpdCategory.CONTINUING_EDUCATION, BigDecimal.ONE, 5, null,
                Set.of()));
        var first = applicant("Nia First");
        var second = applicant("Omar Second");

        register(first, event.id());
        register(second, event.id());
        TestAccounts.signInAs(first.email(), Role.APPLICANT);
        registrations.cancel(event.id());
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        events.cancel(event.id());

        TestMailbox.awaitQueued(jdbc, first.email(), 1);
        TestMailbox.awaitQueued(jdbc, second.email(), 3);
        sender.sendDue();
        assertThat(TestMailbox.subjectsReceivedBy(mailServer, first.email()))
                .containsExactly("Your place at Monthly discussion: queues");
        assertThat(TestMailbox.subjectsReceivedBy(mailServer, second.email()))
                .containsExactlyInAnyOrder(
                "On the waiting list for Monthly discussion: queues",
                "A place came free: Monthly discussion: queues",
                "Cancelled: Monthly discussion: queues");
        assertThat(bodyOf(second.email(), "A place came free")).contains("invoice INV-", "\u00a310.00");
    }

    private AccountSummary applicant(String name) {
        return provisioning.createAccount(name, TestAccounts.uniqueEmail("events"), TestAccounts.PASSWORD,
                Role.APPLICANT);
    }

    private void register(AccountSummary person, long eventId) {
        TestAccounts.signInAs(person.email(), Role.APPLICANT);
        registrations.register(eventId);
    }



    private String bodyOf(String email, String subjectStart) throws Exception {
        for (var message : TestMailbox.receivedBy(mailServer, email)) {
            if (message.getSubject().startsWith(subjectStart)) {
                return message.getContent().toString();
            }
        }
        throw new AssertionError("No email '" + subjectStart + "' to " + email);
    }
}
