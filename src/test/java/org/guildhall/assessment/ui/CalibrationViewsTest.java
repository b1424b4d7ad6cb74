package org.guildhall.assessment.ui;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import com.vaadin.browserless.ComponentTester;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.AgreedBenchmarkSummary;
import org.guildhall.assessment.AssessedPortfolioSummary;
import org.guildhall.assessment.BenchmarkData;
import org.guildhall.assessment.BenchmarkScoreData;
import org.guildhall.assessment.BenchmarkSummary;
import org.guildhall.assessment.CalibrationService;
import org.guildhall.assessment.DriftSummary;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelFixtures;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.SecondMarkingService;
import org.guildhall.assessment.SecondMarkingSummary;
import org.guildhall.assessment.SubmittedPortfolios;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20's calibration screens: the registrar marks a benchmark (each problem on its field, values kept) and
 * reads every assessor's drift, flagged first; an assessor scores a benchmark blind (never an agreed score on their
 * screens) and reads their own drift, in French too; a flagged assessor's panel asks for a second marker, whom the
 * registrar picks among options that say why some are excluded, and who confirms the score from their queue.
 */
@IntegrationTest
class CalibrationViewsTest extends SpringBrowserlessTest {

    private static final List<String> DOMAINS = List.of("LEADERSHIP", "PEOPLE", "CUSTOMERS", "OPERATIONS");

    @Autowired AccountProvisioning provisioning;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired PanelService panels;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService chairs;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired CalibrationService calibration;
    @Autowired SecondMarkingService secondMarking;
    @Autowired Clock clock;

    private AccountSummary registrar;
    private PanelFixtures fixtures;

    @BeforeEach
    void aRegistrar() {
        registrar = TestAccounts.account(provisioning, "Cora Calibrator", Role.REGISTRAR);
        fixtures = new PanelFixtures(portfolios, lifecycle, documents, panels, reviews, chairs, provisioning,
                qualifications);
    }

    @Test
    @SuppressWarnings("unchecked")
    void marking_a_benchmark_shows_each_problem_on_its_field_keeps_the_values_then_lists_it() {
        var candidate = TestAccounts.account(provisioning, "Berit Judged", Role.MEMBER);
        long portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents).submittedBy(candidate);
        var seats = List.of(fixtures.assessor("Ada One"), fixtures.assessor("Ben Two"), fixtures.assessor("Cy Three"));
        TestAccounts.signInAs(registrar);
        panels.form(portfolioId, seats.stream().map(AccountSummary::id).toList(), seats.getFirst().id(),
                LocalDate.now(clock).plusDays(21), Map.of());
        navigate(CalibrationView.class);

        assertThat($(H2.class).first().getText()).as("the page says what it is").isEqualTo("Calibration benchmarks");
        ComboBox<AssessedPortfolioSummary> portfolio = $(ComboBox.class).id("benchmark-portfolio");
        test(portfolio).selectItem("Berit Judged (CCSM)");
        typeAgreed("LEADERSHIP", "5");
        typeAgreed("PEOPLE", "2.5");
        test($(Button.class).id("benchmark-submit")).click();

        var title = $(TextField.class).id("benchmark-title");
        assertThat(title.isInvalid()).isTrue();
        assertThat(title.getErrorMessage()).isEqualTo("Give the benchmark a title of at most 200 characters.");
        var leadership = agreedField("LEADERSHIP");
        assertThat(leadership.isInvalid()).isTrue();
        assertThat(leadership.getErrorMessage())
                .isEqualTo("Leadership: enter the agreed score, from 0 to 4 with two decimals at most.");
        assertThat(agreedField("CUSTOMERS").getErrorMessage()).startsWith("Customers: enter the agreed score");
        assertThat(agreedField("PEOPLE").isInvalid()).as("a good score is not marked").isFalse();
        assertThat(agreedField("PEOPLE").getValue()).as("what was typed stays").isEqualByComparingTo("2.5");
        assertThat(portfolio.getValue().portfolioId()).isEqualTo(portfolioId);

