package org.guildhall.cpd.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.random.RandomGenerator;

import org.guildhall.certification.CertificationCycle;
import org.guildhall.shared.Text;
import org.junit.jupiter.api.Test;

/** Seed 001's renewal window and the reminder milestones, at their boundaries. */
class RenewalRulesTest {

    /** Expires on 1 June 2027: the window opens six weeks earlier, on 20 April 2027. */
    static final CertificationCycle CYCLE = CertificationCycle.starting(LocalDate.of(2024, 6, 1), 3);
    static final CpdLedger.Tally MET = new CpdLedger.Tally(CYCLE, new BigDecimal("36"), List.of(),
            new BigDecimal("36"));
    static final CpdLedger.Tally SHORT = new CpdLedger.Tally(CYCLE, new BigDecimal("36"), List.of(),
            new BigDecimal("35"));

    @Test
    void the_renewal_window_opens_exactly_six_weeks_before_expiry_and_not_a_day_earlier() {
        assertThat(CYCLE.renewalOpensOn()).isEqualTo(LocalDate.of(2027, 4, 20));
        assertThat(ready(LocalDate.of(2027, 4, 20))).isTrue();
        assertThat(RenewalReadiness.evaluate(CYCLE, LocalDate.of(2027, 4, 19), MET, true, false, false)
                .outstanding()).extracting(Text::english).containsExactly("The renewal window opens on 20 Apr 2027.");
    }

    @Test
    void renewal_is_possible_on_the_last_valid_day_and_not_on_the_expiry_day() {
        assertThat(ready(LocalDate.of(2027, 5, 31))).isTrue();
        assertThat(RenewalReadiness.evaluate(CYCLE, LocalDate.of(2027, 6, 1), MET, true, false, false)
                .outstanding()).extracting(Text::english).singleElement().asString()
                .contains("only retaking the exam");
    }

    @Test
    void renewal_needs_the_requirement_met_the_fee_paid_and_where_asked_the_essay_accepted() {
        var today = LocalDate.of(2027, 5, 1);
        assertThat(RenewalReadiness.evaluate(CYCLE, today, SHORT, false, true, false).outstanding())
                .extracting(Text::english)
                .containsExactly("Earn 1 more counted CPD credits.", "Pay the renewal fee.",
                        "Have your recertification essay accepted by an assessor.");
        assertThat(RenewalReadiness.evaluate(CYCLE, today, MET, true, true, true).ready()).isTrue();
        assertThat(RenewalReadiness.evaluate(CYCLE, today, MET, true, false, false).ready()).isTrue();
    }

    @Test
    void reminder_milestones_are_reached_six_months_three_months_and_six_weeks_before_expiry() {
        assertThat(ReminderMilestone.reached(CYCLE, LocalDate.of(2026, 11, 30))).isEmpty();
        assertThat(ReminderMilestone.reached(CYCLE, LocalDate.of(2026, 12, 1))).contains(ReminderMilestone.SIX_MONTHS);
        assertThat(ReminderMilestone.reached(CYCLE, LocalDate.of(2027, 2, 28))).contains(ReminderMilestone.SIX_MONTHS);
        assertThat(ReminderMilestone.reached(CYCLE, LocalDate.of(2027, 3, 1))).contains(ReminderMilestone.THREE_MONTHS);
        assertThat(ReminderMilestone.reached(CYCLE, LocalDate.of(2027, 4, 20))).contains(ReminderMilestone.SIX_WEEKS);
        assertThat(ReminderMilestone.reached(CYCLE, LocalDate.of(2027, 5, 31))).contains(ReminderMilestone.SIX_WEEKS);
        assertThat(ReminderMilestone.reached(CYCLE, LocalDate.of(2027, 6, 1))).as("expired").isEmpty();
    }

    @Test
    void the_audit_sample_draws_each_approval_with_the_configured_chance() {
        RandomGenerator draws = new java.util.Random(7);
        assertThat(policy(0).drawsForAudit(draws)).isFalse();
        assertThat(policy(100).drawsForAudit(draws)).isTrue();
        long drawn = java.util.stream.IntStream.range(0, 10_000).filter(i -> policy(10).drawsForAudit(draws)).count();
        assertThat(drawn).isBetween(850L, 1150L);
    }

    private static boolean ready(LocalDate today) {
        return RenewalReadiness.evaluate(CYCLE, today, MET, true, false, false).ready();
    }

    private static CpdPolicy policy(int percent) {
        return new CpdPolicy(percent);
    }
}
