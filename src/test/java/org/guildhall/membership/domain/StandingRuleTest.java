package org.guildhall.membership.domain;

import java.time.LocalDate;
import java.util.List;

import org.guildhall.membership.MembershipStatus;
import org.guildhall.membership.domain.StandingRule.TermSpan;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16's status rules at every boundary: renewal due from N days before the end, grace the day after the end,
 * lapse the day after grace, resignation at term end, the registrar's holds, pay-within-N-days for new members.
 */
class StandingRuleTest {

    /** Renewal opens 30 days before the end, the last reminder 14 days before, 30 days of grace. */
    private static final YearSettings SETTINGS = YearSettings.fixed(30, 14, 30, 0);
    private static final LocalDate START = LocalDate.of(2026, 1, 1);
    private static final LocalDate END = LocalDate.of(2026, 12, 31);
    private static final List<TermSpan> PAID_YEAR = List.of(new TermSpan(START, END, true));

    private static MembershipStatus statusOn(LocalDate day, List<TermSpan> terms) {
        return StandingRule.assess(day, null, null, false, terms, SETTINGS).status();
    }

    @Nested
    class Through_the_year {

        @Test
        void a_paid_term_is_current_until_renewal_opens_n_days_before_its_end() {
            assertThat(statusOn(START, PAID_YEAR)).isEqualTo(MembershipStatus.CURRENT);
            assertThat(statusOn(END.minusDays(31), PAID_YEAR)).isEqualTo(MembershipStatus.CURRENT);
            assertThat(statusOn(END.minusDays(30), PAID_YEAR)).isEqualTo(MembershipStatus.RENEWAL_DUE);
        }

        @Test
        void the_term_end_day_is_still_renewal_due_and_the_day_after_is_grace() {
            assertThat(statusOn(END, PAID_YEAR)).isEqualTo(MembershipStatus.RENEWAL_DUE);
            assertThat(statusOn(END.plusDays(1), PAID_YEAR)).isEqualTo(MembershipStatus.GRACE);
        }

        @Test
        void grace_lasts_its_days_and_the_day_after_the_membership_lapses() {
            assertThat(statusOn(END.plusDays(30), PAID_YEAR)).isEqualTo(MembershipStatus.GRACE);
            var lapsed = StandingRule.assess(END.plusDays(31), null, null, false, PAID_YEAR, SETTINGS);
            assertThat(lapsed.status()).isEqualTo(MembershipStatus.LAPSED);
            assertThat(lapsed.reason().english()).isEqualTo("Lapsed on 31 Jan 2027: the subscription was not renewed.");
        }

        @Test
        void only_current_and_renewal_due_are_good_standing() {
            assertThat(MembershipStatus.CURRENT.inGoodStanding()).isTrue();
            assertThat(MembershipStatus.RENEWAL_DUE.inGoodStanding()).isTrue();
            assertThat(MembershipStatus.GRACE.inGoodStanding()).isFalse();
            assertThat(MembershipStatus.LAPSED.inGoodStanding()).isFalse();
            assertThat(MembershipStatus.PENDING_PAYMENT.inGoodStanding()).isFalse();
        }
    }

    @Nested
    class Renewal_and_reinstatement {

        @Test
        void a_paid_renewal_continues_the_run_from_the_old_end_so_the_member_is_current_past_it() {
            var renewed = List.of(new TermSpan(START, END, true),
                    new TermSpan(END.plusDays(1), LocalDate.of(2027, 12, 31), true));
            assertThat(statusOn(END.minusDays(10), renewed)).isEqualTo(MembershipStatus.CURRENT);
            assertThat(StandingRule.paidUntil(END.minusDays(10), renewed)).isEqualTo(LocalDate.of(2027, 12, 31));
        }

        @Test
        void an_unpaid_renewal_invoice_does_not_extend_anything() {
            var invoiced = List.of(new TermSpan(START, END, true),
                    new TermSpan(END.plusDays(1), LocalDate.of(2027, 12, 31), false));
            assertThat(statusOn(END.plusDays(1), invoiced)).isEqualTo(MembershipStatus.GRACE);
        }

        @Test
        void a_paid_reinstatement_after_a_gap_makes_the_member_current_from_its_own_start() {
            var reinstated = List.of(new TermSpan(START, END, true),
                    new TermSpan(LocalDate.of(2027, 3, 10), LocalDate.of(2028, 3, 9), true));
            assertThat(statusOn(LocalDate.of(2027, 3, 10), reinstated)).isEqualTo(MembershipStatus.CURRENT);
            assertThat(statusOn(LocalDate.of(2027, 3, 9), reinstated)).isEqualTo(MembershipStatus.LAPSED);
        }
    }

    @Nested
    class Decisions {

        @Test
        void a_resignation_keeps_the_member_current_to_the_term_end_and_takes_effect_the_day_after() {
            assertThat(StandingRule.assess(END, null, null, true, PAID_YEAR, SETTINGS).status())
                    .isEqualTo(MembershipStatus.CURRENT);
            assertThat(StandingRule.assess(END.plusDays(1), null, null, true, PAID_YEAR, SETTINGS).status())
                    .isEqualTo(MembershipStatus.RESIGNED);
        }

