package org.guildhall.notification.internal;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import com.icegreen.greenmail.util.GreenMail;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.CategoryChangeService;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.EmploymentSituation;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.StudyMode;
import org.guildhall.membership.SubscriptionService;
import org.guildhall.membership.internal.MembershipYear;
import org.guildhall.payment.PaymentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's notices by real email (GreenMail): a member's year from renewal to lapse and reinstatement, payment
 * received, and the designation awarded, renewed and lapsed. Each notice is asserted on what the server received.
 */
@IntegrationTest
class MembershipYearEmailsIntegrationTest {

    private static final LocalDate TERM_END = LocalDate.of(2026, 12, 31);

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired SubscriptionService subscriptions;
    @Autowired CategoryChangeService changes;
    @Autowired MembershipYear year;
    @Autowired PaymentService payments;
    @Autowired CertificationAwards awards;
    @Autowired OutboxSender sender;
    @Autowired GreenMail mailServer;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void a_member_is_told_renewal_is_due_twice_then_grace_then_lapse_then_reinstatement() throws Exception {
        var member = TestAccounts.member(provisioning, memberships, "Kofi Boateng");

        rollOn(member, TERM_END.minusDays(30));
        rollOn(member, TERM_END.minusDays(30));
        rollOn(member, TERM_END.minusDays(14));
        rollOn(member, TERM_END.minusDays(13));
        rollOn(member, TERM_END.plusDays(1));
        rollOn(member, TERM_END.plusDays(31));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        var reinstatement = subscriptions.reinstate();
        TestAccounts.asRegistrar();
        payments.confirmPayment(reinstatement.id(), "BANK-77");

        TestMailbox.awaitQueued(jdbc, member.email(), 6);
        sender.sendDue();
        assertThat(TestMailbox.subjectsReceivedBy(mailServer, member.email())).containsExactlyInAnyOrder(
                "Your membership renewal is due",
                "Your membership ends on 31 Dec 2026",
                "Your membership is in its grace period",
                "Your membership has lapsed",
                "Your reinstatement invoice",
                "Your membership is reinstated");
        var lapsed = TestMailbox.receivedBy(mailServer, member.email()).stream()
                .filter(message -> EmailOutboxIntegrationTest.subjectOf(message).equals("Your membership has lapsed"))
                .findFirst().orElseThrow();
        assertThat((String) lapsed.getContent()).contains("Lapsed on 31 Jan 2027",
                "http://localhost:8080/membership/subscription");
    }

    @Test
    void paying_the_renewal_is_acknowledged_with_the_new_term_end() throws Exception {
        var member = TestAccounts.member(provisioning, memberships, "Lena Vogel");
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        var renewal = subscriptions.renewEarly();
        TestAccounts.asRegistrar();
        payments.confirmPayment(renewal.id(), "BANK-88");

        TestMailbox.awaitQueued(jdbc, member.email(), 2);
        sender.sendDue();
        assertThat(TestMailbox.subjectsReceivedBy(mailServer, member.email())).containsExactlyInAnyOrder(
                "Your membership renewal is due", "Payment received: member to 31 Dec 2027");
    }

    @Test
    void a_member_is_told_the_category_change_decision_with_the_difference_to_pay() throws Exception {
        var student = TestAccounts.account(provisioning, "Nia Okoro", Role.MEMBER);
        memberships.enrolExistingMember(student.id(), MembershipCategory.STUDENT, TestAccounts.MEMBER_SINCE);
        TestAccounts.signInAs(student.email(), Role.MEMBER);
        long id = changes.apply(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL, new EligibilityAnswers(
                StudyMode.NOT_STUDYING, false, true, false, false, false, false, false,
                Set.of(EmploymentSituation.BPO_CALL_CENTRE)), List.of()).id();
        TestAccounts.asRegistrar();
        changes.approve(id);

        TestMailbox.awaitQueued(jdbc, student.email(), 1);
        sender.sendDue();
        var received = TestMailbox.receivedBy(mailServer, student.email());
        assertThat(received).singleElement().satisfies(message -> {
            assertThat(message.getSubject()).isEqualTo("Your move to Customer Service Professional is approved");
            assertThat((String) message.getContent()).contains("from Student to Customer Service Professional",
                    "\u00a314.19");
        });
    }

    @Test
    void a_holder_is_told_when_a_designation_is_awarded_renewed_and_lapsed() throws Exception {
        var holder = TestAccounts.member(provisioning, memberships, "Marta Nowak");
        var today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        var renewed = awards.award(holder.id(), "CCSP", Route.EXAM, today.minusYears(3).plusWeeks(2));
        awards.renew(renewed.id());
        awards.award(holder.id(), "CRMP", Route.EXAM, today.minusYears(3).minusDays(1));
        awards.lapseExpired();

        TestMailbox.awaitQueued(jdbc, holder.email(), 4);
        sender.sendDue();
        assertThat(TestMailbox.subjectsReceivedBy(mailServer, holder.email())).containsExactlyInAnyOrder(
                "Congratulations: you are awarded CCSP", "Your CCSP is renewed",
                "Congratulations: you are awarded CRMP", "Your CRMP has lapsed");
    }

    private void rollOn(AccountSummary member, LocalDate day) {
        clock.advance(Duration.between(clock.instant(), day.atTime(9, 0).toInstant(ZoneOffset.UTC)));
        year.roll(member.id());
    }
}
