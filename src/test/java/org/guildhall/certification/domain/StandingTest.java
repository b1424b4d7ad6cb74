package org.guildhall.certification.domain;

import java.time.LocalDate;

import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.CertificationStatus;
import org.guildhall.certification.StandingReason;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 17, "The registrar can suspend (with an end date or until lifted) and revoke a certification": the status on
 * each day, and which transitions the rules allow.
 */
class StandingTest {

    private static final LocalDate TODAY = LocalDate.of(2027, 3, 3);
    private static final CertificationStatus ACTIVE = CertificationStatus.ACTIVE;

    @Test
    void in_good_standing_the_cycle_decides_the_status() {
        var standing = new Standing();
        assertThat(standing.statusOn(TODAY, ACTIVE)).isEqualTo(ACTIVE);
        assertThat(standing.statusOn(TODAY, CertificationStatus.RENEWAL_DUE)).isEqualTo(CertificationStatus.RENEWAL_DUE);
        assertThat(standing.details()).isNull();
    }

    @Test
    void a_suspension_with_an_end_date_applies_up_to_the_day_before_it() {
        var standing = new Standing();
        standing.suspend(TODAY, ACTIVE, TODAY.plusDays(10), StandingReason.UNDER_REVIEW, "Complaint under review");

        assertThat(standing.statusOn(TODAY, ACTIVE)).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(standing.statusOn(TODAY.plusDays(9), ACTIVE)).isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(standing.statusOn(TODAY.plusDays(10), ACTIVE)).as("ends by itself").isEqualTo(ACTIVE);
        assertThat(standing.details()).satisfies(details -> {
            assertThat(details.revoked()).isFalse();
            assertThat(details.since()).isEqualTo(TODAY);
            assertThat(details.until()).isEqualTo(TODAY.plusDays(10));
            assertThat(details.explanation()).isEqualTo("Complaint under review");
        });
    }

    @Test
    void a_suspension_until_lifted_lasts_until_the_registrar_lifts_it() {
        var standing = new Standing();
        standing.suspend(TODAY, ACTIVE, null, StandingReason.UNDER_REVIEW, "Complaint");
        assertThat(standing.statusOn(TODAY.plusYears(1), ACTIVE)).isEqualTo(CertificationStatus.SUSPENDED);

        standing.lift(TODAY.plusDays(3));

        assertThat(standing.statusOn(TODAY.plusDays(3), ACTIVE)).isEqualTo(ACTIVE);
        assertThat(standing.details()).isNull();
    }

    @Test
    void a_suspended_certification_whose_cycle_ended_reads_as_the_cycle_says() {
        var standing = new Standing();
        standing.suspend(TODAY, ACTIVE, null, StandingReason.UNDER_REVIEW, "Complaint");
        assertThat(standing.statusOn(TODAY, CertificationStatus.LAPSED)).isEqualTo(CertificationStatus.LAPSED);
    }

    @Test
    void a_revocation_outranks_every_other_status_and_is_final() {
        var standing = new Standing();
        standing.suspend(TODAY, ACTIVE, null, StandingReason.UNDER_REVIEW, "Complaint");
        standing.revoke(TODAY.plusDays(1), StandingReason.CODE_OF_CONDUCT, "Upheld");

        assertThat(standing.statusOn(TODAY.plusDays(1), ACTIVE)).isEqualTo(CertificationStatus.REVOKED);
        assertThat(standing.statusOn(TODAY.plusYears(5), CertificationStatus.LAPSED))
                .isEqualTo(CertificationStatus.REVOKED);
        assertThat(standing.details().since()).isEqualTo(TODAY.plusDays(1));
        assertThatThrownBy(() -> standing.lift(TODAY.plusDays(2))).isInstanceOf(CertificationRefusedException.class);
        assertThatThrownBy(() -> standing.suspend(TODAY.plusDays(2), ACTIVE, null, StandingReason.UNDER_REVIEW, "x"))
                .isInstanceOf(CertificationRefusedException.class).hasMessageContaining("final");
        assertThatThrownBy(() -> standing.revoke(TODAY.plusDays(2), StandingReason.UNDER_REVIEW, "again"))
                .isInstanceOf(CertificationRefusedException.class);
    }

    @Test
    void the_rules_refuse_what_makes_no_sense() {
        var standing = new Standing();
        assertThatThrownBy(() -> standing.lift(TODAY)).hasMessage("This certification is not suspended.");
        assertThatThrownBy(() -> standing.suspend(TODAY, ACTIVE, TODAY, StandingReason.UNDER_REVIEW, "x"))
                .hasMessage("The suspension must end after today.");
        assertThatThrownBy(() -> standing.suspend(TODAY, CertificationStatus.LAPSED, null, StandingReason.UNDER_REVIEW,
                "x")).hasMessageContaining("Only a current certification");
        assertThatThrownBy(() -> standing.revoke(TODAY, StandingReason.INSTITUTE_DECISION, "  "))
                .hasMessage("Give the reason the holder will read.");
        standing.suspend(TODAY, ACTIVE, null, StandingReason.UNDER_REVIEW, "Complaint");
        assertThatThrownBy(() -> standing.suspend(TODAY, ACTIVE, null, StandingReason.UNDER_REVIEW, "again"))
                .hasMessageContaining("already suspended");
    }
}
