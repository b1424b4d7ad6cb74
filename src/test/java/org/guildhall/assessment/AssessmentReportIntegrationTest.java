package org.guildhall.assessment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.AssessmentReport.AssessorActivity;
import org.guildhall.assessment.AssessmentReport.AssessorSort;
import org.guildhall.assessment.AssessmentReport.DecisionMonth;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Issue 18 on MariaDB: the assessment report's panels at work and overdue, decisions by outcome and the wait from
 * submission to decision per month, and each assessor's panels, scores on time and recusals, at their boundaries:
 * a panel is overdue the day after its due day, a score submitted on the due day is on time, a decision in the
 * last second of a month counts in that month. The clock is moved to 2031 so no other test's panel falls in the
 * months looked at.
 */
@IntegrationTest
class AssessmentReportIntegrationTest {

    private static final Instant SUBMITTED = Instant.parse("2031-05-01T09:00:00Z");

    @Autowired AssessmentReport report;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired PanelService panels;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService chairs;
    @Autowired AccountProvisioning provisioning;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired MutableClock clock;

    private final String token = "Ar" + Long.toString(System.nanoTime(), 36);

    @Test
    void panels_decisions_and_assessors_are_counted_at_their_boundaries() {
        var fixtures = new PanelFixtures(portfolios, lifecycle, documents, panels, reviews, chairs, provisioning,
                qualifications);
        var ada = fixtures.assessor("Ada Chair " + token);
        var ben = fixtures.assessor("Ben Second " + token);
        var cai = fixtures.assessor("Cai Third " + token);
        var dee = fixtures.assessor("Dee Stand-in " + token);
        var seats = List.of(ada, ben, cai);
        moveTo(SUBMITTED);
        var before = asRegistrar(report::overview);

        long first = fixtures.panel(seats, LocalDate.of(2031, 5, 10));
        long second = fixtures.panel(seats, LocalDate.of(2031, 5, 10));
        long third = fixtures.panel(seats, LocalDate.of(2031, 5, 31));
        long fourth = fixtures.panel(seats, LocalDate.of(2031, 6, 30));
        var formed = asRegistrar(report::overview);
        assertThat(formed.openPanels()).isEqualTo(before.openPanels() + 4);
        assertThat(formed.overdue()).isEqualTo(before.overdue());

        moveTo(Instant.parse("2031-05-10T09:00:00Z"));
        seats.forEach(assessor -> fixtures.score(first, assessor));
        fixtures.score(second, ada);
        fixtures.score(second, cai);
        assertThat(asRegistrar(report::overview).overdue()).as("on its due day a panel is not overdue")
                .isEqualTo(before.overdue());

        moveTo(Instant.parse("2031-05-11T09:00:00Z"));
        assertThat(asRegistrar(report::overview).overdue()).as("the day after, both panels due on the 10th are")
                .isEqualTo(before.overdue() + 2);
        fixtures.score(second, ben);
        fixtures.decide(first, ada, PanelOutcome.AWARD);

        moveTo(Instant.parse("2031-05-31T23:59:59Z"));
        seats.forEach(assessor -> fixtures.score(third, assessor));
        fixtures.decide(second, ada, PanelOutcome.RESUBMIT);

        moveTo(Instant.parse("2031-06-01T00:00:00Z"));
        fixtures.decide(third, ada, PanelOutcome.DECLINE);
        fixtures.recuseAndReplace(fourth, cai, dee);

        var after = asRegistrar(report::overview);
        assertThat(after.openPanels()).isEqualTo(before.openPanels() + 1);

        List<DecisionMonth> months = asRegistrar(() -> report.decisionsByMonth(12));
        assertThat(months).hasSize(12);
        assertThat(months.getFirst().month()).isEqualTo(YearMonth.of(2030, 7));
        var may = months.get(10);
        assertThat(may.month()).isEqualTo(YearMonth.of(2031, 5));
        assertThat(may.decisions()).isEqualTo(2);
        assertThat(List.of(may.awarded(), may.resubmit(), may.declined())).containsExactly(1L, 1L, 0L);
        assertThat(may.medianDays()).as("waits of 10 and 30 days").isEqualByComparingTo(new BigDecimal(20));
        assertThat(may.p90Days()).isEqualTo(30);
        var june = months.getLast();
        assertThat(june.month()).isEqualTo(YearMonth.of(2031, 6));
        assertThat(List.of(june.decisions(), june.awarded(), june.resubmit(), june.declined()))
                .containsExactly(1L, 0L, 0L, 1L);
        assertThat(june.medianDays()).isEqualByComparingTo(new BigDecimal(30));
        assertThat(months.get(9).decisions()).isZero();
        assertThat(months.get(9).medianDays()).isNull();

        List<AssessorActivity> assessors = asRegistrar(() -> report.assessors(token, AssessorSort.NAME, 0, 10));
        assertThat(assessors).extracting(AssessorActivity::name).containsExactly(ada.fullName(), ben.fullName(),
                cai.fullName(), dee.fullName());
        assertThat(assessors).extracting(this::record).containsExactly(
                List.of(4L, 1L, 3L, 3L, 0L),
                List.of(4L, 1L, 3L, 2L, 0L),
                List.of(3L, 0L, 3L, 3L, 1L),
                List.of(1L, 1L, 0L, 0L, 0L));
        assertThat(asRegistrar(() -> report.countAssessors(token))).isEqualTo(4);
        assertThat(asRegistrar(() -> report.assessors(token, AssessorSort.MOST_RECUSALS, 0, 1)))
                .extracting(AssessorActivity::name).containsExactly(cai.fullName());
        assertThat(asRegistrar(() -> report.assessors(token, AssessorSort.NAME, 1, 2)))
                .extracting(AssessorActivity::name).containsExactly(ben.fullName(), cai.fullName());
    }

    @Test
    void only_the_registrar_and_admins_read_it() {
        TestAccounts.signInAs("an.admin@example.org", Role.ADMIN);
        assertThat(report.overview()).isNotNull();
        TestAccounts.signInAs("an.assessor@example.org", Role.MEMBER, Role.ASSESSOR);
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(report::overview);
        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> report.assessors("", AssessorSort.NAME, 0, 10));
    }

    /** Panels, open, scores submitted, on time, recusals. */
    private List<Long> record(AssessorActivity row) {
        return List.of(row.panels(), row.openPanels(), row.scoresSubmitted(), row.onTime(), row.recusals());
    }

    private void moveTo(Instant instant) {
        clock.advance(Duration.between(clock.instant(), instant));
    }

    private static <T> T asRegistrar(java.util.function.Supplier<T> read) {
        TestAccounts.asRegistrar();
        return read.get();
    }
}
