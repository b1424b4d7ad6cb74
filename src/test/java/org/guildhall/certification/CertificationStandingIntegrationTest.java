package org.guildhall.certification;

import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationEvents.CertificationStandingChanged;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 17, "Integrity": the registrar suspends (until a date or until lifted), lifts and revokes, each step in the
 * certification's audited history; a suspended or revoked certification cannot be renewed, and Re-apply keeps
 * seed 001's rule (only once the cycle has expired).
 */
@IntegrationTest
@RecordApplicationEvents
class CertificationStandingIntegrationTest {

    @Autowired CertificationStandingService standing;
    @Autowired CertificationService certifications;
    @Autowired CertificationAwards awards;
    @Autowired ExamService exams;
    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired AccountProvisioning provisioning;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents events;

    private AccountSummary holder;

    @BeforeEach
    void aHolder() {
        TestAccounts.ensure(accounts, provisioning);
        holder = provisioning.createAccount("Hana Sato", TestAccounts.uniqueEmail("hana"), TestAccounts.PASSWORD,
                Role.MEMBER);
    }

    @Test
    void suspend_lift_and_revoke_are_audited_with_the_registrar_and_the_reason() {
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, today().minusMonths(6));
        TestAccounts.asRegistrar();

        var suspended = standing.suspend(awarded.id(), new StandingData(StandingReason.UNDER_REVIEW,
                "  Complaint received.  ", null));
        assertThat(suspended.status()).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(standing.liftSuspension(awarded.id()).status()).isEqualTo(CertificationStatus.ACTIVE);
        var revoked = standing.revoke(awarded.id(), new StandingData(StandingReason.CODE_OF_CONDUCT,
                "Complaint upheld.", null));

        assertThat(revoked.status()).isEqualTo(CertificationStatus.REVOKED);
        assertThat(revoked.standing()).satisfies(details -> {
            assertThat(details.revoked()).isTrue();
            assertThat(details.explanation()).isEqualTo("Complaint upheld.");
            assertThat(details.since()).isEqualTo(today());
        });
        assertThat(standing.history(awarded.id())).extracting(HistoryEntrySummary::action)
                .containsExactly(CertificationAction.SUSPENDED, CertificationAction.LIFTED,
                        CertificationAction.REVOKED);
        assertThat(standing.history(awarded.id())).allSatisfy(entry ->
                assertThat(entry.actorName()).isEqualTo(accounts.summaryOf(accounts.currentAccount().id()).fullName()));
        assertThat(standing.history(awarded.id()).getFirst().detail())
                .isEqualTo("Until lifted, under review by the institute: Complaint received.");
        assertThat(events.stream(CertificationStandingChanged.class)
                .filter(changed -> changed.certificationId() == awarded.id()))
                .extracting(CertificationStandingChanged::action)
                .containsExactly(CertificationAction.SUSPENDED, CertificationAction.LIFTED,
                        CertificationAction.REVOKED);
    }

    @Test
    void a_suspension_until_a_date_ends_by_itself_on_that_day() {
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, today().minusMonths(6));
        TestAccounts.asRegistrar();
        standing.suspend(awarded.id(), new StandingData(StandingReason.UNDER_REVIEW, "Fee dispute.", today()
                .plusDays(14)));

        clock.advance(java.time.Duration.ofDays(14));

        assertThat(certifications.byVerificationCode(awarded.verificationCode()).orElseThrow().status())
                .isEqualTo(CertificationStatus.ACTIVE);
    }

    @Test
    void only_a_registrar_may_change_the_standing() {
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, today());
        TestAccounts.signInAs(holder);

        assertThatExceptionOfType(AuthorizationDeniedException.class).isThrownBy(() ->
                standing.revoke(awarded.id(), new StandingData(StandingReason.HOLDER_REQUEST, "I no longer want it.",
                        null)));
    }

    @Test
    void a_suspended_or_revoked_certification_cannot_be_renewed() {
        var suspended = awards.award(holder.id(), "CRMS", Route.EXAM, today().minusYears(3).plusWeeks(2));
        var revoked = awards.award(holder.id(), "CCCS", Route.EXAM, today().minusYears(3).plusWeeks(2));
        TestAccounts.asRegistrar();
        standing.suspend(suspended.id(), new StandingData(StandingReason.UNDER_REVIEW, "Audit of CPD evidence.", null));
        standing.revoke(revoked.id(), new StandingData(StandingReason.ISSUED_IN_ERROR,
                "Awarded to the wrong candidate.", null));

        assertThatExceptionOfType(CertificationRefusedException.class).isThrownBy(() -> awards.renew(suspended.id()))
                .withMessage("A suspended or revoked certification cannot be renewed.");
        assertThatExceptionOfType(CertificationRefusedException.class).isThrownBy(() -> awards.renew(revoked.id()));
    }

    @Test
    void re_apply_stays_closed_until_the_cycle_expires_even_when_revoked() {
        var revoked = awards.award(holder.id(), "CCSP", Route.EXAM, today().minusYears(1));
        TestAccounts.asRegistrar();
        standing.revoke(revoked.id(), new StandingData(StandingReason.CODE_OF_CONDUCT, "Misconduct.", null));
        TestAccounts.signInAs(holder);

        assertThatExceptionOfType(CertificationRefusedException.class).isThrownBy(() -> exams.reapply(revoked.id()))
                .withMessageContaining("when this cycle expires");
    }

    @Test
    void the_name_on_a_certification_is_frozen_at_issue() {
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, today());
        TestAccounts.signInAs(holder);
        var profile = myAccount.currentProfile();
        myAccount.updateCurrentProfile(new org.guildhall.identity.ProfileDetails("Someone Else", profile.phone(),
                profile.postalAddress(), profile.employer(), profile.jobTitle()));

        assertThat(certifications.certification(awarded.id()).holderName()).isEqualTo("Hana Sato");
        assertThat(certifications.verify(awarded.verificationCode()).orElseThrow().holderName())
                .isEqualTo("Hana Sato");
    }

    private LocalDate today() {
        return LocalDate.now((Clock) clock);
    }
}