        test(title).setValue("Berit’s contact centre turnaround");
        typeAgreed("LEADERSHIP", "3.25");
        typeAgreed("CUSTOMERS", "2");
        typeAgreed("OPERATIONS", "1.5");
        test($(Button.class).id("benchmark-submit")).click();

        Grid<AgreedBenchmarkSummary> grid = $(Grid.class).id("benchmarks");
        int row = rowOf(grid, b -> b.portfolioId() == portfolioId);
        assertThat(IntStream.range(0, 7).mapToObj(column -> test(grid).getCellText(row, column)).toList())
                .containsExactly("Berit’s contact centre turnaround", "Berit Judged (CCSM)", "3.25", "2.50", "2.00",
                        "1.50", "0");
        assertThat(title.getValue()).as("the form is cleared for the next one").isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_assessor_scores_a_benchmark_blind_from_its_documents_then_sees_their_drift_and_flag() {
        long benchmarkId = benchmark("Blind turnaround", "Bo Blind");
        var assessor = fixtures.assessor("Lena Lenient");
        TestAccounts.signInAs(assessor);
        navigate(MyCalibrationView.class);

        Grid<BenchmarkSummary> toScore = $(Grid.class).id("benchmarks-to-score");
        int row = rowOf(toScore, b -> b.id() == benchmarkId);
        assertThat(toScore.getColumns()).as("blind: no column for an agreed score").hasSize(2);
        assertThat(List.of(test(toScore).getCellText(row, 0), test(toScore).getCellText(row, 1)))
                .containsExactly("Blind turnaround", "Bo Blind");
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .contains("You have not scored a benchmark this period yet.");

        test(toScore).clickRow(row);
        var page = $(BenchmarkScoreView.class).single().getElement().getTextRecursively();
        assertThat(page).contains("Routing redesign", "csat-report.pdf", "reference-grace.pdf")
                .as("blind: the agreed 2.50 appears nowhere").doesNotContain("2.5", "2,5");
        test($(RadioButtonGroup.class).id(BenchmarkScoreData.scoreField("LEADERSHIP"))).selectItem("4");
        test($(Button.class).id("benchmark-score-submit")).click();

        RadioButtonGroup<Integer> people = $(RadioButtonGroup.class).id(BenchmarkScoreData.scoreField("PEOPLE"));
        assertThat(people.isInvalid()).isTrue();
        assertThat(people.getErrorMessage()).isEqualTo("People: choose a score from 0 to 4.");
        assertThat($(RadioButtonGroup.class).id(BenchmarkScoreData.scoreField("LEADERSHIP")).getValue())
                .as("the score given stays").isEqualTo(4);

        for (var domain : List.of("PEOPLE", "CUSTOMERS", "OPERATIONS")) {
            test($(RadioButtonGroup.class).id(BenchmarkScoreData.scoreField(domain))).selectItem("4");
        }
        test($(Button.class).id("benchmark-score-submit")).click();

        assertThat($(Paragraph.class).id("my-drift-standing").getText()).startsWith("You are flagged: over 1 benchmark");
        assertThat($(Div.class).id("drift-LEADERSHIP").getElement().getTextRecursively()).contains(
                "1.50 points off on average, +1.50 signed (more lenient than agreed), over 1 benchmark.",
                "Beyond the threshold.");
        assertThat(calibration.toScore()).as("scored once a period").noneMatch(b -> b.id() == benchmarkId);
    }

