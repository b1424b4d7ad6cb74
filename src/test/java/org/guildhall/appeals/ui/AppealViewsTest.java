package org.guildhall.appeals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.appeals.AppealData;
import org.guildhall.appeals.AppealDesk;
import org.guildhall.appeals.AppealOutcome;
import org.guildhall.appeals.AppealService;
import org.guildhall.appeals.AppealStatus;
import org.guildhall.appeals.AppealableDecision;
import org.guildhall.appeals.RejectedActivities;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.cpd.CpdReviewService;
import org.guildhall.cpd.CpdService;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 20's screens: the appeal form refusing on its fields while keeping what was typed (English and French),
 * then lodging; the registrar's appeal screen with the original file, the deciders not selectable, a refused
 * choice on its field, the panel formed; the chair's decision refused on its fields, then recorded.
 */
@IntegrationTest
class AppealViewsTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationAwards awards;
    @Autowired DocumentService documents;
    @Autowired CpdService cpd;
    @Autowired CpdReviewService review;
    @Autowired AppealService appeals;
    @Autowired AppealDesk desk;
    @Autowired Clock clock;

    private AccountSummary member;
    private AccountSummary reviewer;

    @BeforeEach
    void aRejectedActivity() {
        member = TestAccounts.account(provisioning, "Tess Member", Role.MEMBER);
        reviewer = TestAccounts.account(provisioning, "Uma Reviewer", Role.REGISTRAR, Role.ASSESSOR);
        new RejectedActivities(awards, documents, cpd, review, clock).rejected(member, reviewer);
    }

    @Test
    void the_appeal_form_shows_each_problem_on_its_field_keeps_what_was_typed_then_lodges() {
        TestAccounts.signInAs(member);
        navigate(MyAppealsView.class);

        assertThat($(H2.class).first().getText()).as("the page says what it is").isEqualTo("Appeals");
        Select<AppealableDecision> decision = $(Select.class).id("appeal-decision");
        var grounds = $(TextArea.class).id("appeal-grounds");
        test(grounds).setValue("   ");
        test($(Button.class).id("lodge-appeal")).click();

        assertThat(decision.isInvalid()).isTrue();
        assertThat(decision.getErrorMessage()).isEqualTo("Choose the decision you appeal.");
        assertThat(grounds.isInvalid()).isTrue();
        assertThat(grounds.getErrorMessage()).isEqualTo("Write your grounds: why the decision should be changed.");

        test(grounds).setValue("The webinar taught segmentation; the demo was ten minutes of two hours.");
        decision.setValue(decision.getListDataView().getItem(0));
        test($(Button.class).id("lodge-appeal")).click();

        assertThat($(UnorderedList.class).id("my-appeal-list").getElement().getTextRecursively())
                .contains("Rejection of the CPD activity \u201cVendor webinar\u201d")
                .contains("Waiting for an appeal panel");
        assertThat($(Paragraph.class).id("appeal-none-open").getText())
                .isEqualTo("No decision about you is open to appeal today.");
    }

    @Test
    void in_french_the_appeal_form_refuses_in_french_and_keeps_the_grounds() {
        TestAccounts.signInAs(member);
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(MyAppealsView.class);

        assertThat($(H2.class).first().getText()).isEqualTo("Recours");
        var grounds = $(TextArea.class).id("appeal-grounds");
        test(grounds).setValue("Le webinaire était pédagogique.");
        test($(Button.class).id("lodge-appeal")).click();

        Select<?> decision = $(Select.class).id("appeal-decision");
        assertThat(decision.getErrorMessage()).isEqualTo("Choisissez la décision que vous contestez.");
        assertThat(grounds.getValue()).isEqualTo("Le webinaire était pédagogique.");
    }

    @Test
    void the_registrar_sees_the_file_cannot_choose_the_decider_forms_the_panel_and_its_chair_decides() {
        TestAccounts.signInAs(member);
        var open = appeals.appealable().getFirst();
        long appealId = appeals.lodge(new AppealData(open, "The demo was ten minutes of two hours.", List.of()));
        var hearing = TestAccounts.account(provisioning, "Vic Hearing", Role.MEMBER, Role.ASSESSOR);
        var registrar = TestAccounts.account(provisioning, "Wren Registrar", Role.REGISTRAR);

        TestAccounts.signInAs(registrar);
        navigate(AppealView.class, appealId);
        assertThat($(UnorderedList.class).id("appeal-file").getElement().getTextRecursively())
                .contains("The registrar\u2019s reason: " + RejectedActivities.REASON);
        assertThat($(Paragraph.class).id("appeal-grounds-text").getText())
                .isEqualTo("The demo was ten minutes of two hours.");
        CheckboxGroup<Long> assessors = $(CheckboxGroup.class).id("appeal-panel-assessors");
        assertThat(assessors.getItemEnabledProvider().test(reviewer.id())).as("the decider").isFalse();
        assertThat(assessors.getItemLabelGenerator().apply(reviewer.id()))
                .isEqualTo("Uma Reviewer \u2014 took part in the decision appealed");
        assertThat(assessors.getItemEnabledProvider().test(hearing.id())).isTrue();

        test($(Button.class).id("form-appeal-panel")).click();
        assertThat(assessors.getErrorMessage()).isEqualTo("Choose at least one assessor for the appeal panel.");
        assertThat($(Select.class).id("appeal-panel-chair").getErrorMessage())
                .isEqualTo("Choose the chair from the appeal panel.");

        assessors.setValue(Set.of(hearing.id()));
        Select<Long> chair = $(Select.class).id("appeal-panel-chair");
        chair.setValue(hearing.id());
        test($(Button.class).id("form-appeal-panel")).click();
        assertThat($(Paragraph.class).id("appeal-panel").getText()).isEqualTo("Vic Hearing; chaired by Vic Hearing");

        TestAccounts.signInAs(hearing);
        navigate(AppealView.class, appealId);
        var reasons = $(TextArea.class).id("appeal-reasons");
        test(reasons).setValue("Mostly marketing; ");
        test($(Button.class).id("decide-appeal")).click();
        RadioButtonGroup<AppealOutcome> outcome = $(RadioButtonGroup.class).id("appeal-outcome");
        assertThat(outcome.getErrorMessage()).isEqualTo("Choose the outcome.");
        assertThat(reasons.getValue()).isEqualTo("Mostly marketing; ");

        outcome.setValue(AppealOutcome.DISMISSED);
        test(reasons).setValue("The recording shows a product demonstration throughout.");
        test($(Button.class).id("decide-appeal")).click();
        assertThat($(Paragraph.class).id("appeal-outcome-text").getText())
                .isEqualTo("Dismissed. The recording shows a product demonstration throughout.");
        TestAccounts.signInAs(member);
        assertThat(appeals.myAppeals().getFirst().status()).isEqualTo(AppealStatus.DECIDED);
    }
}
