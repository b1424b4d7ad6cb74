package org.guildhall.cpd.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.Route;
import org.guildhall.cpd.HardshipKind;
import org.guildhall.cpd.HardshipReason;
import org.guildhall.cpd.HardshipRequestData;
import org.guildhall.cpd.HardshipService;
import org.guildhall.cpd.HardshipState;
import org.guildhall.cpd.HardshipSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.DocumentUploadField;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 19's screens: the member's request form (every problem on its field at once, what was typed kept, in
 * English and French) and the registrar's decision (each decision refused on the field it reads, then granted).
 */
@IntegrationTest
class HardshipViewsTest extends SpringBrowserlessTest {

    @Autowired CertificationAwards awards;
    @Autowired CertificationService certifications;
    @Autowired HardshipService hardship;
    @Autowired DocumentService documents;
    @Autowired AccountProvisioning provisioning;
    @Autowired AccountService accounts;
    @Autowired Clock clock;

    @BeforeEach
    void accounts() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void the_request_form_shows_every_problem_on_its_field_keeps_what_was_typed_and_sends_a_valid_request() {
        var member = certifiedMember("Ruth Mensah");
        TestAccounts.signInAs(member);
        navigate(HardshipView.class);

        test($(Button.class).id("hardship-send")).click();
        assertThat(error("hardship-kind")).isEqualTo("Choose an extension or a pause.");
        assertThat(error("hardship-reason")).isEqualTo("Choose the reason.");
        assertThat(error("hardship-starts-on")).isEqualTo("Enter the day the hardship began.");
        assertThat(error("hardship-explanation")).isEqualTo("Say what happened.");
        assertThat(error("hardship-evidence")).isEqualTo("Attach one document you uploaded as evidence.");
        assertThat(error("hardship-certification")).as("the one certification is chosen already").isNull();

        test($(RadioButtonGroup.class).id("hardship-kind")).selectItem("Pause (a lower requirement)");
        test($(Select.class).id("hardship-reason")).selectItem("Illness");
        $(DatePicker.class).id("hardship-starts-on").setValue(today().minusMonths(2));
        $(DatePicker.class).id("hardship-ends-on").setValue(today().minusMonths(3));
        test($(TextArea.class).id("hardship-explanation")).setValue("Surgery and recovery.");
        $(DocumentUploadField.class).id("hardship-evidence").setValue(documents.findAll(List.of(evidence(member))));
        test($(Button.class).id("hardship-send")).click();
        assertThat(error("hardship-ends-on")).isEqualTo("The end cannot come before the start.");
        assertThat(error("hardship-explanation")).isNull();
        assertThat($(TextArea.class).id("hardship-explanation").getValue()).isEqualTo("Surgery and recovery.");
        assertThat(hardship.myRequests()).isEmpty();

        $(DatePicker.class).id("hardship-ends-on").setValue(today().minusDays(1));
        test($(Button.class).id("hardship-send")).click();
        assertThat(hardship.myRequests()).singleElement().satisfies(request -> {
            assertThat(request.kind()).isEqualTo(HardshipKind.PAUSE);
            assertThat(request.state()).isEqualTo(HardshipState.REQUESTED);
        });
        assertThat(texts($(UnorderedList.class).id("hardship-requests")))
                .contains("Waiting for the registrar");
    }

    @Test
    void the_form_speaks_french() {
        var member = certifiedMember("Chloé Martin");
        TestAccounts.signInAs(member);
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(HardshipView.class);

        test($(Button.class).id("hardship-send")).click();
        assertThat(error("hardship-reason")).isEqualTo("Choisissez le motif.");
        assertThat(error("hardship-kind")).isEqualTo("Choisissez une prolongation ou une suspension.");
    }

    @Test
    void the_registrar_decides_from_the_queue_each_decision_refused_on_its_field_then_granted() {
        var member = certifiedMember("Samir Haddad");
        var certification = certifications.certificationsOf(member.id()).getFirst();
        TestAccounts.signInAs(member);
        long id = hardship.request(new HardshipRequestData(certification.id(), HardshipKind.EXTENSION,
                HardshipReason.PARENTAL_LEAVE, today().minusMonths(4), today().minusDays(1),
                "Parental leave since the summer.", evidence(member)));

        TestAccounts.asRegistrar();
        navigate(HardshipQueueView.class);
        @SuppressWarnings("unchecked")
        Grid<HardshipSummary> queue = $(Grid.class).id("hardship-queue-grid");
        assertThat(test(queue).size()).isPositive();
        navigate("registrar/cpd/hardship/request/" + id, HardshipDecisionView.class);

        assertThat($(IntegerField.class).id("hardship-paused-months").getValue()).as("the request's whole months")
                .isEqualTo(4);
        test($(Button.class).id("hardship-extend")).click();
        assertThat(error("hardship-valid-until")).isEqualTo("Enter the new last valid day.");
        var latest = certification.cycle().expiresOn().plusMonths(12).minusDays(1);
        $(DatePicker.class).id("hardship-valid-until").setValue(latest.plusDays(1));
        test($(Button.class).id("hardship-extend")).click();
        assertThat(error("hardship-valid-until")).startsWith("An extension may move the end by at most 12 months");
        test($(Button.class).id("hardship-refuse")).click();
        assertThat(error("hardship-note")).isEqualTo("Give the member the reason it is not granted.");
        assertThat($(DatePicker.class).id("hardship-valid-until").getValue()).isEqualTo(latest.plusDays(1));

        var validUntil = certification.cycle().lastValidDay().plusMonths(4);
        $(DatePicker.class).id("hardship-valid-until").setValue(validUntil);
        test($(Button.class).id("hardship-extend")).click();
        assertThat($(Span.class).id("hardship-state").getText()).isEqualTo("Granted: cycle extended");
        assertThat(certifications.certificationsOf(member.id()).getFirst().cycle().lastValidDay())
                .isEqualTo(validUntil);
    }

    private AccountSummary certifiedMember(String name) {
        var member = TestAccounts.account(provisioning, name, Role.MEMBER);
        awards.award(member.id(), "CCSP", Route.EXAM, today().minusYears(1));
        return member;
    }

    private UUID evidence(AccountSummary member) {
        byte[] pdf = SampleFiles.pdf();
        return documents.store(member.id(), "medical-certificate.pdf", new ByteArrayInputStream(pdf), pdf.length)
                .id();
    }

    private String error(String fieldId) {
        var field = (HasValidation) $(Component.class).id(fieldId);
        return field.isInvalid() ? field.getErrorMessage() : null;
    }

    private static String texts(Component component) {
        return component.getElement().getTextRecursively();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