        @Test
        void the_registrars_suspension_or_expulsion_overrides_a_paid_term_and_gives_the_reason() {
            var suspended = StandingRule.assess(START, RegistrarHold.SUSPENDED, "Complaint under review", false,
                    PAID_YEAR, SETTINGS);
            assertThat(suspended.status()).isEqualTo(MembershipStatus.SUSPENDED);
            assertThat(suspended.reason().english()).contains("Complaint under review");
            assertThat(StandingRule.assess(START, RegistrarHold.EXPELLED, "Fraud", false, PAID_YEAR, SETTINGS)
                    .status()).isEqualTo(MembershipStatus.EXPELLED);
        }

        @Test
        void a_new_member_is_pending_payment_until_paid_or_current_for_the_pay_within_days_when_set() {
            var unpaid = List.of(new TermSpan(START, END, false));
            assertThat(statusOn(START, unpaid)).isEqualTo(MembershipStatus.PENDING_PAYMENT);
            var payWithin = YearSettings.fixed(30, 14, 30, 14);
            assertThat(StandingRule.assess(START.plusDays(14), null, null, false, unpaid, payWithin).status())
                    .isEqualTo(MembershipStatus.CURRENT);
            assertThat(StandingRule.assess(START.plusDays(15), null, null, false, unpaid, payWithin).status())
                    .isEqualTo(MembershipStatus.PENDING_PAYMENT);
        }
    }

    /** Issue 18: settings change from a day on and never reach back (docs/decisions/institute-settings-dated.md). */
    @Nested
    class Settings_changed_from_a_day_on {

        /** From 1 January 2027: 5 days of grace, 60 days' renewal notice, 7 days to pay; 30, 30 and 0 before. */
        private final LocalDate changeDay = END.plusDays(1);
        private final YearSettings changing = new YearSettings() {
            @Override
            public int renewalNoticeDays(LocalDate day) {
                return day.isBefore(changeDay) ? 30 : 60;
            }

            @Override
            public int finalReminderDays(LocalDate day) {
                return 14;
            }

            @Override
            public int graceDays(LocalDate day) {
                return day.isBefore(changeDay) ? 30 : 5;
            }

            @Override
            public int payWithinDays(LocalDate day) {
                return day.isBefore(changeDay) ? 0 : 7;
            }
        };

        private MembershipStatus statusOn(LocalDate day, List<TermSpan> terms) {
            return StandingRule.assess(day, null, null, false, terms, changing).status();
        }

        @Test
        void a_term_keeps_the_grace_in_force_on_its_last_day_and_a_term_ending_after_the_change_takes_the_new() {
            assertThat(statusOn(END.plusDays(30), PAID_YEAR)).as("ended before the change: 30 days")
                    .isEqualTo(MembershipStatus.GRACE);
            var endsAfter = List.of(new TermSpan(START, changeDay, true));
            assertThat(statusOn(changeDay.plusDays(5), endsAfter)).isEqualTo(MembershipStatus.GRACE);
            assertThat(statusOn(changeDay.plusDays(6), endsAfter)).isEqualTo(MembershipStatus.LAPSED);
        }

        @Test
        void renewal_opens_by_the_notice_in_force_on_the_day_judged_never_by_one_scheduled_later() {
            var nextYear = List.of(PAID_YEAR.getFirst(), new TermSpan(changeDay, changeDay.plusDays(40), true));
            assertThat(statusOn(END, nextYear)).as("60 days before its end, but the 60 days start tomorrow")
                    .isEqualTo(MembershipStatus.CURRENT);
            assertThat(statusOn(changeDay, nextYear)).isEqualTo(MembershipStatus.RENEWAL_DUE);
        }

        @Test
        void the_days_to_pay_are_those_in_force_on_the_day_of_joining() {
            var joinedBefore = List.of(new TermSpan(END, END.plusYears(1), false));
            assertThat(statusOn(changeDay, joinedBefore)).isEqualTo(MembershipStatus.PENDING_PAYMENT);
            var joinedAfter = List.of(new TermSpan(changeDay, changeDay.plusYears(1), false));
            assertThat(statusOn(changeDay.plusDays(7), joinedAfter)).isEqualTo(MembershipStatus.CURRENT);
        }
    }

    @Nested
    class Leap_years {

        @Test
        void a_term_begun_on_29_february_ends_on_28_february_and_the_next_starts_on_1_march() {
            var end = TermDates.lastDay(LocalDate.of(2028, 2, 29), 12);
            assertThat(end).isEqualTo(LocalDate.of(2029, 2, 28));
            assertThat(TermDates.lastDay(end.plusDays(1), 12)).isEqualTo(LocalDate.of(2030, 2, 28));
        }

        @Test
        void a_term_over_a_29_february_still_ends_the_day_before_its_anniversary() {
            assertThat(TermDates.lastDay(LocalDate.of(2027, 3, 1), 12)).isEqualTo(LocalDate.of(2028, 2, 29));
            assertThat(TermDates.lastDay(LocalDate.of(2028, 1, 1), 12)).isEqualTo(LocalDate.of(2028, 12, 31));
        }

        @Test
        void grace_counts_29_february_as_a_day() {
            var endingInFebruary = List.of(new TermSpan(LocalDate.of(2027, 2, 1), LocalDate.of(2028, 1, 31), true));
            assertThat(statusOn(LocalDate.of(2028, 3, 1), endingInFebruary)).isEqualTo(MembershipStatus.GRACE);
            assertThat(statusOn(LocalDate.of(2028, 3, 2), endingInFebruary)).isEqualTo(MembershipStatus.LAPSED);
        }
    }
}
