package org.guildhall.certification.ui;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;


import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.NameChangeData;
import org.guildhall.certification.NameChangeService;
import org.guildhall.certification.NameChangeState;
import org.guildhall.certification.NameChangeSummary;
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

    @Test
    void the_registrar_refuses_only_with_a_reason_shown_on_its_field_keeping_what_was_typed() {
        var holder = TestAccounts.account(provisioning, "Jonas Weber", Role.MEMBER);
        awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusMonths(6));
        TestAccounts.signInAs(holder);
        byte[] pdf = SampleFiles.pdf();
        var deedPoll = documents.store(holder.id(), "deed-poll.pdf", new ByteArrayInputStream(pdf), pdf.length);
        long requestId = nameChanges.request(new NameChangeData("Jonas Weber-Lind", "Deed poll", deedPoll.id())).id();
        TestAccounts.asRegistrar();
        navigate(CredentialStandingView.class);

        @SuppressWarnings("unchecked")
        Grid<NameChangeSummary> queue = $(Grid.class).id("name-change-grid");
        var grid = test(queue);
        int row = IntStream.range(0, grid.size()).filter(index -> grid.getRow(index).id() == requestId)
                .findFirst().orElseThrow();
        var decision = (HorizontalLayout) grid.getCellComponent(row, "decision");
        TextField why = find(decision, TextField.class, "name-change-refusal-" + requestId);
        Button refuse = find(decision, Button.class, "name-change-refuse-" + requestId);

        test(refuse).click();
        assertThat(why.isInvalid()).isTrue();
        assertThat(why.getErrorMessage()).isEqualTo("Give the reason the holder will read.");

        test(why).setValue("   ");
        test(refuse).click();
        assertThat(why.getErrorMessage()).as("the rules refuse a blank reason on its field")
                .isEqualTo("Give the reason the holder will read.");
        assertThat(why.getValue()).isEqualTo("   ");
        assertThat(nameChanges.pending()).extracting(NameChangeSummary::id).contains(requestId);

        test(why).setValue("The deed poll is unsigned.");
        test(refuse).click();
        assertThat(nameChanges.pending()).extracting(NameChangeSummary::id).doesNotContain(requestId);
    }

    private static <T extends Component> T find(Component parent, Class<T> type, String id) {
        return parent.getChildren().flatMap(child -> Stream.concat(Stream.of(child), child.getChildren()
                        .flatMap(grandChild -> Stream.concat(Stream.of(grandChild), grandChild.getChildren()))))
                .filter(type::isInstance).filter(component -> component.getId().orElse("").equals(id))
                .map(type::cast).findFirst().orElseThrow();
    }
}
