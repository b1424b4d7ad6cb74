package org.guildhall.certification.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.NameChangeService;
import org.guildhall.certification.NameChangeState;
import org.guildhall.certification.Route;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The holder's name-change form on one binder (issue 13): every missing value on its field at once, the rules'
 * refusal (the same name) on its field with what was typed kept, and a valid request sent to the registrar.
 */
@IntegrationTest
class NameChangeFormTest extends SpringBrowserlessTest {

    @Autowired CertificationAwards awards;
    @Autowired NameChangeService nameChanges;
    @Autowired DocumentService documents;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;

    @Test
    void a_request_is_refused_on_each_field_concerned_keeping_what_was_typed_and_a_valid_one_is_sent() {
        var holder = TestAccounts.account(provisioning, "Emma Clarke", Role.MEMBER);
        awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusMonths(6));
        TestAccounts.signInAs(holder);
        navigate(MyCertificationsView.class);

        test($(Button.class).id("name-change-send")).click();
        TextField name = $(TextField.class).id("name-change-name");
        TextArea reason = $(TextArea.class).id("name-change-reason");
        DocumentUploadField evidence = $(DocumentUploadField.class).id("name-change-evidence");
        assertThat(name.getErrorMessage()).isEqualTo("Give the new name.");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(evidence.isInvalid()).isTrue();

        test(name).setValue("Emma Clarke");
        test(reason).setValue("Marriage");
        byte[] pdf = SampleFiles.pdf();
        var certificate = documents.store(holder.id(), "marriage-certificate.pdf", new ByteArrayInputStream(pdf),
                pdf.length);
        evidence.setValue(documents.findAll(List.of(certificate.id())));
        test($(Button.class).id("name-change-send")).click();
        assertThat(name.getErrorMessage()).isEqualTo("Your credentials are already issued in the name Emma Clarke.");
        assertThat(reason.getValue()).isEqualTo("Marriage");
        assertThat(nameChanges.myRequests()).isEmpty();

        test(name).setValue("Emma Clarke-Nowak");
        test($(Button.class).id("name-change-send")).click();
        assertThat(nameChanges.myRequests()).singleElement().satisfies(request -> {
            assertThat(request.requestedName()).isEqualTo("Emma Clarke-Nowak");
            assertThat(request.state()).isEqualTo(NameChangeState.PENDING);
        });
        assertThat(name.getValue()).isEmpty();
    }
}
