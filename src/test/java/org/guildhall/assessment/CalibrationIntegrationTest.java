package org.guildhall.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.guildhall.TestAccounts.signInAs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.StatementCounter;
import org.guildhall.TestAccounts;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.settings.Settings;
import org.guildhall.settings.TestSettings;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20's calibration on MariaDB: a benchmark marked with agreed scores, assessors scoring it blind once per
 * period, their drift per domain, the registrar's view with the flagged assessor, and the second marker a flagged
 * assessor's panel needs before its decision (unless the setting is off).
 */
@IntegrationTest
class CalibrationIntegrationTest {

    private static final List<String> DOMAINS = List.of("LEADERSHIP", "PEOPLE", "CUSTOMERS", "OPERATIONS");

    @Autowired CalibrationService calibration;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired SecondMarkingService secondMarking;
    @Autowired PanelService panels;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService panelChair;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired AccountProvisioning provisioning;
    @Autowired Settings settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    private AccountSummary registrar;
    private AccountSummary steady;
    private AccountSummary lenient;
    private long benchmarkId;

    @BeforeEach
    void aBenchmarkScoredByTwoAssessors() {
        registrar = TestAccounts.account(provisioning, "Cal Registrar", Role.REGISTRAR);
        steady = qualifiedAssessor("Sam Steady");
        lenient = qualifiedAssessor("Len Lenient");
        long portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents)
                .submittedBy(TestAccounts.account(provisioning, "Bea Benchmark", Role.MEMBER));
        signInAs(registrar);
        benchmarkId = calibration.markBenchmark(new BenchmarkData("Contact centre turnaround", portfolioId,
                Map.of("LEADERSHIP", new BigDecimal("2.5"), "PEOPLE", new BigDecimal("2.5"),
                        "CUSTOMERS", new BigDecimal("2.5"), "OPERATIONS", new BigDecimal("2.5"))));
        score(steady, 3, 2, 3, 2);
        score(lenient, 4, 4, 4, 3);
    }

    @AfterEach
    void settingBack() {
        TestSettings.restore(jdbc, settings, AssessmentSettings.SECOND_MARKING);
    }

    @Test
    void each_assessor_sees_their_drift_and_scores_each_benchmark_once_a_period() {
        signInAs(steady);
        var mine = calibration.myDrift();
        assertThat(mine.domains()).extracting(DomainDrift::meanSigned).containsExactly(0.5, -0.5, 0.5, -0.5);
        assertThat(mine.domains()).extracting(DomainDrift::meanAbsolute).containsOnly(0.5);
        assertThat(mine.flagged()).isFalse();
        assertThat(calibration.toScore()).noneMatch(b -> b.id() == benchmarkId);
        assertThatExceptionOfType(AssessmentRefusedException.class)
                .isThrownBy(() -> calibration.score(benchmarkId, scores(3, 3, 3, 3)))
                .withMessageContaining("in the current calibration period");

        clock.advance(Duration.ofDays(366));
        assertThat(calibration.toScore()).as("a new period").anyMatch(b -> b.id() == benchmarkId);
        assertThat(calibration.myDrift().benchmarksScored()).isZero();
    }

    @Test
    void the_registrar_sees_everyones_drift_with_the_lenient_assessor_flagged() {
        signInAs(registrar);
        var everyone = calibration.everyonesDrift();
        assertThat(everyone).filteredOn(d -> d.assessorAccountId() == lenient.id()).singleElement()
                .satisfies(drift -> {
                    assertThat(drift.flagged()).isTrue();
                    assertThat(drift.domains()).extracting(DomainDrift::meanSigned)
                            .containsExactly(1.5, 1.5, 1.5, 0.5);
                });
        assertThat(everyone).filteredOn(d -> d.assessorAccountId() == steady.id()).singleElement()
                .extracting(DriftSummary::flagged).isEqualTo(false);
    }

    @Test
    void a_flagged_assessors_panel_needs_a_confirmed_second_marker_before_the_decision() {
        var chair = qualifiedAssessor("Cho Chair");
        long panelId = scoredPanel(chair, lenient, steady);
        var marker = qualifiedAssessor("Mia Marker");

        signInAs(chair);
        assertThatExceptionOfType(AssessmentRefusedException.class)
                .isThrownBy(() -> award(panelId))
                .withMessageContaining("A second marker must confirm the score of Len Lenient");

        signInAs(registrar);
        assertThat(secondMarking.onPanel(panelId)).singleElement()
                .extracting(SecondMarkingSummary::flaggedAssessorName).isEqualTo("Len Lenient");
        assertThatExceptionOfType(AssessmentRefusedException.class)
                .as("a marker on the panel").isThrownBy(() -> secondMarking.assign(panelId, lenient.id(), steady.id()));
        secondMarking.assign(panelId, lenient.id(), marker.id());

        signInAs(marker);
        assertThat(secondMarking.mine()).extracting(SecondMarkingSummary::panelId).containsExactly(panelId);
        secondMarking.confirm(panelId, lenient.id(), "Checked against the evidence: generous on People, award holds.");

        signInAs(chair);
        award(panelId);
        signInAs(registrar);
        assertThat(reviews.history(panelId)).extracting(AuditEntrySummary::action)
                .contains("Second marker assigned", "Second marking confirmed", "Decision: Awarded");
    }

    @Test
    void with_second_marking_off_a_flagged_assessors_panel_decides_at_once() {
        TestSettings.override(jdbc, settings, AssessmentSettings.SECOND_MARKING, 0);
        var chair = qualifiedAssessor("Dot Chair");
        long panelId = scoredPanel(chair, lenient, steady);

        signInAs(chair);
        award(panelId);
        assertThat(reviews.panel(panelId).status()).isEqualTo(PanelStatus.DECIDED);
    }

    /**
     * Issue 15: the registrar's benchmark list reads every benchmark's portfolio in one query, and the marker picker
     * asks who is flagged for all the assessors it offers at once: the same statements at 1 and at 50 benchmarks,
     * and at 2 and at 20 assessors offered.
     */
    @Test
    void the_benchmark_list_and_the_marker_picker_cost_the_same_statements_whatever_their_length() {
        var chair = qualifiedAssessor("Pia Picker");
        long panelId = scoredPanel(chair, lenient, steady);
        signInAs(registrar);
        var fewBenchmarks = StatementCounter.count(() -> calibration.benchmarks());
        String marker = TestAccounts.uniqueSurname("Markwell");
        score(qualifiedAssessor("Una " + marker), 4, 4, 4, 4);
        signInAs(registrar);
        var fewMarkers = StatementCounter.count(() -> secondMarking.markerOptions(panelId, marker));

        for (int i = 0; i < 49; i++) {
            long portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents)
                    .submittedBy(TestAccounts.account(provisioning, "Ben Benchmark", Role.MEMBER));
            signInAs(registrar);
            calibration.markBenchmark(new BenchmarkData("Benchmark " + i, portfolioId, Map.of("LEADERSHIP",
                    BigDecimal.TWO, "PEOPLE", BigDecimal.TWO, "CUSTOMERS", BigDecimal.TWO, "OPERATIONS",
                    BigDecimal.TWO)));
        }
        for (int i = 0; i < 19; i++) {
            score(qualifiedAssessor("Una " + marker + " " + (char) ('a' + i)), 4, 4, 4, 4);
        }
        signInAs(registrar);
        var manyBenchmarks = StatementCounter.count(() -> calibration.benchmarks());
        var manyMarkers = StatementCounter.count(() -> secondMarking.markerOptions(panelId, marker));

        assertThat(manyBenchmarks.result()).hasSizeGreaterThanOrEqualTo(50);
        assertThat(manyMarkers.result()).hasSize(20);
        assertThat(manyBenchmarks.statements().total()).as(manyBenchmarks.statements().toString())
                .isEqualTo(fewBenchmarks.statements().total());
        // A full picker (20) also counts the matching assessors (the search is a Spring Data page); nothing per row.
        assertThat(manyMarkers.statements().total()).as(manyMarkers.statements().shapes().toString())
                .isEqualTo(fewMarkers.statements().total() + 1);
    }

    private void score(AccountSummary assessor, int... points) {
        signInAs(assessor);
        calibration.score(benchmarkId, scores(points));
    }

    static BenchmarkScoreData scores(int... points) {
        var scores = new HashMap<String, Integer>();
        for (int i = 0; i < DOMAINS.size(); i++) {
            scores.put(DOMAINS.get(i), points[i]);
        }
        return new BenchmarkScoreData(scores);
    }

    private long scoredPanel(AccountSummary chair, AccountSummary second, AccountSummary third) {
        long portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents)
                .submittedBy(TestAccounts.account(provisioning, "Cy Candidate", Role.MEMBER));
        signInAs(registrar);
        long panelId = panels.form(portfolioId, List.of(chair.id(), second.id(), third.id()), chair.id(),
                LocalDate.now(clock).plusDays(21), Map.of());
        for (var assessor : List.of(chair, second, third)) {
            signInAs(assessor);
            Map<Long, Integer> points = new HashMap<>();
            Map<String, String> comments = new HashMap<>();
            reviews.rubric().domains().forEach(domain -> {
                domain.criteria().forEach(c -> points.put(c.id(), 3));
                comments.put(domain.code(), "Sound evidence.");
            });
            reviews.submit(panelId, ScoreSheet.blank().with(new ScoreData(points, comments, Recommendation.AWARD)));
        }
        return panelId;
    }

    private void award(long panelId) {
        panelChair.decide(panelId, reviews.panel(panelId).version(), new DecisionData(PanelOutcome.AWARD,
                "Strong evidence.", "Congratulations.", DomainVerdict.allMet(reviews.rubric())));
    }

    private AccountSummary qualifiedAssessor(String name) {
        var assessor = TestAccounts.account(provisioning, name, Role.MEMBER, Role.ASSESSOR);
        QualifiedAssessors.qualify(qualifications, SubmittedPortfolios.DESIGNATION, assessor);
        return assessor;
    }
}
