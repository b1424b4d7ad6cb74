package org.guildhall.membership.ui;

import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.ApplicationStatus;
import org.guildhall.membership.EligibilityAnswers;
import org.guildhall.membership.EmploymentSituation;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.StudyMode;
import org.guildhall.shell.AccessDeniedView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 3: the application form from the applicant's side, and the registrar's decision screen. */
@IntegrationTest
class ApplicationViewsTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;

    @Test
    void an_applicant_answers_picks_a_category_they_qualify_for_and_submits() {
        var applicant = accounts.register("Sofia Marchetti", TestAccounts.uniqueEmail("sofia"), TestAccounts.PASSWORD).orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        navigate(MyApplicationView.class);

        @SuppressWarnings("unchecked")
        Select<MembershipCategory> category = $(Select.class).id("category");
        assertThat(category.getListDataView().getItems()).isEmpty();
        test($(Checkbox.class).id("consulting")).click();
        assertThat(category.getListDataView().getItems()).containsExactly(MembershipCategory.ASSOCIATE);

        test(category).selectItem("Associate");
        test($(Button.class).id("submit-application")).click();

        assertThat($(Span.class).id("application-status-label").getText())
                .isEqualTo(ApplicationStatus.AWAITING_SPONSORS.description());
        assertThat($(Button.class).withId("submit-application").exists()).as("nothing left to submit").isFalse();
        assertThat(memberships.currentApplication().orElseThrow().category()).isEqualTo(MembershipCategory.ASSOCIATE);
    }

    @Test
    void the_eligibility_answers_carry_into_the_application_and_a_missing_category_is_shown_on_its_field() {
        var applicant = accounts.register("Lena Vogel", TestAccounts.uniqueEmail("lena"), TestAccounts.PASSWORD)
                .orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        navigate(EligibilityView.class);
        test($(Checkbox.class).id("consulting")).click();
        test($(Button.class).id("apply-with-answers")).click();

        assertThat(getCurrentView()).isInstanceOf(MyApplicationView.class);
        assertThat($(Checkbox.class).id("consulting").getValue()).as("not asked twice").isTrue();
        @SuppressWarnings("unchecked")
        Select<MembershipCategory> category = $(Select.class).id("category");
        assertThat(category.getListDataView().getItems()).containsExactly(MembershipCategory.ASSOCIATE);

        test($(Button.class).id("submit-application")).click();
        assertThat(category.isInvalid()).isTrue();
        assertThat(category.getErrorMessage()).isEqualTo("Choose the membership category you apply for.");
        assertThat($(Checkbox.class).id("consulting").getValue()).as("answers kept").isTrue();
    }

    @Test
    void the_registrar_approves_from_the_review_page_and_sees_the_decision_recorded() {
        long id = submittedApplication();
        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.asRegistrar();
        navigate(ApplicationReviewView.class, id);
        assertThat($(H2.class).id("review-title").getText()).contains("Customer Service Professional");

        test($(Button.class).id("approve")).click();
        test($(Button.class).id("confirm-approve")).click();

        assertThat(memberships.review(id).status()).isEqualTo(ApplicationStatus.APPROVED);
        assertThat($(Button.class).withId("approve").exists()).isFalse();
    }

    @Test
    void asking_for_more_information_needs_words_for_the_applicant() {
        long id = submittedApplication();
        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.asRegistrar();
        navigate(ApplicationReviewView.class, id);

        test($(Button.class).id("request-information")).click();
        test($(TextArea.class).id("decision-text")).setValue("  ");
        test($(Button.class).id("confirm-decision")).click();
        assertThat($(TextArea.class).id("decision-text").isInvalid()).isTrue();
        assertThat($(TextArea.class).id("decision-text").getErrorMessage())
                .isEqualTo("Say what the applicant should add or change.");
        assertThat($(TextArea.class).id("decision-text").getValue()).as("kept").isEqualTo("  ");
        assertThat(memberships.review(id).status()).isEqualTo(ApplicationStatus.SUBMITTED);

        test($(TextArea.class).id("decision-text")).setValue("Please upload your degree certificate.");
        test($(Button.class).id("confirm-decision")).click();
        assertThat(memberships.review(id).status()).isEqualTo(ApplicationStatus.MORE_INFORMATION_REQUESTED);
    }

    @Test
    void an_applicant_opening_someone_elses_application_by_id_is_refused() {
        long someoneElses = submittedApplication();
        var nosy = accounts.register("Nosy Parker", TestAccounts.uniqueEmail("nosy"), TestAccounts.PASSWORD).orElseThrow();
        TestAccounts.signInAs(nosy.email(), Role.APPLICANT);

        navigate("registrar/application/" + someoneElses, AccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }


    @Test
    void in_french_the_application_reads_in_french_and_a_missing_category_is_refused_in_french_on_its_field() {
        var applicant = accounts.register("Camille Bernard", TestAccounts.uniqueEmail("camille"), TestAccounts.PASSWORD)
                .orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(MyApplicationView.class);
        assertThat($(Checkbox.class).id("consulting").getLabel())
                .isEqualTo("Je travaille dans le conseil, le juridique, l’administration ou la banque");
        assertThat($(Span.class).id("outcome-associate").getText()).isEqualTo("Non admissible");
        test($(Checkbox.class).id("consulting")).click();
        assertThat($(Span.class).id("outcome-associate").getText()).isEqualTo("Vous y avez droit");

        test($(Button.class).id("submit-application")).click();

        @SuppressWarnings("unchecked")
        Select<MembershipCategory> category = $(Select.class).id("category");
        assertThat(category.isInvalid()).isTrue();
        assertThat(category.getErrorMessage()).isEqualTo("Choisissez la catégorie d’adhésion que vous demandez.");
        assertThat($(Checkbox.class).id("consulting").getValue()).as("answers kept").isTrue();
        assertThat($(Span.class).id("application-status-label").getText())
                .isEqualTo("Brouillon : pas encore déposée");
    }

    private long submittedApplication() {
        var applicant = accounts.register("Liam O'Connor", TestAccounts.uniqueEmail("liam"), TestAccounts.PASSWORD).orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        memberships.saveDraft(new EligibilityAnswers(StudyMode.NOT_STUDYING, false, true, false, false, false, false,
                false, Set.of(EmploymentSituation.CLIENT_SERVICE_PROFESSIONAL)),
                MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL);
        return memberships.submit().id();
    }
}
