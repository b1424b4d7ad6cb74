package org.guildhall.assessment.domain;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: time from submission to decision, median and 90th percentile per month of decisions. */
class DecisionTimesTest {

    @Test
    void no_decisions_have_no_times() {
        assertThat(DecisionTimes.of(List.of())).isEqualTo(DecisionTimes.NONE);
    }

    @Test
    void an_odd_count_takes_the_middle_wait_as_the_median() {
        var times = DecisionTimes.of(List.of(30, 10, 20));
        assertThat(times.decisions()).isEqualTo(3);
        assertThat(times.medianDays()).isEqualByComparingTo("20");
        assertThat(times.p90Days()).as("nearest rank: ceil(0.9 * 3) = 3rd").isEqualTo(30);
    }

    @Test
    void an_even_count_takes_the_mean_of_the_two_middle_waits() {
        assertThat(DecisionTimes.of(List.of(10, 21)).medianDays()).isEqualTo(new BigDecimal("15.5"));
        assertThat(DecisionTimes.of(List.of(10, 20, 30, 40)).medianDays()).isEqualTo(new BigDecimal("25"));
    }

    @Test
    void the_90th_percentile_is_the_smallest_wait_nine_in_ten_decisions_did_not_exceed() {
        var ten = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 100);
        assertThat(DecisionTimes.of(ten).p90Days()).as("ceil(0.9 * 10) = 9th").isEqualTo(9);
        var eleven = List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 100);
        assertThat(DecisionTimes.of(eleven).p90Days()).as("ceil(0.9 * 11) = 10th").isEqualTo(10);
        assertThat(DecisionTimes.of(List.of(12)).p90Days()).isEqualTo(12);
    }
}
