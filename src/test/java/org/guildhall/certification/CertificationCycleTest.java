package org.guildhall.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Seed 001: a three-year cycle from the day the exam is passed; renewal within six weeks of expiry. */
class CertificationCycleTest {

    private static final LocalDate PASSED = LocalDate.of(2026, 11, 25);
    private final CertificationCycle cycle = CertificationCycle.starting(PASSED, 3);

    @Test
    void theCycleRunsThreeYearsFromTheDayTheExamWasPassed() {
        assertThat(cycle.expiresOn()).isEqualTo(LocalDate.of(2029, 11, 25));
        assertThat(cycle.lastValidDay()).isEqualTo(LocalDate.of(2029, 11, 24));
    }

    @Test
    void theNextCycleStartsAtThePreviousExpiry() {
        var next = cycle.following(3);
        assertThat(next.startsOn()).isEqualTo(cycle.expiresOn());
        assertThat(next.expiresOn()).isEqualTo(LocalDate.of(2032, 11, 25));
    }

    @Test
    void anAwardOnTheLeapDayExpiresOnTheFirstOfMarchWhenTheExpiryYearHasNoLeapDay() {
        var leap = CertificationCycle.starting(LocalDate.of(2028, 2, 29), 3);
        assertThat(leap.expiresOn()).isEqualTo(LocalDate.of(2031, 3, 1));
        assertThat(leap.lastValidDay()).isEqualTo(LocalDate.of(2031, 2, 28));
        assertThat(CertificationCycle.starting(LocalDate.of(2028, 2, 29), 4).expiresOn())
                .isEqualTo(LocalDate.of(2032, 2, 29));
    }

    @Test
    void theCycleContainsItsFirstAndLastValidDayButNotItsExpiryDay() {
        assertThat(cycle.contains(PASSED)).isTrue();
        assertThat(cycle.contains(PASSED.minusDays(1))).isFalse();
        assertThat(cycle.contains(cycle.lastValidDay())).isTrue();
        assertThat(cycle.contains(cycle.expiresOn())).isFalse();
    }

    @Test
    void theRenewalWindowOpensExactlySixWeeksBeforeExpiry() {
        LocalDate opens = LocalDate.of(2029, 10, 14);
        assertThat(cycle.renewalOpensOn()).isEqualTo(opens);
        assertThat(cycle.statusOn(opens.minusDays(1), null)).isEqualTo(CertificationStatus.ACTIVE);
        assertThat(cycle.statusOn(opens, null)).isEqualTo(CertificationStatus.RENEWAL_DUE);
        assertThat(cycle.statusOn(cycle.lastValidDay(), null)).isEqualTo(CertificationStatus.RENEWAL_DUE);
        assertThat(cycle.isRenewalWindowOpen(cycle.expiresOn())).isFalse();
    }

    @Test
    void onTheExpiryDayItselfTheCertificationHasExpired() {
        assertThat(cycle.statusOn(cycle.expiresOn(), null)).isEqualTo(CertificationStatus.EXPIRED);
        assertThat(cycle.hasExpired(cycle.lastValidDay())).isFalse();
    }

    @Test
    void aRecordedLapseOverridesTheDates() {
        assertThat(cycle.statusOn(cycle.expiresOn(), cycle.expiresOn())).isEqualTo(CertificationStatus.LAPSED);
        assertThat(CertificationStatus.LAPSED.isCurrent()).isFalse();
    }

    @Test
    void aCycleMustEndAfterItStarts() {
        assertThatIllegalArgumentException().isThrownBy(() -> new CertificationCycle(PASSED, PASSED));
    }
}
