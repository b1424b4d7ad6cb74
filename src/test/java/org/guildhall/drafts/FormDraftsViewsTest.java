package org.guildhall.drafts;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Issue 12: a long form keeps what is typed as a draft on the server; after the session ends (here: a new Vaadin
 * session and UI, as after a timeout or a restart) the form shows it again with its uploads, and a successful save or
 * submit removes the draft.
 */
@IntegrationTest
class FormDraftsViewsTest extends SpringBrowserlessTest {

    @Autowired AccountService accounts;

    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationAwards awards;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_application_typed_and_uploaded_is_back_in_a_new_session_and_submitting_clears_the_draft() {
        var applicant = accounts.register("Sofia Marchetti", TestAccounts.uniqueEmail("sofia"), TestAccounts.PASSWORD).orElseThrow();
        TestAccounts.signInAs(applicant.email(), Role.APPLICANT);
        navigate("membership/application", Component.class);
        test($(Checkbox.class).id("consulting")).click();
        test($(Select.class).id("category")).selectItem("Associate");
        test($(Upload.class).single()).upload("degree.pdf", "application/pdf", SampleFiles.pdf());
        assertThat(draftsOf(applicant)).isOne();

        aNewSession();
        navigate("membership/application", Component.class);

        assertThat($(Checkbox.class).id("consulting").getValue()).isTrue();
        assertThat($(Select.class).id("category").getValue()).hasToString("ASSOCIATE");
        assertThat($(Anchor.class).withText("degree.pdf").exists()).isTrue();
        assertThat($(Paragraph.class).id("draft-restored").getText()).startsWith("Restored what you typed here");

        test($(Button.class).id("submit-application")).click();
        assertThat(draftsOf(applicant)).isZero();
    }

    @Test
    void a_cpd_activity_typed_with_its_evidence_is_back_in_a_new_session_and_saving_clears_the_draft() {
        var member = provisioning.createAccount("Kwame Mensah", TestAccounts.uniqueEmail("kwame"), TestAccounts.PASSWORD,
                Role.MEMBER);
        awards.award(member.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusYears(1));
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        navigate("cpd/activity/new", Component.class);
        test($(Select.class).id("activity-category")).selectItem("Instruction / Teaching");
        test($(TextField.class).id("activity-title-field")).setValue("Handling escalations");
        test($(Upload.class).single()).upload("slides.pdf", "application/pdf", SampleFiles.pdf());

        aNewSession();
        navigate("cpd/activity/new", Component.class);

        assertThat($(TextField.class).id("activity-title-field").getValue()).isEqualTo("Handling escalations");
        assertThat($(Select.class).id("activity-category").getValue()).hasToString("INSTRUCTION");
        assertThat($(Anchor.class).withText("slides.pdf").exists()).isTrue();
        assertThat($(Paragraph.class).id("draft-restored").isVisible()).isTrue();

        test($(Select.class).id("activity-type")).selectItem("Course, workshop, public seminar or conference session");
        test($(TextField.class).id("activity-provider")).setValue("Guildhall Academy");
        test($(TextField.class).id("activity-audience")).setValue("New team leads");
        $(DatePicker.class).id("activity-starts").setValue(LocalDate.now(clock).minusDays(1));
        $(BigDecimalField.class).id("activity-hours").setValue(new BigDecimal("3"));
        test($(Button.class).id("save-draft")).click();

        assertThat(getCurrentView().getClass().getSimpleName()).as("saved, back on My CPD").isEqualTo("MyCpdView");
        assertThat(draftsOf(member)).isZero();
    }

    @Test
    void values_the_form_sets_itself_keep_no_draft_and_another_account_never_sees_one() {
        var first = provisioning.createAccount("Grace Lindqvist", TestAccounts.uniqueEmail("grace"), TestAccounts.PASSWORD,
                Role.MEMBER);
        TestAccounts.signInAs(first.email(), Role.MEMBER);
        navigate("cpd/activity/new", Component.class);
        $(TextField.class).id("activity-title-field").setValue("Set by the form, not typed");
        assertThat(draftsOf(first)).isZero();
        test($(TextField.class).id("activity-title-field")).setValue("Typed by Grace");
        assertThat(draftsOf(first)).isOne();

        var second = provisioning.createAccount("Mei Chen", TestAccounts.uniqueEmail("mei"), TestAccounts.PASSWORD,
                Role.MEMBER);
        TestAccounts.signInAs(second.email(), Role.MEMBER);
        aNewSession();
        navigate("cpd/activity/new", Component.class);
        assertThat($(TextField.class).id("activity-title-field").getValue()).isEmpty();
        assertThat($(Paragraph.class).withId("draft-restored").exists()).isFalse();
    }

    @Test
    void a_recertification_essay_is_back_in_a_new_session_and_sending_it_clears_the_draft() {
        var member = provisioning.createAccount("Amara Okafor", TestAccounts.uniqueEmail("amara"), TestAccounts.PASSWORD,
                Role.MEMBER);
        long certification = awards.award(member.id(), "CCCM", Route.EXAM,
                LocalDate.now(clock).minusYears(2)).id();
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        navigate("cpd/essay/" + certification, Component.class);
        String essay = "In this cycle I rebuilt our escalation path. ".repeat(10);
        test($(TextArea.class).id("essay-body")).setValue(essay);

        aNewSession();
        navigate("cpd/essay/" + certification, Component.class);
        assertThat($(TextArea.class).id("essay-body").getValue()).isEqualTo(essay);
        assertThat($(Paragraph.class).id("draft-restored").isVisible()).isTrue();

        test($(Button.class).id("submit-essay")).click();
        assertThat(draftsOf(member)).isZero();
    }

    @Test
    void portfolio_evidence_being_added_is_back_with_its_file_in_a_new_session_and_adding_clears_the_draft() {
        var candidate = provisioning.createAccount("Liam O'Connor", TestAccounts.uniqueEmail("liam"),
                TestAccounts.PASSWORD, Role.MEMBER);
        long portfolio = lifecycle.open(candidate.id(), "CCSM");
        TestAccounts.signInAs(candidate.email(), Role.MEMBER);
        navigate("portfolio/" + portfolio, Component.class);
        test($(Upload.class).all().getFirst()).upload("csat.pdf", "application/pdf", SampleFiles.pdf());
        test($(TextField.class).id("evidence-caption")).setValue("CSAT rose from 71 to 83");

        aNewSession();
        navigate("portfolio/" + portfolio, Component.class);
        assertThat($(TextField.class).id("evidence-caption").getValue()).isEqualTo("CSAT rose from 71 to 83");
        assertThat($(Anchor.class).withText("csat.pdf").exists()).isTrue();

        test($(Button.class).id("add-evidence")).click();
        assertThat(draftsOf(candidate)).isZero();
        assertThat($(TextField.class).id("evidence-caption").getValue()).as("added, the form is empty again").isEmpty();
    }

    /** What a timed-out session or a restarted portal leaves: a fresh Vaadin session and UI, the same account. */
    private void aNewSession() {
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }

    private int draftsOf(AccountSummary account) {
        return jdbc.queryForObject("select count(*) from form_draft where account_id = ?", Integer.class, account.id());
    }

}
