package org.guildhall.certification;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.function.ToLongFunction;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18: the certification report counts each step in the month it happened, by designation, at the period's
 * edges (the first day of the first month in, the day before out), and gives each sitting's pass rate.
 */
@IntegrationTest
class CertificationReportIntegrationTest {

    @Autowired CertificationReport report;
    @Autowired CertificationAwards awards;
    @Autowired CertificationStandingService standing;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    private YearMonth thisMonth;
    private YearMonth firstMonth;

    @BeforeEach
    void twelveMonths() {
        TestAccounts.ensure(accounts, provisioning);
        thisMonth = YearMonth.from(LocalDate.now(clock));
        firstMonth = thisMonth.minusMonths(11);
    }

    @Test
    void awards_count_in_their_month_from_the_first_day_of_the_period_and_not_the_day_before() {
        TestAccounts.asRegistrar();
        var before = report.byDesignationAndMonth(12, "CRMP");

        award("Ada First Day", "CRMP", firstMonth.atDay(1));
        award("Ben Day Before", "CRMP", firstMonth.atDay(1).minusDays(1));
        award("Cai Month End", "CRMP", firstMonth.atEndOfMonth());
        award("Dee Today", "CRMP", LocalDate.now(clock));

        var after = report.byDesignationAndMonth(12, "CRMP");
        assertThat(count(after, firstMonth, CertificationMonthSummary::awarded))
                .isEqualTo(count(before, firstMonth, CertificationMonthSummary::awarded) + 2);
        assertThat(count(after, thisMonth, CertificationMonthSummary::awarded))
                .isEqualTo(count(before, thisMonth, CertificationMonthSummary::awarded) + 1);
        assertThat(total(after, CertificationMonthSummary::awarded))
                .isEqualTo(total(before, CertificationMonthSummary::awarded) + 3);
        assertThat(after).allSatisfy(row -> assertThat(row.designationCode()).isEqualTo("CRMP"))
                .extracting(CertificationMonthSummary::month).isSortedAccordingTo(java.util.Comparator.reverseOrder());
    }

    @Test
    void renewals_suspensions_and_revocations_count_in_the_month_they_happened() {
        TestAccounts.asRegistrar();
        var before = report.byDesignationAndMonth(12, "CCES");
        var due = award("Eva Renewing", "CCES", LocalDate.now(clock).minusYears(3).plusWeeks(2));
        var withdrawn = award("Finn Withdrawn", "CCES", LocalDate.now(clock).minusMonths(3));

        awards.renew(due.id());
        standing.suspend(withdrawn.id(), new StandingData(StandingReason.UNDER_REVIEW, "Complaint received.", null));
        standing.liftSuspension(withdrawn.id());
        standing.revoke(withdrawn.id(), new StandingData(StandingReason.CODE_OF_CONDUCT, "Complaint upheld.", null));

        var after = report.byDesignationAndMonth(12, "CCES");
        assertThat(count(after, thisMonth, CertificationMonthSummary::renewed))
                .isEqualTo(count(before, thisMonth, CertificationMonthSummary::renewed) + 1);
        assertThat(count(after, thisMonth, CertificationMonthSummary::suspended))
                .isEqualTo(count(before, thisMonth, CertificationMonthSummary::suspended) + 1);
        assertThat(count(after, thisMonth, CertificationMonthSummary::revoked))
                .isEqualTo(count(before, thisMonth, CertificationMonthSummary::revoked) + 1);
        // The award three years ago is outside the period; the one three months ago is in it.
        assertThat(total(after, CertificationMonthSummary::awarded))
                .isEqualTo(total(before, CertificationMonthSummary::awarded) + 1);
    }

    @Test
    void lapses_count_in_the_month_the_lapse_job_recorded_them() {
        TestAccounts.asRegistrar();
        var before = report.byDesignationAndMonth(12, null);
        award("Gus Expired", "CCSP", LocalDate.now(clock).minusYears(3).minusDays(10));

        int lapsed = awards.lapseExpired();

        assertThat(lapsed).isPositive();
        var after = report.byDesignationAndMonth(12, null);
        assertThat(total(after, CertificationMonthSummary::lapsed) - total(before, CertificationMonthSummary::lapsed))
                .isEqualTo(lapsed);
        assertThat(count(after, thisMonth, CertificationMonthSummary::lapsed) - count(before, thisMonth,
                CertificationMonthSummary::lapsed)).isEqualTo(lapsed);
    }

