package org.guildhall.assessment.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 13, forms: a conflict of interest names someone registered and gives a reason; each problem shows on its
 * field at once and what was typed stays, and a good declaration is listed.
 */
@IntegrationTest
class ConflictsViewTest extends SpringBrowserlessTest {

    @Autowired AccountProvisioning provisioning;

    @Test
    void an_unknown_address_and_no_reason_are_each_refused_on_their_field_then_a_good_declaration_is_listed() {
        var assessor = TestAccounts.account(provisioning, "Leila Haddad", Role.ASSESSOR);
        var colleague = TestAccounts.account(provisioning, "Tomasz Wlodarczyk", Role.MEMBER);
        TestAccounts.signInAs(assessor);
        navigate(ConflictsView.class);

        String nobody = TestAccounts.uniqueEmail("nobody");
        declare(nobody, "  ");

        var email = $(EmailField.class).id("conflict-email");
        var reason = $(TextArea.class).id("conflict-reason");
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).contains("No one with that email address");
        assertThat(email.getValue()).as("what was typed stays").isEqualTo(nobody);
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).contains("reason");

        declare(colleague.email(), "We share a consultancy.");

        assertThat($(UnorderedList.class).id("declared-conflicts").getElement().getTextRecursively())
                .contains("Tomasz Wlodarczyk").contains("We share a consultancy.");
        assertThat($(EmailField.class).id("conflict-email").getValue()).as("ready for the next").isEmpty();
    }

    private void declare(String address, String why) {
        test($(EmailField.class).id("conflict-email")).setValue(address);
        test($(TextArea.class).id("conflict-reason")).setValue(why);
        test($(Button.class).id("declare-conflict")).click();
    }
}
