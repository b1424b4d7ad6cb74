package org.guildhall.notification.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.icegreen.greenmail.util.GreenMail;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationStandingService;
import org.guildhall.certification.Route;
import org.guildhall.certification.StandingData;
import org.guildhall.certification.StandingReason;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Issue 17: the holder of a revoked certification is told by email, with the registrar's reason. */
@IntegrationTest
class CredentialEmailsIntegrationTest {

    @Autowired CertificationAwards awards;
    @Autowired CertificationStandingService standing;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired OutboxSender sender;
    @Autowired GreenMail mailServer;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void a_revocation_reaches_the_holder_with_the_reason() throws Exception {
        TestAccounts.ensure(accounts, provisioning);
        var holder = provisioning.createAccount("Rafael Souza", TestAccounts.uniqueEmail("rafael"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusMonths(2));
        TestAccounts.asRegistrar();
        standing.revoke(awarded.id(), new StandingData(StandingReason.CODE_OF_CONDUCT,
                "The conduct panel upheld a complaint.", null));

        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from outbound_email where recipient = ? and subject = ?", Integer.class,
                holder.email(), "Your CCSP is revoked") == 1);
        sender.sendDue();

        // The award's own email ("Congratulations: ...") reaches the holder too; this test is about the revocation.
        var received = mailServer.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(holder.email()),
                message -> EmailOutboxIntegrationTest.subjectOf(message).contains("revoked")).toList();
        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Your CCSP is revoked");
            assertThat((String) message.getContent())
                    .contains("The registrar’s reason: The conduct panel upheld a complaint.");
        });
    }
}
