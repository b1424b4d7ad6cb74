package org.guildhall.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;

import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationEvents.CertificationLapsed;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/** Issue 4, "Certifications and cycles": awards, renewal in the window, lapse once, and who may read what. */
@IntegrationTest
@RecordApplicationEvents
class CertificationServiceIntegrationTest {

    @Autowired CertificationService certifications;
    @Autowired CertificationAwards awards;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;
    @Autowired ApplicationEvents events;

    @Test
    void an_award_starts_a_three_year_cycle_with_the_designations_requirement_and_a_verification_code() {
        long holder = member("Nia Okafor");
        var awarded = awards.award(holder, "CRMM", Route.EXAM, today());

        assertThat(awarded.cycle().expiresOn()).isEqualTo(today().plusYears(3));
        assertThat(awarded.cpdHoursRequired()).isEqualTo(45);
        assertThat(awarded.designationName()).isEqualTo("Certified CRM Manager");
        assertThat(awarded.status()).isEqualTo(CertificationStatus.ACTIVE);
        assertThat(awarded.verificationCode()).matches("[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){3}");
        assertThat(certifications.byVerificationCode(awarded.verificationCode().toLowerCase()))
                .hasValueSatisfying(found -> assertThat(found.id()).isEqualTo(awarded.id()));
    }

    @Test
    void a_designation_still_held_cannot_be_awarded_again() {
        long holder = member("Tomas Berg");
        awards.award(holder, "CCSP", Route.EXAM, today());

        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> awards.award(holder, "CCSP", Route.EXPERIENCE, today()));
    }

    @Test
    void renewal_is_refused_before_the_window_and_starts_the_next_cycle_at_the_previous_expiry_inside_it() {
        long holder = member("Lena Vogel");
        var early = awards.award(holder, "CCES", Route.EXAM, today().minusYears(2));
        assertThatExceptionOfType(CertificationRefusedException.class)
                .isThrownBy(() -> awards.renew(early.id()));

        // Awarded three years less a month ago: inside the six-week window.
        var due = awards.award(member("Omar Haddad"), "CCES", Route.EXAM,
                today().minusYears(3).plusMonths(1));
        assertThat(due.status()).isEqualTo(CertificationStatus.RENEWAL_DUE);
        var renewed = awards.renew(due.id());

        assertThat(renewed.cycle().startsOn()).isEqualTo(due.cycle().expiresOn());
        assertThat(renewed.cycleNumber()).isEqualTo(2);
        assertThat(renewed.status()).isEqualTo(CertificationStatus.ACTIVE);
    }

    @Test
    void the_lapse_job_lapses_an_expired_certification_once_even_when_two_instances_run_it_at_once()
            throws Exception {
        long holder = member("Iris Moreau");
        var expired = awards.award(holder, "CCCP", Route.EXAM, today().minusYears(3).minusDays(1));
        assertThat(expired.status()).isEqualTo(CertificationStatus.EXPIRED);

        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Integer> run = awards::lapseExpired;
            var first = pool.submit(run);
            var second = pool.submit(run);
            first.get();
            second.get();
        }
        awards.lapseExpired();

        assertThat(certifications.certificationsOf(holder)).singleElement()
                .satisfies(lapsed -> assertThat(lapsed.status()).isEqualTo(CertificationStatus.LAPSED));
        assertThat(events.stream(CertificationLapsed.class).filter(lapsed -> lapsed.certificationId() == expired.id()))
                .hasSize(1);
        // A lapsed designation is reinstated by a new award (retaking the exam), which keeps the old as history.
        awards.award(holder, "CCCP", Route.EXAM, today());
        assertThat(certifications.certificationsOf(holder)).extracting(CertificationSummary::status)
                .containsExactly(CertificationStatus.ACTIVE, CertificationStatus.LAPSED);
    }

    @Test
    void a_member_reads_their_own_certification_and_another_members_reads_as_not_found() {
        String ownerEmail = TestAccounts.uniqueEmail("owner");
        long owner = provisioning.createAccount("Sara Lind", ownerEmail, TestAccounts.PASSWORD, Role.MEMBER).id();
        var mine = awards.award(owner, "CRMP", Route.EXAM, today());
        String otherEmail = TestAccounts.uniqueEmail("other");
        provisioning.createAccount("Piotr Nowak", otherEmail, TestAccounts.PASSWORD, Role.MEMBER);

        TestAccounts.signInAs(ownerEmail, Role.MEMBER);
        assertThat(certifications.certification(mine.id()).holderAccountId()).isEqualTo(owner);
        TestAccounts.signInAs(otherEmail, Role.MEMBER);
        assertThatExceptionOfType(CertificationNotFoundException.class)
                .isThrownBy(() -> certifications.certification(mine.id()));
    }

    private long member(String name) {
        return TestAccounts.account(provisioning, name, Role.MEMBER).id();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