    @Test
    void in_french_the_assessor_reads_their_drift_and_what_the_flag_means() {
        long benchmarkId = benchmark("Référence sévère", "Sven Severe");
        var assessor = fixtures.assessor("Sévère Évaluateur");
        TestAccounts.signInAs(assessor);
        calibration.score(benchmarkId, scores(1, 2, 2, 2));
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(MyCalibrationView.class);

        assertThat($(H2.class).first().getText()).isEqualTo("Étalonnage");
        assertThat($(Paragraph.class).id("my-drift-standing").getText())
                .startsWith("Vous êtes signalé : sur 1 portfolio de référence");
        assertThat($(Div.class).id("drift-LEADERSHIP").getElement().getTextRecursively())
                .contains("1,50 point(s) d’écart en moyenne, -1,50 signé (plus sévère que la note convenue)");
        assertThat($(Div.class).id("drift-PEOPLE").getElement().getTextRecursively())
                .contains("0,50 point(s) d’écart en moyenne").doesNotContain("Au-delà du seuil");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_registrar_sees_every_assessors_drift_flagged_first_with_a_detail_per_assessor() {
        long benchmarkId = benchmark("Drift reference", "Dee Drift");
        var lenient = fixtures.assessor("Len Generous");
        var steady = fixtures.assessor("Stella Steady");
        TestAccounts.signInAs(lenient);
        calibration.score(benchmarkId, scores(4, 4, 4, 3));
        TestAccounts.signInAs(steady);
        calibration.score(benchmarkId, scores(3, 2, 3, 2));
        TestAccounts.signInAs(registrar);
        navigate(DriftView.class);

        assertThat($(H2.class).first().getText()).as("the page says what it is").isEqualTo("Assessor drift");
        Grid<DriftSummary> grid = $(Grid.class).id("drift-grid");
        var rows = IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i)).toList();
        assertThat(rows).as("flagged first").isSortedAccordingTo((a, b) -> Boolean.compare(b.flagged(), a.flagged()));
        int lenientRow = rowOf(grid, d -> d.assessorAccountId() == lenient.id());
        int steadyRow = rowOf(grid, d -> d.assessorAccountId() == steady.id());
        assertThat(List.of(test(grid).getCellText(lenientRow, 0), test(grid).getCellText(lenientRow, 1),
                test(grid).getCellText(lenientRow, 2), test(grid).getCellText(lenientRow, 3),
                test(grid).getCellText(lenientRow, 6)))
                .containsExactly("Len Generous", "Flagged", "1", "+1.50 / 1.50", "+0.50 / 0.50");
        assertThat(test(grid).getCellText(steadyRow, 1)).isEqualTo("Within the threshold");
        assertThat(test(grid).getCellText(steadyRow, 4)).isEqualTo("-0.50 / 0.50");

