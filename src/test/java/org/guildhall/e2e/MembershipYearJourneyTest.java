package org.guildhall.e2e;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;
import java.util.regex.Pattern;

import org.guildhall.TestAccounts;
import org.guildhall.TestMailServer;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.StudyMode;
import org.guildhall.membership.domain.TermDates;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 16's journeys on the demo data: Grace Lindqvist, whose renewal is due, follows the emailed link, pays,
 * the registrar confirms, and she sees her term continue from its old end; Liam O'Connor, lapsed, cannot accept
 * the sponsor request waiting for him. Emails go out over SMTP as in {@link CpdJourneyTest}.
 */
@Import({TestMailServer.class, CpdJourneyTest.MailToGreenMail.class})
@TestPropertySource(properties = {"guildhall.mail.scheduled-sending=true", "guildhall.mail.send-interval=1s"})
class MembershipYearJourneyTest extends BrowserTest {

    private static final String RENEWING = "grace.lindqvist@northwind-telecom.example";
    private static final String LAPSED = "liam.oconnor@harbour-insurance.example";
    private static final Pattern PORTAL_LINK = Pattern.compile("https?://[^/\\s]+(/membership/subscription)");

    @Autowired JdbcTemplate jdbc;
    @Autowired AccountService accounts;
    @Autowired MembershipService memberships;
    @Autowired Clock clock;

    @Test
    void a_member_renews_from_the_emailed_link_pays_and_sees_the_new_term_end() throws Exception {
        // The email as sent, read from the outbox: the demo data's renewal notice goes out when the context
        // starts, which may be another journey class's context with its own GreenMail (they share one database).
        String sent = await().atMost(Duration.ofSeconds(30)).until(() -> jdbc.queryForList("""
                select body from outbound_email
                where recipient = ? and subject = 'Your membership renewal is due' and status = 'SENT'""",
                String.class, RENEWING), bodies -> !bodies.isEmpty()).getFirst();
        var link = PORTAL_LINK.matcher(sent);
        assertThat(link.find()).as("the renewal email links to My membership").isTrue();
        var oldEnd = LocalDate.now(clock).plusDays(20);
        var newEnd = TermDates.lastDay(oldEnd.plusDays(1), 12);

        signIn(RENEWING, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        assertThat(open(link.group(1), By.id("membership-status")).getText()).isEqualTo("Renewal due");
        click(browser.findElement(By.id("pay-subscription")));
        long invoiceId = jdbc.queryForObject("""
                select i.id from invoice i join account a on a.id = i.account_id
                where a.email = ? and i.purpose = 'MEMBERSHIP_SUBSCRIPTION' and i.status = 'ISSUED'""", Long.class,
                RENEWING);
        type(waitFor(By.cssSelector("#payer-reference-" + invoiceId + " input")), "NWB-2291");
        click(browser.findElement(By.id("declare-" + invoiceId)));
        waitUntil(ExpectedConditions.textToBe(By.id("invoice-status-" + invoiceId), "Payment being checked"));

        signIn("registrar@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        click(open("/registrar/payments", By.id("confirm-" + invoiceId)));
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-" + invoiceId)));

        signIn(RENEWING, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            open("/membership/subscription", By.id("membership-term-end"));
            assertThat(browser.findElement(By.id("membership-term-end")).getText())
                    .isEqualTo(org.guildhall.shell.Formats.date(newEnd));
            assertThat(browser.findElement(By.id("membership-status")).getText()).isEqualTo("Current");
        });
    }

    @Test
    void a_sponsor_who_has_lapsed_cannot_accept_a_request() {
        long sponsorId = accounts.findByEmail(LAPSED).orElseThrow().id();
        var applicant = accounts.register("Noor Haddad", TestAccounts.uniqueEmail("noor"), TestAccounts.PASSWORD)
                .orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        memberships.saveDraft(new EligibilityAnswers(StudyMode.NOT_STUDYING, false, false, false, false, true, false,
                false, Set.of()), MembershipCategory.ASSOCIATE);
        long applicationId = memberships.submit().id();
        TestAccounts.signOut();
        // Asked while still in good standing; he has lapsed since.
        jdbc.update("insert into sponsorship (application_id, sponsor_account_id, status, requested_at) "
                + "values (?, ?, 'REQUESTED', ?)", applicationId, sponsorId, clock.instant().minus(Duration.ofDays(70)));
        long requestId = jdbc.queryForObject("select id from sponsorship where application_id = ?", Long.class,
                applicationId);

        signIn(LAPSED, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        assertThat(open("/sponsorship/requests", By.id("cannot-sponsor-" + requestId)).getText())
                .contains("Only a member in good standing can sponsor", "Lapsed");
        type(browser.findElement(By.cssSelector("#endorsement-" + requestId + " textarea")),
                "I have known Noor for ten years.");
        click(browser.findElement(By.id("accept-" + requestId)));
        // Not being able to sponsor concerns the whole answer, not the endorsement: said as a toast.
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("vaadin-notification-card"),
                "Only a member in good standing can sponsor"));
        assertThat(jdbc.queryForObject("select status from sponsorship where id = ?", String.class, requestId))
                .isEqualTo("REQUESTED");
    }
}