    @Test
    void each_sitting_in_the_period_has_its_bookings_results_passes_and_pass_rate() {
        TestAccounts.asRegistrar();
        long first = sitting(firstMonth.atDay(1).atStartOfDay());
        long dayBefore = sitting(firstMonth.atDay(1).atStartOfDay().minusMinutes(1));
        long recent = sitting(LocalDate.now(clock).minusDays(3).atTime(9, 30));
        book(recent, "CCSP", true);
        book(recent, "CCSP", true);
        book(recent, "CRMP", false);
        book(recent, "CCSP", null);
        book(first, "CCSP", false);

        var all = report.examResultsBySitting(12, null);

        assertThat(all).extracting(row -> row.sitting().id()).contains(first, recent).doesNotContain(dayBefore);
        var recentRow = all.stream().filter(row -> row.sitting().id() == recent).findFirst().orElseThrow();
        assertThat(recentRow.booked()).isEqualTo(4);
        assertThat(recentRow.resulted()).isEqualTo(3);
        assertThat(recentRow.passed()).isEqualTo(2);
        assertThat(recentRow.passRate()).isEqualByComparingTo("66.7");
        var firstRow = all.stream().filter(row -> row.sitting().id() == first).findFirst().orElseThrow();
        assertThat(firstRow.passRate()).isEqualByComparingTo("0");
        assertThat(all.indexOf(recentRow)).isLessThan(all.indexOf(firstRow));

        var crmpOnly = report.examResultsBySitting(12, "CRMP").stream()
                .filter(row -> row.sitting().id() == recent).findFirst().orElseThrow();
        assertThat(crmpOnly.booked()).isEqualTo(1);
        assertThat(crmpOnly.passRate()).isEqualByComparingTo("0");
    }

    @Test
    void a_sitting_without_results_has_no_pass_rate() {
        TestAccounts.asRegistrar();
        long waiting = sitting(LocalDate.now(clock).atTime(14, 0));
        book(waiting, "CCSP", null);

        var row = report.examResultsBySitting(1, null).stream().filter(each -> each.sitting().id() == waiting)
                .findFirst().orElseThrow();
        assertThat(row.booked()).isEqualTo(1);
        assertThat(row.passRate()).isNull();
    }

    @Test
    void a_member_may_not_read_it() {
        TestAccounts.signInAs(TestAccounts.MEMBER, Role.MEMBER);

        assertThatThrownBy(() -> report.byDesignationAndMonth(12, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.examResultsBySitting(12, null)).isInstanceOf(AccessDeniedException.class);
    }

    private CertificationSummary award(String name, String designation, LocalDate on) {
        var holder = TestAccounts.account(provisioning, name, Role.MEMBER);
        return awards.award(holder.id(), designation, Route.EXAM, on);
    }

    private static long count(List<CertificationMonthSummary> rows, YearMonth month,
            ToLongFunction<CertificationMonthSummary> figure) {
        return rows.stream().filter(row -> row.month().equals(month)).mapToLong(figure).sum();
    }

    private static long total(List<CertificationMonthSummary> rows, ToLongFunction<CertificationMonthSummary> figure) {
        return rows.stream().mapToLong(figure).sum();
    }

    /** Sittings and bookings are written straight to their tables: the report reads what they hold. */
    private long sitting(LocalDateTime startsAt) {
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into exam_sitting (starts_at, venue, capacity)"
                    + " values (?, 'Room 1, Report House', 20)", new String[] {"id"});
            insert.setTimestamp(1, Timestamp.valueOf(startsAt));
            return insert;
        }, key);
        return key.getKey().longValue();
    }

    private void book(long sittingId, String designation, Boolean passed) {
        var candidate = TestAccounts.account(provisioning, "Candidate Report", Role.APPLICANT);
        var key = new GeneratedKeyHolder();
        jdbc.update(connection -> {
            var insert = connection.prepareStatement("insert into exam_enrolment (candidate_account_id,"
                    + " designation_code, designation_name, exam_fee, status, enrolled_at)"
                    + " values (?, ?, ?, 395.00, 'BOOKED', ?)", new String[] {"id"});
            insert.setLong(1, candidate.id());
            insert.setString(2, designation);
            insert.setString(3, designation);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            return insert;
        }, key);
        jdbc.update("insert into exam_booking (enrolment_id, sitting_id, booked_at, score, pass_mark, passed)"
                + " values (?, ?, ?, ?, ?, ?)", key.getKey().longValue(), sittingId, Timestamp.from(clock.instant()),
                passed == null ? null : passed ? 80 : 40, passed == null ? null : 70, passed);
    }
}
