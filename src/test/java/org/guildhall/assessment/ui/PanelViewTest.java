package org.guildhall.assessment.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.AssessorOption;
import org.guildhall.assessment.ConflictData;
import org.guildhall.assessment.ConflictOverridesData;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.QualifiedAssessors;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.ScoreData;
import org.guildhall.assessment.ScoreSheet;
import org.guildhall.assessment.SubmittedPortfolios;
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
 * Issue 20's missing view tests, with issue 14 (two languages) and issue 13 (one form way): a panel as its chair
 * sees it, the score form refusing an incomplete score on each part concerned, and the decision section's form
 * showing its problems on their fields while keeping what was typed, then recording the decision.
 */
@IntegrationTest
class PanelViewTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning provisioning;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired PanelService panels;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired ReviewService reviews;
    @Autowired Clock clock;

    private AccountSummary chair;
    private List<AccountSummary> others;
    private AccountSummary registrar;
    private long panelId;

    @BeforeEach
    void aPanelOfThree() {
        var candidate = TestAccounts.account(provisioning, "Amara Okafor", Role.MEMBER);
        long portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents).submittedBy(candidate);
        chair = TestAccounts.account(provisioning, "Hannah Chair", Role.MEMBER, Role.ASSESSOR);
        others = List.of(TestAccounts.account(provisioning, "Ivo Second", Role.MEMBER, Role.ASSESSOR),
                TestAccounts.account(provisioning, "Jun Third", Role.MEMBER, Role.ASSESSOR));
        registrar = TestAccounts.account(provisioning, "Rita Registrar", Role.REGISTRAR);
        TestAccounts.signInAs(registrar);
        QualifiedAssessors.qualify(qualifications, SubmittedPortfolios.DESIGNATION, chair, others.get(0), others.get(1));
        panelId = panels.form(portfolioId, List.of(chair.id(), others.get(0).id(), others.get(1).id()), chair.id(),
                LocalDate.now(clock).plusDays(21), Map.of());
    }

    @Test
    void the_panel_shows_its_members_and_an_incomplete_score_is_refused_on_every_part_concerned_at_once() {
        TestAccounts.signInAs(chair);
        navigate(PanelView.class, panelId);

        assertThat($(H2.class).id("panel-title").getText()).contains("Amara Okafor");
        assertThat($(Div.class).id("panel-members").getElement().getTextRecursively())
                .contains("Hannah Chair", "Chair", "Ivo Second", "Jun Third", "Scoring");
        test($(TabSheet.class).id("panel-tabs")).select("My score");
        var leadershipComment = $(TextArea.class).id(ScoreSheet.commentField("LEADERSHIP"));
        test(leadershipComment).setValue("Clear vision, well evidenced.");

        test($(Button.class).id("submit-score")).click();

        var firstLeadershipCriterion = reviews.rubric().domains().getFirst().criteria().getFirst();
        RadioButtonGroup<?> criterion = $(RadioButtonGroup.class)
                .id(ScoreSheet.criterionField(firstLeadershipCriterion.id()));
        assertThat(criterion.isInvalid()).isTrue();
        assertThat(criterion.getErrorMessage()).isEqualTo("Leadership: score 3 more criteria.");
        assertThat($(TextArea.class).id(ScoreSheet.commentField("OPERATIONS")).getErrorMessage())
                .isEqualTo("Operations: write a comment.");
        assertThat($(RadioButtonGroup.class).id(ScoreSheet.RECOMMENDATION_FIELD).getErrorMessage())
                .isEqualTo("Choose an overall recommendation.");
        assertThat(leadershipComment.isInvalid()).as("a part already done is not marked").isFalse();
        assertThat(leadershipComment.getValue()).as("what was typed stays").isEqualTo("Clear vision, well evidenced.");

        test($(TextArea.class).id(ScoreSheet.commentField("OPERATIONS"))).setValue("Sound routing.");
        assertThat($(TextArea.class).id(ScoreSheet.commentField("OPERATIONS")).isInvalid())
                .as("an answered part is no longer marked").isFalse();
        assertThat($(RadioButtonGroup.class).id(ScoreSheet.RECOMMENDATION_FIELD).isInvalid())
                .as("saving the draft leaves the other marks").isTrue();
        assertThat(reviews.myScore(panelId).comments())
                .as("each answer is kept as a draft at once")
                .containsEntry("LEADERSHIP", "Clear vision, well evidenced.")
                .containsEntry("OPERATIONS", "Sound routing.");
    }

    @Test
    void in_french_the_workspace_and_its_refusals_are_in_french() {
        TestAccounts.signInAs(chair);
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(PanelView.class, panelId);

        assertThat($(Span.class).id("panel-status").getText()).isEqualTo("Notation en cours");
        test($(TabSheet.class).id("panel-tabs")).select("Ma note");
        test($(Button.class).id("submit-score")).click();

        assertThat($(TextArea.class).id(ScoreSheet.commentField("PEOPLE")).getErrorMessage())
                .isEqualTo("Personnes : écrivez un commentaire.");
        assertThat($(RadioButtonGroup.class).id(ScoreSheet.RECOMMENDATION_FIELD).getErrorMessage())
                .isEqualTo("Choisissez une recommandation globale.");
    }

    @Test
    void the_decision_form_shows_each_problem_on_its_field_keeps_what_was_typed_then_records_the_decision() {
        everyoneScores();
        TestAccounts.signInAs(chair);
        navigate(PanelView.class, panelId);
        test($(TabSheet.class).id("panel-tabs")).select("Moderation and decision");
        assertThat($(Grid.class).id("moderation").getElement().getTextRecursively()).isNotNull();

        test($(Button.class).id("record-decision")).click();
        RadioButtonGroup<?> outcome = $(RadioButtonGroup.class).id("decision-outcome");
        assertThat(outcome.isInvalid()).isTrue();
        assertThat(outcome.getErrorMessage()).isEqualTo("Choose the decision.");

        test($(RadioButtonGroup.class).id("decision-outcome")).selectItem("Award the designation");
        test($(RadioButtonGroup.class).id("domain-result-OPERATIONS")).selectItem("Not yet met");
        test($(TextArea.class).id("decision-message")).setValue("Your routing redesign impressed the panel.");
        test($(Button.class).id("record-decision")).click();
        test($(Button.class).id("confirm-decision")).click();

        var rationale = $(TextArea.class).id("decision-rationale");
        assertThat(rationale.isInvalid()).isTrue();
        assertThat(rationale.getErrorMessage()).isEqualTo("Write the panel’s rationale.");
        var domains = $(DomainVerdictsField.class).id("decision-domains");
        assertThat(domains.getErrorMessage()).as("issue 20: an award needs every domain met")
                .isEqualTo("Operations is not yet met: an award needs every domain met.");
        test($(RadioButtonGroup.class).id("domain-result-OPERATIONS")).selectItem("Met");
        test($(TextArea.class).id("domain-feedback-PEOPLE")).setValue("Strong coaching record.");
        assertThat($(TextArea.class).id("decision-message").getValue())
                .isEqualTo("Your routing redesign impressed the panel.");
        assertThat($(Span.class).id("panel-status").getText()).isEqualTo("Scoring");

        test(rationale).setValue("Consistent evidence in all four domains.");
        test($(Button.class).id("record-decision")).click();
        test($(Button.class).id("confirm-decision")).click();

        assertThat($(Span.class).id("panel-status").getText()).isEqualTo("Decided");
        test($(TabSheet.class).id("panel-tabs")).select("Moderation and decision");
        assertThat($(UnorderedList.class).id("decided-domains").getElement().getTextRecursively())
                .contains("Leadership: Met", "People: Met — Strong coaching record.", "Operations: Met");
    }

    @Test
    void recusing_needs_a_reason_shown_on_the_field() {
        TestAccounts.signInAs(others.getFirst());
        navigate(PanelView.class, panelId);

        test($(Button.class).id("recuse")).click();
        test($(Button.class).id("dialog-confirm")).click();

        var reason = $(TextArea.class).id("dialog-text");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Give a reason.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void forming_a_panel_asks_a_conflicted_assessor_s_reason_on_their_field_and_keeps_the_choices() {
        var candidate = TestAccounts.account(provisioning, "Bea Candidate", Role.MEMBER);
        long portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents).submittedBy(candidate);
        var declarer = TestAccounts.account(provisioning, "Dana Declarer", Role.MEMBER, Role.ASSESSOR);
        QualifiedAssessors.qualify(qualifications, SubmittedPortfolios.DESIGNATION, declarer);
        TestAccounts.signInAs(declarer);
        panels.declareConflict(new ConflictData(candidate.email(), "We worked together until 2024."));
        TestAccounts.signInAs(registrar);
        navigate(FormPanelView.class, portfolioId);

        Grid<AssessorOption> grid = $(Grid.class).id("assessor-options");
        var proposed = List.copyOf(grid.getSelectedItems());
        var conflicted = grid.getListDataView().getItems()
                .filter(option -> option.accountId() == declarer.id()).findFirst().orElseThrow();
        grid.asMultiSelect().deselect(proposed.getLast());
        grid.asMultiSelect().select(conflicted);
        var chosenChair = $(Select.class).id("panel-chair").getValue();
        test($(Button.class).id("form-panel-submit")).click();

        var reason = $(TextField.class).id(ConflictOverridesData.reasonField(declarer.id()));
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).startsWith("Dana Declarer has a conflict").contains("Record a reason");
        assertThat(grid.getSelectedItems()).as("the choices stay").contains(conflicted);
        assertThat($(Select.class).id("panel-chair").getValue()).isEqualTo(chosenChair);

        test(reason).setValue("Different division; no shared projects.");
        assertThat(reason.isInvalid()).isFalse();
        test($(Button.class).id("form-panel-submit")).click();

        assertThat($(H2.class).id("panel-title").getText()).contains("Bea Candidate");
    }

    private void everyoneScores() {
        for (var assessor : List.of(chair, others.get(0), others.get(1))) {
            TestAccounts.signInAs(assessor);
            Map<Long, Integer> points = new HashMap<>();
            Map<String, String> comments = new HashMap<>();
            reviews.rubric().domains().forEach(domain -> {
                domain.criteria().forEach(criterion -> points.put(criterion.id(), 3));
                comments.put(domain.code(), "Well evidenced.");
            });
            reviews.submit(panelId, ScoreSheet.blank().with(new ScoreData(points, comments, Recommendation.AWARD)));
        }
    }
}
