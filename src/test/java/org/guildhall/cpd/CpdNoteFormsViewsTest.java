package org.guildhall.cpd;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 13: the essay, the assessor's feedback and the registrar's note are forms on one binder; a refusal shows on
 * the text it concerns and what was typed stays.
 */
@IntegrationTest
class CpdNoteFormsViewsTest extends SpringBrowserlessTest {

    @Autowired CpdService cpd;
    @Autowired RenewalService renewals;
    @Autowired CpdReviewService reviewService;
    @Autowired CertificationAwards awards;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired DocumentService documents;
    @Autowired Clock clock;
    CpdTestSupport support;

    @BeforeEach
    void setUp() {
        TestAccounts.ensure(accounts, provisioning);
        support = new CpdTestSupport(provisioning, awards, documents);
    }

    @Test
    void a_short_essay_is_refused_on_its_field_keeping_the_text_and_a_long_enough_one_is_sent() {
        var member = support.member("Amara Okafor");
        long certification = support.award(member, "CCCM", LocalDate.now(clock).minusYears(2)).id();
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        navigate("cpd/essay/" + certification, Component.class);

        TextArea body = $(TextArea.class).id("essay-body");
        test(body).setValue("Too short.");
        test($(Button.class).id("submit-essay")).click();
        assertThat(body.isInvalid()).isTrue();
        assertThat(body.getErrorMessage()).startsWith("Write at least 300 characters");
        assertThat(body.getValue()).isEqualTo("Too short.");

        test(body).setValue("In this cycle I rebuilt our escalation path. ".repeat(10));
        test($(Button.class).id("submit-essay")).click();
        assertThat(renewals.status(certification).essay()).isNotNull();
    }

    @Test
    void returning_an_essay_without_feedback_is_refused_on_the_feedback_in_french_too() {
        var member = support.member("Maya Cohen");
        long certification = support.award(member, "CCCM", LocalDate.now(clock).minusYears(2)).id();
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        long essay = renewals.submitEssay(certification, "I applied what I learned. ".repeat(20)).id();
        var assessor = TestAccounts.account(provisioning, "Nils Berg", Role.MEMBER, Role.ASSESSOR);
        TestAccounts.signInAs(assessor.email(), Role.ASSESSOR);
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate("review/essays", Component.class);

        test($(Button.class).id("return-essay-" + essay)).click();
        TextArea feedback = $(TextArea.class, $(Component.class).id("essay-" + essay)).single();
        assertThat(feedback.isInvalid()).isTrue();
        assertThat(feedback.getErrorMessage()).isNotBlank().isNotEqualTo("Say what the member should change.");

        test(feedback).setValue("Say more about the escalation path.");
        test($(Button.class).id("return-essay-" + essay)).click();
        assertThat(renewals.essaysToReview()).extracting(EssayDetails::id).doesNotContain(essay);
    }

    @Test
    void a_blank_rejection_note_is_refused_on_its_field_keeping_the_dialog_and_a_note_rejects() {
        var member = support.member("Kwame Mensah");
        support.award(member, "CCSP", LocalDate.now(clock).minusYears(1));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        long activity = cpd.submit(null, CpdTestSupport.workshop("Vendor product demo",
                LocalDate.now(clock).minusDays(6), "2", support.evidenceOf(member)));
        TestAccounts.asRegistrar();
        navigate("registrar/cpd/activity/" + activity, Component.class);

        test($(Button.class).id("reject-activity")).click();
        test($(Button.class).id("confirm-review")).click();
        TextArea note = $(TextArea.class).id("review-text");
        assertThat(note.getErrorMessage()).isEqualTo("Write a few words for the member.");

        test(note).setValue("   ");
        test($(Button.class).id("confirm-review")).click();
        assertThat(note.isInvalid()).as("the rules refuse a blank note on its field").isTrue();
        assertThat(note.getErrorMessage()).isEqualTo("Write a few words for the member.");
        assertThat(note.getValue()).isEqualTo("   ");

        test(note).setValue("A product demonstration is marketing, not education.");
        test($(Button.class).id("confirm-review")).click();
        assertThat(reviewService.forReview(activity).status()).isEqualTo(CpdActivityStatus.REJECTED);
    }
}
