package org.guildhall.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.guildhall.assessment.DomainDrift;
import org.junit.jupiter.api.Test;

/**
 * Issue 20's calibration: drift per domain is the mean signed and the mean absolute difference from the agreed
 * scores, in rubric points (no z-scores: small pass/fail panels); beyond the threshold in any domain flags.
 */
class DriftPolicyTest {

    private static final List<String> DOMAINS = List.of("LEADERSHIP", "PEOPLE", "CUSTOMERS", "OPERATIONS");

    @Test
    void signed_and_absolute_means_differ_when_an_assessor_errs_both_ways() {
        var drift = DriftPolicy.drift(DOMAINS, List.of(
                new DriftPolicy.Pair("PEOPLE", 3.0, 4),
                new DriftPolicy.Pair("PEOPLE", 2.5, 1)), 1.0);

        assertThat(drift).singleElement().satisfies(people -> {
            assertThat(people.domainCode()).isEqualTo("PEOPLE");
            assertThat(people.benchmarks()).isEqualTo(2);
            assertThat(people.meanSigned()).as("(+1 - 1.5) / 2").isEqualTo(-0.25);
            assertThat(people.meanAbsolute()).as("(1 + 1.5) / 2").isEqualTo(1.25);
            assertThat(people.beyondThreshold()).isTrue();
        });
    }

    @Test
    void a_lenient_assessor_has_a_positive_signed_drift() {
        var drift = DriftPolicy.drift(DOMAINS, List.of(new DriftPolicy.Pair("LEADERSHIP", 2.0, 3),
                new DriftPolicy.Pair("LEADERSHIP", 2.0, 3)), 1.0);

        assertThat(drift.getFirst().meanSigned()).isEqualTo(1.0);
        assertThat(drift.getFirst().beyondThreshold()).as("exactly at the threshold is not beyond it").isFalse();
    }

    @Test
    void domains_come_in_the_rubrics_order_and_unscored_ones_are_left_out() {
        var drift = DriftPolicy.drift(DOMAINS, List.of(new DriftPolicy.Pair("OPERATIONS", 3.0, 3),
                new DriftPolicy.Pair("LEADERSHIP", 3.0, 2)), 1.0);

        assertThat(drift).extracting(DomainDrift::domainCode).containsExactly("LEADERSHIP", "OPERATIONS");
    }

    @Test
    void one_domain_beyond_the_threshold_flags_the_assessor() {
        var within = DriftPolicy.drift(DOMAINS, List.of(new DriftPolicy.Pair("CUSTOMERS", 3.0, 2)), 1.0);
        var beyond = DriftPolicy.drift(DOMAINS, List.of(new DriftPolicy.Pair("CUSTOMERS", 3.0, 2),
                new DriftPolicy.Pair("OPERATIONS", 3.0, 1)), 1.0);

        assertThat(DriftPolicy.flagged(within)).isFalse();
        assertThat(DriftPolicy.flagged(beyond)).isTrue();
    }

    @Test
    void the_threshold_is_a_share_of_the_rubrics_range() {
        assertThat(DriftPolicy.thresholdPoints(25, 0, 4)).isEqualTo(1.0);
        assertThat(DriftPolicy.thresholdPoints(10, 0, 4)).isEqualTo(0.4);
    }

    @Test
    void pairs_match_the_given_scores_to_the_agreed_ones_by_domain() {
        assertThat(DriftPolicy.pairs(Map.of("PEOPLE", 2.75, "OPERATIONS", 3), Map.of("PEOPLE", 3)))
                .containsExactly(new DriftPolicy.Pair("PEOPLE", 2.75, 3));
    }
}
