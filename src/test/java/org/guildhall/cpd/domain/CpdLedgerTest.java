package org.guildhall.cpd.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.guildhall.certification.CertificationCycle;
import org.guildhall.cpd.CpdActivityData;
import org.guildhall.cpd.CpdActivityStatus;
import org.guildhall.cpd.CpdActivityType;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.CpdRulebook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Seed 001's crediting and counting rules, each at its boundaries. */
class CpdLedgerTest {

    static final CpdRulebook RULES = new CpdRulebook(
            Map.of(CpdCategory.CONTINUING_EDUCATION, new BigDecimal("30"), CpdCategory.INSTRUCTION,
                    new BigDecimal("20"), CpdCategory.ON_THE_JOB, new BigDecimal("20"), CpdCategory.RESEARCH,
                    new BigDecimal("25")),
            List.of(perHour("WORKSHOP", CpdCategory.CONTINUING_EDUCATION),
                    perHour("COURSE_OR_SESSION", CpdCategory.INSTRUCTION),
                    perHour("CRM_SYSTEM", CpdCategory.ON_THE_JOB),
                    fixed("JOURNAL_ARTICLE", "10"), fixed("PUBLISHED_TEXT", "10"), fixed("CO_WRITTEN_ARTICLE", "5"),
                    fixed("DEVELOPMENT_VIDEO", "5")));

    /** A CCSP cycle begun on 29 February 2024: it expires on 1 March 2027, valid through 28 February 2027. */
    static final CertificationCycle CYCLE = CertificationCycle.starting(LocalDate.of(2024, 2, 29), 3);
    static final LocalDate TODAY = LocalDate.of(2027, 2, 28);

    private final List<LedgerEntry> entries = new ArrayList<>();
    private long nextId = 1;

    @Nested
    class Crediting {

        @Test
        void continuing_education_earns_one_credit_per_hour_less_the_non_educational_time() {
            var claim = claim(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", LocalDate.of(2025, 5, 1), "8", "1.5");
            assertThat(ledger().creditsClaimed(claim)).isEqualByComparingTo("6.5");
        }

        @Test
        void non_educational_time_is_asked_only_of_continuing_education() {
            var claim = CpdClaim.of(form(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", LocalDate.of(2025, 5, 1), "8", "2",
                    null, false), RULES, TODAY);
            assertThat(ledger().creditsClaimed(claim)).isEqualByComparingTo("8");
        }

        @Test
        void instruction_and_on_the_job_earn_one_credit_per_hour() {
            assertThat(ledger().creditsClaimed(talk("Queue design", "Team leads", LocalDate.of(2025, 1, 6), "3")))
                    .isEqualByComparingTo("3");
            assertThat(ledger().creditsClaimed(claim(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", LocalDate.of(2025, 1, 6),
                    "12", "0"))).isEqualByComparingTo("12");
        }

        @Test
        void research_items_earn_their_fixed_credits_10_10_5_5_whatever_the_hours() {
            assertThat(research("JOURNAL_ARTICLE")).isEqualByComparingTo("10");
            assertThat(research("PUBLISHED_TEXT")).isEqualByComparingTo("10");
            assertThat(research("CO_WRITTEN_ARTICLE")).isEqualByComparingTo("5");
            assertThat(research("DEVELOPMENT_VIDEO")).isEqualByComparingTo("5");
        }

        private BigDecimal research(String kind) {
            return ledger().creditsClaimed(CpdClaim.of(form(CpdCategory.RESEARCH, kind, LocalDate.of(2025, 3, 3),
                    "40", null, null, true), RULES, TODAY));
        }
    }

    /** Issue 19: the form's live preview weighs a claim with the ledger's own rules. */
    @Nested
    class Preview {

        @Test
        void four_hours_of_instruction_with_two_left_under_its_cap_add_four_claimed_and_two_counted() {
            approved(CpdCategory.INSTRUCTION, "COURSE_OR_SESSION", "18");
            var talk = talk("Coaching clinic", "New hires", LocalDate.of(2026, 3, 2), "4");

            var preview = ledger().preview(talk, null, CYCLE, 36);

            assertThat(preview.claimed()).isEqualByComparingTo("4");
            assertThat(preview.added()).isEqualByComparingTo("2");
            assertThat(preview.overCap()).isEqualByComparingTo("2");
            assertThat(preview.after().of(CpdCategory.INSTRUCTION).counted()).isEqualByComparingTo("20");
        }

