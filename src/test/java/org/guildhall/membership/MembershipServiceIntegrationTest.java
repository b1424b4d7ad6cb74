package org.guildhall.membership;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipEvents.ApplicationSubmitted;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Issue 3: applications from draft to the registrar's decision, on MariaDB. */
@IntegrationTest
@RecordApplicationEvents
class MembershipServiceIntegrationTest {

    private static final EligibilityAnswers CALL_CENTRE_GRADUATE = new EligibilityAnswers(StudyMode.NOT_STUDYING,
            false, true, false, false, false, false, false, Set.of(EmploymentSituation.BPO_CALL_CENTRE));
    private static final EligibilityAnswers FOREIGN_LICENSEE = new EligibilityAnswers(StudyMode.NOT_STUDYING,
            false, false, false, false, true, false, false, Set.of());

    @Autowired MembershipService memberships;
    @Autowired SponsoredApplications applications;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEvents events;

    private AccountSummary applicant;

    @BeforeEach
    void anApplicant() {
        TestAccounts.ensure(accounts, provisioning);
        applicant = accounts.register("Priya Raman", TestAccounts.uniqueEmail("priya"), TestAccounts.PASSWORD).orElseThrow();
        actAsApplicant();
    }

    @Test
    void a_draft_is_saved_and_resumed_and_saving_again_never_creates_a_second_application() {
        memberships.saveDraft(CALL_CENTRE_GRADUATE, null);
        memberships.saveDraft(CALL_CENTRE_GRADUATE, MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);

        var resumed = memberships.currentApplication().orElseThrow();
        assertThat(resumed.status()).isEqualTo(ApplicationStatus.DRAFT);
        assertThat(resumed.category()).isEqualTo(MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        assertThat(resumed.answers()).isEqualTo(CALL_CENTRE_GRADUATE);
        assertThat(jdbc.queryForObject("select count(*) from membership_application where applicant_account_id = ?",
                Integer.class, applicant.id())).isEqualTo(1);
    }

    @Test
    void submitting_twice_submits_once() {
        memberships.saveDraft(CALL_CENTRE_GRADUATE, MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);

        memberships.submit();
        var again = memberships.submit();

        assertThat(again.status()).isEqualTo(ApplicationStatus.SUBMITTED);
        assertThat(events.stream(ApplicationSubmitted.class)
                .filter(event -> event.applicantAccountId() == applicant.id())).hasSize(1);
    }

    @Test
    void a_category_the_answers_do_not_qualify_for_cannot_be_submitted() {
        memberships.saveDraft(CALL_CENTRE_GRADUATE, MembershipCategory.STUDENT);

        assertThatExceptionOfType(ApplicationNotAllowedException.class).isThrownBy(() -> memberships.submit())
                .withMessageContaining("do not qualify for Student");
        assertThat(memberships.currentApplication().orElseThrow().status()).isEqualTo(ApplicationStatus.DRAFT);
    }

    @Test
    void an_associate_waits_for_sponsors_before_the_registrar_sees_the_application() {
        memberships.saveDraft(FOREIGN_LICENSEE, MembershipCategory.ASSOCIATE);
        long id = memberships.submit().id();
        assertThat(memberships.currentApplication().orElseThrow().status())
                .isEqualTo(ApplicationStatus.AWAITING_SPONSORS);

        applications.sponsorsConfirmed(id);

        assertThat(memberships.currentApplication().orElseThrow().status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void approval_issues_a_member_number_makes_the_applicant_a_member_today_and_records_who() {
        long id = submittedApplication();
        actAsRegistrar();
        var seen = memberships.review(id);

        var membership = memberships.approve(id, seen.version());

        assertThat(membership.memberNumber()).matches("GH-\\d{6}");
        assertThat(membership.memberSince()).isEqualTo("2026-11-25");
        assertThat(accounts.findByEmail(applicant.email()).orElseThrow().roles()).containsExactly(Role.MEMBER);
        var decided = memberships.review(id);
        assertThat(decided.status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat(decided.latestDecision().decidedBy()).isEqualTo(TestAccounts.REGISTRAR);
        assertThat(memberships.membershipByNumber(membership.memberNumber())).contains(membership);
    }

    @Test
    void a_rejection_needs_a_reason_that_the_applicant_then_reads() {
        long id = submittedApplication();
        actAsRegistrar();
        long version = memberships.review(id).version();

        assertThatExceptionOfType(ApplicationNotAllowedException.class)
                .isThrownBy(() -> memberships.reject(id, version, "  "));
        memberships.reject(id, version, "Your employer letter does not show a customer-service role.");

        actAsApplicant();
        var seenByApplicant = memberships.currentApplication().orElseThrow();
        assertThat(seenByApplicant.status()).isEqualTo(ApplicationStatus.REJECTED);
        assertThat(seenByApplicant.latestDecision().note()).contains("employer letter");
    }

    @Test
    void a_request_for_more_information_reopens_the_application_until_it_is_submitted_again() {
        long id = submittedApplication();
        actAsRegistrar();
        memberships.requestMoreInformation(id, memberships.review(id).version(), "Please confirm your degree.");

        actAsApplicant();
        assertThat(memberships.currentApplication().orElseThrow().status().isEditableByApplicant()).isTrue();
        memberships.saveDraft(CALL_CENTRE_GRADUATE, MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        assertThat(memberships.submit().status()).isEqualTo(ApplicationStatus.SUBMITTED);
    }

    @Test
    void a_registrar_deciding_on_what_they_saw_before_another_decision_is_told_so() {
        long id = submittedApplication();
        actAsRegistrar();
        long staleVersion = memberships.review(id).version();
        memberships.requestMoreInformation(id, staleVersion, "Please add your degree certificate.");

        assertThatExceptionOfType(ApplicationChangedConcurrentlyException.class)
                .isThrownBy(() -> memberships.approve(id, staleVersion));
    }

    @Test
    void two_registrars_approving_at_the_same_moment_cannot_both_win() throws Exception {
        long id = submittedApplication();
        actAsRegistrar();
        long version = memberships.review(id).version();
        var start = new CountDownLatch(1);
        Callable<String> approve = () -> {
            TestAccounts.asRegistrar();
            start.await();
            try {
                return memberships.approve(id, version).memberNumber();
            } catch (ApplicationChangedConcurrentlyException lost) {
                return "lost";
            } finally {
                SecurityContextHolder.clearContext();
            }
        };
        try (var pool = Executors.newFixedThreadPool(2)) {
            var first = pool.submit(approve);
            var second = pool.submit(approve);
            start.countDown();
            assertThat(List.of(first.get(), second.get())).containsOnlyOnce("lost");
        }
        assertThat(jdbc.queryForObject("select count(*) from membership where account_id = ?", Integer.class,
                applicant.id())).isEqualTo(1);
    }

    @Test
    void an_applicant_cannot_reach_the_registrars_decisions() {
        long id = submittedApplication();
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> memberships.approve(id, 0));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> memberships.review(id));
    }

    private long submittedApplication() {
        memberships.saveDraft(CALL_CENTRE_GRADUATE, MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        return memberships.submit().id();
    }

    private void actAsApplicant() {
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
    }

    private static void actAsRegistrar() {
        TestAccounts.asRegistrar();
    }

    /** Statuses are an enum the queue filters on; keep the open set honest. */
    @Test
    void the_open_queue_is_everything_not_finally_decided() {
        assertThat(MembershipService.OPEN).isEqualTo(EnumSet.complementOf(EnumSet.of(ApplicationStatus.DRAFT,
                ApplicationStatus.APPROVED, ApplicationStatus.REJECTED)));
    }
}