        test(grid).select(lenientRow);
        var detail = $(Div.class).id("drift-detail").getElement().getTextRecursively();
        assertThat(detail).contains("Len Generous", "Flagged: over 1 benchmark",
                "need a second marker before their decision is final",
                "1.50 points off on average, +1.50 signed (more lenient than agreed), over 1 benchmark.");
        assertThat($(Div.class).id("drift-PEOPLE").getChildren().skip(1).findFirst().orElseThrow().getElement()
                .getAttribute("aria-label")).as("the bar's text alternative")
                .startsWith("1.50 points off on average");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_flagged_assessors_panel_waits_for_a_second_marker_the_registrar_picks_and_who_confirms_from_their_queue() {
        long benchmarkId = benchmark("Second marking reference", "Sam Benchmarked");
        var chair = fixtures.assessor("Chiara Chair");
        var flagged = fixtures.assessor("Fenwick Flagged");
        var third = fixtures.assessor("Thea Third");
        var marker = fixtures.assessor("Magnus Marker");
        TestAccounts.signInAs(flagged);
        calibration.score(benchmarkId, scores(4, 4, 4, 4));
        long panelId = fixtures.panel(List.of(chair, flagged, third), LocalDate.now(clock).plusDays(21));
        for (var seat : List.of(chair, flagged, third)) {
            fixtures.score(panelId, seat);
        }

        TestAccounts.signInAs(chair);
        navigate(PanelView.class, panelId);
        assertThat($(Paragraph.class).id("second-marking-" + flagged.id()).getText())
                .startsWith("Fenwick Flagged’s calibration drift is beyond the threshold");
        test($(TabSheet.class).id("panel-tabs")).select("Moderation and decision");
        test($(RadioButtonGroup.class).id("decision-outcome")).selectItem("Award the designation");
        test($(TextArea.class).id("decision-rationale")).setValue("Consistent evidence in all four domains.");
        test($(Button.class).id("record-decision")).click();
        test($(Button.class).id("confirm-decision")).click();
        assertThat($(Notification.class).last().getElement().getProperty("text"))
                .isEqualTo("A second marker must confirm the score of Fenwick Flagged before the decision: their "
                        + "calibration drift is beyond the threshold.");
        assertThat($(TextArea.class).id("decision-rationale").getValue()).as("what was typed stays")
                .isEqualTo("Consistent evidence in all four domains.");

        TestAccounts.signInAs(registrar);
        navigate(PanelView.class, panelId);
        ComboBox<?> pick = $(ComboBox.class).id("second-marker-" + flagged.id());
        test(pick).setFilter("Thea Third");
        assertThat(test(pick).getSuggestions()).as("an option excluded says why")
                .contains("Not eligible: Thea Third sits on this panel and cannot second-mark it.");
        test($(Button.class).id("assign-second-marker-" + flagged.id())).click();
        assertThat(pick.getErrorMessage()).isEqualTo("Choose a second marker.");
        test(pick).setFilter("Magnus Marker");
        test(pick).selectItem("Magnus Marker");
        test($(Button.class).id("assign-second-marker-" + flagged.id())).click();
        assertThat($(Paragraph.class).id("second-marking-" + flagged.id()).getText())
                .isEqualTo("Fenwick Flagged’s score awaits confirmation by the second marker, Magnus Marker.");

        TestAccounts.signInAs(marker);
        navigate(ReviewQueueView.class);
        var requests = $(Div.class).id("second-marking-requests").getElement().getTextRecursively();
        assertThat(requests).contains("Confirm Fenwick Flagged’s score for Kofi Candidate",
                "Fenwick Flagged — recommends Award", "Leadership: 3 · 3 · 3");
        test($(Button.class).id("confirm-second-marking-" + panelId)).click();
        test($(Button.class).id("dialog-confirm")).click();
        assertThat($(TextArea.class).id("dialog-text").getErrorMessage()).isEqualTo("Give a reason.");
        test($(TextArea.class).id("dialog-text")).setValue("Checked against the evidence: the award holds.");
        test($(Button.class).id("dialog-confirm")).click();

        assertThat($(Div.class).id("second-marking-requests").getChildren()).isEmpty();
        TestAccounts.signInAs(registrar);
        assertThat(secondMarking.onPanel(panelId)).singleElement().extracting(SecondMarkingSummary::confirmed)
                .isEqualTo(true);
    }

    private long benchmark(String title, String candidateName) {
        var candidate = TestAccounts.account(provisioning, candidateName, Role.MEMBER);
        long portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents).submittedBy(candidate);
        TestAccounts.signInAs(registrar);
        var agreed = new java.util.HashMap<String, BigDecimal>();
        DOMAINS.forEach(domain -> agreed.put(domain, new BigDecimal("2.50")));
        return calibration.markBenchmark(new BenchmarkData(title, portfolioId, agreed));
    }

    private static BenchmarkScoreData scores(int... points) {
        var scores = new java.util.HashMap<String, Integer>();
        IntStream.range(0, DOMAINS.size()).forEach(i -> scores.put(DOMAINS.get(i), points[i]));
        return new BenchmarkScoreData(scores);
    }

    private BigDecimalField agreedField(String domain) {
        return $(BigDecimalField.class).id(BenchmarkData.agreedField(domain));
    }

    private void typeAgreed(String domain, String value) {
        new TypedDecimal(agreedField(domain)).type(new BigDecimal(value));
    }

    private <T> int rowOf(Grid<T> grid, java.util.function.Predicate<T> which) {
        return IntStream.range(0, test(grid).size()).filter(i -> which.test(test(grid).getRow(i))).findFirst()
                .orElseThrow();
    }

    /** A decimal typed by the user (the browserless library has no tester for this field). */
    private static final class TypedDecimal extends ComponentTester<BigDecimalField> {

        TypedDecimal(BigDecimalField field) {
            super(field);
        }

        void type(BigDecimal value) {
            setValueAsUser(value);
        }
    }
}
