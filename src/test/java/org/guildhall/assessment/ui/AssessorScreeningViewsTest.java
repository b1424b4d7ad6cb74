package org.guildhall.assessment.ui;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.ConflictData;
import org.guildhall.assessment.PanelService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 20's registrar screens: qualifying an assessor (a refusal on its field with the choices kept, then the
 * qualification listed with who recorded it), and the stand-alone conflict check, in English and French.
 */
@IntegrationTest
class AssessorScreeningViewsTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning provisioning;
    @Autowired PanelService panels;

    private AccountSummary registrar;
    private AccountSummary assessor;
    private AccountSummary candidate;

    @BeforeEach
    void people() {
        registrar = TestAccounts.account(provisioning, "Rosa Registrar", Role.REGISTRAR);
        assessor = TestAccounts.account(provisioning, "Zebedee Screened", Role.MEMBER, Role.ASSESSOR);
        candidate = TestAccounts.account(provisioning, "Yara Candidate", Role.MEMBER);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_qualification_without_a_reason_is_refused_on_its_field_then_recorded_with_the_registrars_name() {
        TestAccounts.signInAs(registrar);
        navigate(QualifiedAssessorsView.class);
        ComboBox<AccountSummary> who = $(ComboBox.class).id("qualify-assessor");
        who.setValue(assessor);
        Select<String> designation = $(Select.class).id("qualify-designation");
        designation.setValue("CCEM");
        test($(Button.class).id("qualify-submit")).click();

        var note = $(TextArea.class).id("qualify-note");
        assertThat(note.isInvalid()).isTrue();
        assertThat(note.getErrorMessage()).startsWith("Say why");
        assertThat(who.getValue().id()).as("the choices stay").isEqualTo(assessor.id());
        assertThat(designation.getValue()).isEqualTo("CCEM");

        test(note).setValue("Ran CCEM panels at a sister institute.");
        test($(Button.class).id("qualify-submit")).click();
        assertThat($(UnorderedList.class).id("qualifications").getElement().getTextRecursively())
                .contains("Zebedee Screened for CCEM, by Rosa Registrar on", "Ran CCEM panels at a sister institute.");
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_conflict_check_lists_each_conflict_with_its_reason_in_french_too() {
        TestAccounts.signInAs(assessor);
        panels.declareConflict(new ConflictData(candidate.email(), "My brother-in-law."));
        TestAccounts.signInAs(registrar);
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(CheckConflictsView.class);
        test($(Button.class).id("check-submit")).click();
        assertThat($(Div.class).id("check-result").getChildren()).as("nothing checked without both people").isEmpty();

        ComboBox<AccountSummary> who = $(ComboBox.class).id("check-assessor");
        who.setValue(assessor);
        ComboBox<AccountSummary> whom = $(ComboBox.class).id("check-candidate");
        whom.setValue(candidate);
        test($(Button.class).id("check-submit")).click();

        assertThat($(UnorderedList.class).id("check-conflicts-found").getElement().getTextRecursively())
                .isEqualTo("Un conflit a été déclaré : L’évaluateur ou le demandeur a déclaré un conflit.");
        assertThat($(UnorderedList.class).id("check-qualifications").getElement().getTextRecursively())
                .isEqualTo("Le demandeur n’a pas encore de portfolio.");
    }
}