        @Test
        void the_preview_gives_the_same_numbers_as_the_ledger_once_the_claim_is_approved() {
            approved(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "20");
            approved(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "5");
            approved(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", "8");
            var workshop = claim(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", LocalDate.of(2026, 6, 1), "9", "1.5");

            var preview = ledger().preview(workshop, null, CYCLE, 36);
            entries.add(new LedgerEntry(nextId++, workshop, CpdActivityStatus.APPROVED));
            var approved = tally();

            assertThat(preview.after()).usingRecursiveComparison().isEqualTo(approved);
            assertThat(preview.added()).isEqualByComparingTo(approved.counted().subtract(preview.before().counted()));
            assertThat(preview.added()).isEqualByComparingTo("5");
        }

        @Test
        void an_edited_activity_is_weighed_in_place_of_its_earlier_version_not_beside_it() {
            approved(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", "10");
            long edited = nextId;
            entries.add(new LedgerEntry(nextId++, claim(CpdCategory.ON_THE_JOB, "CRM_SYSTEM",
                    LocalDate.of(2026, 1, 5), "6", "0"), CpdActivityStatus.SUBMITTED));
            var revised = claim(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", LocalDate.of(2026, 1, 5), "7", "0");

            var preview = ledger().preview(revised, edited, CYCLE, 36);

            assertThat(preview.after().of(CpdCategory.ON_THE_JOB).counted()).isEqualByComparingTo("17");
        }

        @Test
        void a_form_is_weighed_once_it_names_a_kind_a_date_and_possible_hours() {
            var on = LocalDate.of(2026, 3, 2);
            assertThat(CpdClaim.weighable(form(CpdCategory.INSTRUCTION, "COURSE_OR_SESSION", on, "4", null, null,
                    false), RULES)).map(ledger()::creditsClaimed).hasValueSatisfying(credits ->
                    assertThat(credits).isEqualByComparingTo("4"));
            assertThat(CpdClaim.weighable(form(CpdCategory.INSTRUCTION, "COURSE_OR_SESSION", on, null, null, null,
                    false), RULES)).isEmpty();
            assertThat(CpdClaim.weighable(form(CpdCategory.INSTRUCTION, "WORKSHOP", on, "4", null, null, false),
                    RULES)).isEmpty();
            assertThat(CpdClaim.weighable(form(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", on, "2", "2", null,
                    false), RULES)).isEmpty();
            assertThat(CpdClaim.weighable(form(CpdCategory.RESEARCH, "JOURNAL_ARTICLE", on, null, null, null, true),
                    RULES)).map(ledger()::creditsClaimed).hasValueSatisfying(credits ->
                    assertThat(credits).isEqualByComparingTo("10"));
        }
    }

    @Nested
    class Caps {

        @Test
        void continuing_education_exactly_at_its_cap_of_30_counts_in_full() {
            approved(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "20");
            approved(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "10");
            var education = tally().of(CpdCategory.CONTINUING_EDUCATION);
            assertThat(education.counted()).isEqualByComparingTo("30");
            assertThat(education.capApplied()).isFalse();
        }

        @Test
        void continuing_education_one_over_its_cap_counts_30() {
            approved(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "20");
            approved(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "11");
            var education = tally().of(CpdCategory.CONTINUING_EDUCATION);
            assertThat(education.claimed()).isEqualByComparingTo("31");
            assertThat(education.counted()).isEqualByComparingTo("30");
            assertThat(education.capApplied()).isTrue();
        }

        @Test
        void instruction_and_on_the_job_are_capped_at_20_each() {
            approved(CpdCategory.INSTRUCTION, "COURSE_OR_SESSION", "20");
            approved(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", "21");
            assertThat(tally().of(CpdCategory.INSTRUCTION).counted()).isEqualByComparingTo("20");
            assertThat(tally().of(CpdCategory.INSTRUCTION).capApplied()).isFalse();
            assertThat(tally().of(CpdCategory.ON_THE_JOB).counted()).isEqualByComparingTo("20");
            assertThat(tally().of(CpdCategory.ON_THE_JOB).capApplied()).isTrue();
        }

        @Test
        void research_is_capped_at_25_so_three_articles_count_25() {
            for (int i = 0; i < 3; i++) {
                approvedResearch("JOURNAL_ARTICLE", "Article " + i);
            }
            assertThat(tally().of(CpdCategory.RESEARCH).claimed()).isEqualByComparingTo("30");
            assertThat(tally().of(CpdCategory.RESEARCH).counted()).isEqualByComparingTo("25");
        }

        @Test
        void the_capped_sum_is_compared_with_the_requirement() {
            approved(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "20");
            approved(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "20");
            approved(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", "5");
            var tally = ledger().tally(CYCLE, 36);
            assertThat(tally.counted()).isEqualByComparingTo("35");
            assertThat(tally.met()).isFalse();
            assertThat(tally.shortBy()).isEqualByComparingTo("1");

            approved(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", "1");
            assertThat(ledger().tally(CYCLE, 36).met()).isTrue();
        }
    }

    @Nested
    class Counting {

        @Test
        void only_approved_activities_count() {
            for (var status : CpdActivityStatus.values()) {
                entries.add(new LedgerEntry(nextId++, claim(CpdCategory.ON_THE_JOB, "CRM_SYSTEM",
                        LocalDate.of(2025, 6, nextId == 2 ? 1 : (int) nextId), "1", "0"), status));
            }
            // APPROVED, AUDIT_REQUESTED and AUDIT_SUBMITTED: approved claims, audited or not.
            assertThat(tally().counted()).isEqualByComparingTo("3");
        }

        @Test
        void an_activity_on_the_cycles_first_day_counts() {
            approvedOn(CYCLE.startsOn());
            assertThat(tally().counted()).isEqualByComparingTo("1");
        }

        @Test
        void an_activity_on_the_cycles_last_valid_day_counts() {
            approvedOn(CYCLE.lastValidDay());
            assertThat(CYCLE.lastValidDay()).isEqualTo(LocalDate.of(2027, 2, 28));
            assertThat(tally().counted()).isEqualByComparingTo("1");
        }

        @Test
        void an_activity_one_day_before_the_cycle_does_not_count() {
            approvedOn(CYCLE.startsOn().minusDays(1));
            assertThat(tally().counted()).isEqualByComparingTo("0");
        }

        @Test
        void an_activity_on_the_expiry_day_belongs_to_the_next_cycle() {
            approvedOn(CYCLE.expiresOn());
            assertThat(tally().counted()).isEqualByComparingTo("0");
            assertThat(ledger().tally(CYCLE.following(3), 36).counted()).isEqualByComparingTo("1");
        }

        @Test
        void an_activity_on_leap_day_counts_in_the_cycle_begun_that_day() {
            approvedOn(LocalDate.of(2024, 2, 29));
            assertThat(tally().counted()).isEqualByComparingTo("1");
        }

        @Test
        void a_range_counts_on_the_day_it_was_completed() {
            entries.add(new LedgerEntry(nextId++, CpdClaim.of(form(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP",
                    CYCLE.startsOn().minusDays(2), "10", "0", null, false, CYCLE.startsOn()), RULES, TODAY),
                    CpdActivityStatus.APPROVED));
            assertThat(tally().counted()).isEqualByComparingTo("10");
        }

        @Test
        void one_activity_counts_for_every_cycle_containing_its_date() {
            approvedOn(LocalDate.of(2026, 6, 1));
            var otherCertification = CertificationCycle.starting(LocalDate.of(2025, 9, 1), 3);
            assertThat(ledger().tally(CYCLE, 36).counted()).isEqualByComparingTo("1");
            assertThat(ledger().tally(otherCertification, 45).counted()).isEqualByComparingTo("1");
        }
    }

    @Nested
    class Refusals {

        @Test
        void instruction_counts_again_for_a_different_audience() {
            entries.add(new LedgerEntry(nextId++, talk("Queue design", "Team leads", LocalDate.of(2025, 1, 6), "2"),
                    CpdActivityStatus.APPROVED));
            assertThat(ledger().refusal(talk("Queue design", "Finance directors", LocalDate.of(2025, 3, 6), "2"),
                    null)).isEmpty();
        }

        @Test
        void instruction_repeated_to_the_same_audience_is_refused_with_the_reason() {
            entries.add(new LedgerEntry(nextId++, talk("Queue design", "Team leads", LocalDate.of(2025, 1, 6), "2"),
                    CpdActivityStatus.SUBMITTED));
            assertThat(ledger().refusal(talk("queue  design", "team leads", LocalDate.of(2025, 3, 6), "2"), null))
                    .hasValueSatisfying(reason -> {
                        assertThat(reason.field()).isEqualTo(CpdActivityData.AUDIENCE);
                        assertThat(reason.message()).contains("different audience");
                    });
        }

        @Test
        void the_same_activity_logged_twice_is_refused_but_an_edit_of_it_is_not() {
            var claim = claim(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", LocalDate.of(2025, 5, 1), "6", "0");
            entries.add(new LedgerEntry(7, claim, CpdActivityStatus.DRAFT));
            assertThat(ledger().refusal(claim, null)).hasValueSatisfying(
                    reason -> {
                        assertThat(reason.field()).isEqualTo(CpdActivityData.TITLE);
                        assertThat(reason.message()).contains("already logged");
                    });
            assertThat(ledger().refusal(claim, 7L)).isEmpty();
        }

        @Test
        void a_rejected_activity_does_not_block_logging_it_again() {
            var claim = claim(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", LocalDate.of(2025, 5, 1), "6", "0");
            entries.add(new LedgerEntry(nextId++, claim, CpdActivityStatus.REJECTED));
            assertThat(ledger().refusal(claim, null)).isEmpty();
        }
    }

    @Nested
    class BadInput {

        @Test
        void exactly_24_hours_in_a_day_is_accepted_and_one_more_is_refused() {
            assertThat(claim(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", LocalDate.of(2025, 5, 1), "24", "0").hours())
                    .isEqualByComparingTo("24");
            assertRefused(form(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", LocalDate.of(2025, 5, 1), "24.5", "0", null,
                    false), "24 hours");
        }

        @Test
        void a_three_day_range_allows_72_hours() {
            var form = form(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", LocalDate.of(2025, 5, 1), "72", "0", null,
                    false, LocalDate.of(2025, 5, 3));
            assertThat(CpdClaim.of(form, RULES, TODAY).hours()).isEqualByComparingTo("72");
        }

        @Test
        void negative_or_zero_hours_are_refused() {
            assertRefused(form(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", LocalDate.of(2025, 5, 1), "-2", "0", null,
                    false), "more than zero");
            assertRefused(form(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", LocalDate.of(2025, 5, 1), "0", "0", null,
                    false), "more than zero");
        }

        @Test
        void excluded_time_as_large_as_the_total_is_refused() {
            assertRefused(form(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", LocalDate.of(2025, 5, 1), "6", "6",
                    null, false), "less than the total");
        }

        @Test
        void today_is_accepted_and_tomorrow_is_in_the_future() {
            assertThat(claim(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", TODAY, "2", "0").completedOn()).isEqualTo(TODAY);
            assertRefused(form(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", TODAY.plusDays(1), "2", "0", null, false),
                    "future");
        }

        @Test
        void research_without_the_independence_declaration_is_refused() {
            assertRefused(form(CpdCategory.RESEARCH, "JOURNAL_ARTICLE", LocalDate.of(2025, 5, 1), null, null, null,
                    false), "independent of your normal job");
        }

        @Test
        void instruction_without_its_audience_is_refused() {
            assertRefused(form(CpdCategory.INSTRUCTION, "COURSE_OR_SESSION", LocalDate.of(2025, 5, 1), "2", null,
                    " ", false), "who you delivered it to");
        }

        @Test
        void a_kind_from_another_category_is_refused() {
            assertRefused(form(CpdCategory.INSTRUCTION, "WORKSHOP", LocalDate.of(2025, 5, 1), "2", null, "Leads",
                    false), "what kind of");
        }

        private void assertRefused(CpdActivityData form, String message) {
            assertThatExceptionOfType(CpdRefusedException.class).isThrownBy(() -> CpdClaim.of(form, RULES, TODAY))
                    .withMessageContaining(message);
        }
    }

    @Nested
    class Forecast {

        @Test
        void at_half_the_requirement_halfway_through_the_member_is_on_track() {
            var cycle = CertificationCycle.starting(LocalDate.of(2024, 1, 1), 3);
            approvedIn(cycle, LocalDate.of(2025, 6, 1), "18");
            var ledger = ledger();
            var forecast = ledger.forecast(ledger.tally(cycle, 36), LocalDate.of(2025, 7, 2));
            assertThat(forecast.onTrack()).isTrue();
            assertThat(forecast.neededPerMonth()).isEqualByComparingTo("1.0");
        }

        @Test
        void a_slow_pace_is_not_on_track_and_says_what_is_needed_per_month() {
            var cycle = CertificationCycle.starting(LocalDate.of(2024, 1, 1), 3);
            approvedIn(cycle, LocalDate.of(2026, 1, 1), "6");
            var ledger = ledger();
            var forecast = ledger.forecast(ledger.tally(cycle, 36), LocalDate.of(2026, 1, 1));
            // 6 credits in 24 months is 0.25 a month: 9 by expiry. 30 short over the 12 months left is just over
            // 2.5 a month, rounded up so the member is never told too little.
            assertThat(forecast.onTrack()).isFalse();
            assertThat(forecast.projected()).isEqualByComparingTo("9.0");
            assertThat(forecast.neededPerMonth()).isEqualByComparingTo("2.6");
            assertThat(forecast.daysToExpiry()).isEqualTo(365);
        }
    }

    /**
     * Issue 18: caps and credit values change from a day on. A cycle counts under the caps in force on its first day
     * (seed 001: the requirement is earned "within the three-year certification cycle"); an activity earns the
     * credit value in force on the day it was completed.
     */
    @Nested
    class RulesChangedFromADay {

        static final LocalDate CHANGED_ON = LocalDate.of(2025, 6, 1);

        /** From 1 June 2025 Continuing Education is capped at 10 and a workshop earns 2 credits an hour. */
        static final RulesInForce CHANGED = day -> day.isBefore(CHANGED_ON) ? RULES : new CpdRulebook(
                Map.of(CpdCategory.CONTINUING_EDUCATION, new BigDecimal("10"), CpdCategory.INSTRUCTION,
                        new BigDecimal("20"), CpdCategory.ON_THE_JOB, new BigDecimal("20"), CpdCategory.RESEARCH,
                        new BigDecimal("25")),
                List.of(new CpdActivityType("WORKSHOP", CpdCategory.CONTINUING_EDUCATION, "WORKSHOP",
                        new BigDecimal("2"), null), perHour("CRM_SYSTEM", CpdCategory.ON_THE_JOB)));

        @Test
        void a_cycle_begun_before_a_cap_change_keeps_the_cap_it_began_with() {
            approvedIn(CYCLE, LocalDate.of(2025, 1, 10), CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "20");
            approvedIn(CYCLE, LocalDate.of(2025, 2, 10), CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "15");

            var tally = new CpdLedger(CHANGED, entries).tally(CYCLE, 36);

            assertThat(tally.of(CpdCategory.CONTINUING_EDUCATION).cap()).isEqualByComparingTo("30");
            assertThat(tally.of(CpdCategory.CONTINUING_EDUCATION).counted()).isEqualByComparingTo("30");
        }

        @Test
        void a_cycle_begun_after_the_change_is_counted_under_the_new_cap() {
            var later = CertificationCycle.starting(CHANGED_ON, 3);
            approvedIn(later, LocalDate.of(2025, 7, 1), CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", "3");

            var tally = new CpdLedger(CHANGED, entries).tally(later, 36);

            assertThat(tally.of(CpdCategory.CONTINUING_EDUCATION).cap()).isEqualByComparingTo("10");
            assertThat(tally.of(CpdCategory.CONTINUING_EDUCATION).claimed()).as("2 an hour").isEqualByComparingTo("6");
        }

        @Test
        void an_activity_earns_the_credit_value_of_the_day_it_was_completed() {
            var ledger = new CpdLedger(CHANGED, entries);

            assertThat(ledger.creditsClaimed(claim(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP",
                    CHANGED_ON.minusDays(1), "4", "0"))).isEqualByComparingTo("4");
            assertThat(ledger.creditsClaimed(claim(CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", CHANGED_ON, "4",
                    "0"))).isEqualByComparingTo("8");
        }
    }

    private CpdLedger ledger() {
        return new CpdLedger(RULES, entries);
    }

    private CpdLedger.Tally tally() {
        return ledger().tally(CYCLE, 36);
    }

    private void approved(CpdCategory category, String type, String hours) {
        approvedIn(CYCLE, LocalDate.of(2025, 1, 1).plusDays(nextId), category, type, hours);
    }

    private void approvedIn(CertificationCycle cycle, LocalDate on, String hours) {
        approvedIn(cycle, on, CpdCategory.ON_THE_JOB, "CRM_SYSTEM", hours);
    }

    private void approvedIn(CertificationCycle cycle, LocalDate on, CpdCategory category, String type, String hours) {
        assertThat(cycle.contains(on)).isTrue();
        entries.add(new LedgerEntry(nextId++, CpdClaim.of(form(category, type, on, hours, "0",
                category == CpdCategory.INSTRUCTION ? "Audience " + nextId : null, false, on, "Activity " + nextId),
                RULES, TODAY), CpdActivityStatus.APPROVED));
    }

    private void approvedOn(LocalDate on) {
        entries.add(new LedgerEntry(nextId++, CpdClaim.of(form(CpdCategory.ON_THE_JOB, "CRM_SYSTEM", on, "1", "0",
                null, false), RULES, on), CpdActivityStatus.APPROVED));
    }

    private void approvedResearch(String kind, String title) {
        entries.add(new LedgerEntry(nextId++, CpdClaim.of(new CpdActivityData(CpdCategory.RESEARCH, kind, title,
                "Journal of Service", LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 1), null, null, null, null, true,
                List.of()), RULES, TODAY), CpdActivityStatus.APPROVED));
    }

    private static CpdClaim claim(CpdCategory category, String type, LocalDate on, String hours, String excluded) {
        return CpdClaim.of(form(category, type, on, hours, excluded, null, false), RULES, TODAY);
    }

    private static CpdClaim talk(String title, String audience, LocalDate on, String hours) {
        return CpdClaim.of(form(CpdCategory.INSTRUCTION, "COURSE_OR_SESSION", on, hours, null, audience, false, on,
                title), RULES, TODAY);
    }

    private static CpdActivityData form(CpdCategory category, String type, LocalDate on, @Nullable String hours,
            @Nullable String excluded, @Nullable String audience, boolean independent) {
        return form(category, type, on, hours, excluded, audience, independent, on);
    }

    private static CpdActivityData form(CpdCategory category, String type, LocalDate startsOn, @Nullable String hours,
            @Nullable String excluded, @Nullable String audience, boolean independent, LocalDate endsOn) {
        return form(category, type, startsOn, hours, excluded, audience, independent, endsOn, "Service recovery");
    }

    private static CpdActivityData form(CpdCategory category, String type, LocalDate startsOn, @Nullable String hours,
            @Nullable String excluded, @Nullable String audience, boolean independent, LocalDate endsOn,
            String title) {
        return new CpdActivityData(category, type, title, "Guildhall Academy", startsOn, endsOn,
                hours == null ? null : new BigDecimal(hours), excluded == null ? null : new BigDecimal(excluded),
                null, audience, independent, List.of());
    }

    private static CpdActivityType perHour(String code, CpdCategory category) {
        return new CpdActivityType(code, category, code, BigDecimal.ONE, null);
    }

    private static CpdActivityType fixed(String code, String credits) {
        return new CpdActivityType(code, CpdCategory.RESEARCH, code, null, new BigDecimal(credits));
    }
}
