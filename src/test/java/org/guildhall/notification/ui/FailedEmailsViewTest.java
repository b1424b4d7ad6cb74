package org.guildhall.notification.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.notification.EmailNotGivenUpException;
import org.guildhall.notification.FailedEmailService;
import org.guildhall.notification.FailedEmailSummary;
import org.guildhall.notification.domain.OutboundEmail;
import org.guildhall.notification.domain.OutboundEmailRepository;
import org.guildhall.shared.RetryPolicy;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.TestExecutionEvent;
import org.springframework.security.test.context.support.WithUserDetails;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Issue 12: emails the outbox gave up on are listed for the admin with the reason, and sent again from there. */
@IntegrationTest
@WithUserDetails(value = TestAccounts.ADMIN, setupBefore = TestExecutionEvent.TEST_EXECUTION)
class FailedEmailsViewTest extends SpringBrowserlessTest {

    private static final RetryPolicy ONE_ATTEMPT = new RetryPolicy(Duration.ofMinutes(1), Duration.ofMinutes(1), 1);

    @Autowired AccountService accounts;

    @Autowired AccountProvisioning provisioning;
    @Autowired OutboundEmailRepository emails;
    @Autowired FailedEmailService failedEmails;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    private OutboundEmail givenUp;

    @BeforeEach
    void anEmailGivenUp() {
        TestAccounts.ensure(accounts, provisioning);
        var email = new OutboundEmail("Test:" + System.nanoTime(), TestAccounts.uniqueEmail("typo"),
                "Welcome to Guildhall", "Dear Ana", clock.instant());
        email.failed("550 5.1.1 <ana@exmaple.org>: Recipient address rejected", clock.instant(), ONE_ATTEMPT);
        givenUp = emails.save(email);
    }

    @Test
    void the_admin_sees_the_given_up_email_with_its_reason_and_sends_it_again() {
        navigate(FailedEmailsView.class);
        Grid<FailedEmailSummary> grid = $(Grid.class).id("failed-email-grid");
        var rows = rowsOf(grid);
        int index = IntStream.range(0, rows.size()).filter(i -> rows.get(i).id() == givenUp.id()).findFirst()
                .orElseThrow();
        var row = rows.get(index);
        assertThat(row.lastError()).isEqualTo("550 5.1.1 <ana@exmaple.org>: Recipient address rejected");
        assertThat(row.attempts()).isEqualTo(1);

        test((Button) test(grid).getCellComponent(index, "send-again")).click();

        assertThat(jdbc.queryForMap("select status, attempts, resent_by from outbound_email where id = ?",
                givenUp.id())).containsEntry("status", "PENDING").containsEntry("attempts", 0)
                .containsEntry("resent_by", TestAccounts.ADMIN);
        assertThat(rowsOf(grid)).noneMatch(email -> email.id() == givenUp.id());
        assertThatExceptionOfType(EmailNotGivenUpException.class)
                .as("a second admin sending it again at once")
                .isThrownBy(() -> failedEmails.sendAgain(givenUp.id()));
    }

    @Test
    void only_an_admin_may_list_or_send_again() {
        TestAccounts.signInAs(TestAccounts.MEMBER, Role.MEMBER);
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> failedEmails.sendAgain(givenUp.id()));
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> failedEmails.countFailedEmails());
        SecurityContextHolder.clearContext();
    }

    private List<FailedEmailSummary> rowsOf(Grid<FailedEmailSummary> grid) {
        var tester = test(grid);
        return IntStream.range(0, tester.size()).mapToObj(tester::getRow).toList();
    }
}
