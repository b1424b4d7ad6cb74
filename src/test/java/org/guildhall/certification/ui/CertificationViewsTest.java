package org.guildhall.certification.ui;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.certification.EligibilityService;
import org.guildhall.certification.ExamCourse;
import org.guildhall.certification.ExamService;
import org.guildhall.certification.ExperienceKind;
import org.guildhall.certification.Route;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4: My certifications with Re-apply, and the admin's catalogue edit, as people use them. */
@IntegrationTest
class CertificationViewsTest extends SpringBrowserlessTest {

    @Autowired CertificationService certifications;
    @Autowired CertificationAwards awards;
    @Autowired DesignationCatalogue catalogue;
    @Autowired EligibilityService eligibility;
    @Autowired ExamService exams;
    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;

    @Test
    void re_apply_is_disabled_with_its_date_until_expiry_and_enrols_for_the_same_designation_after() {
        var member = eligibleMember("Chidi Obi");
        var active = awards.award(member.id(), "CCSP", Route.EXAM, LocalDate.of(2026, 11, 25).minusYears(1));
        var expired = awards.award(member.id(), "CCCP", Route.EXAM,
                LocalDate.now(clock).minusYears(3).minusDays(3));

        navigate(MyCertificationsView.class);

        assertThat($(Button.class).id("reapply-" + active.id()).isEnabled()).isFalse();
        assertThat($(Paragraph.class).id("reapply-reason-" + active.id()).getText())
                .isEqualTo("Re-apply is available from 25 Nov 2028, when this cycle expires.");
        var reapply = $(Button.class).id("reapply-" + expired.id());
        assertThat(reapply.isEnabled()).isTrue();

        test(reapply).click();

        assertThat(exams.myEnrolments()).singleElement().satisfies(enrolment -> {
            assertThat(enrolment.designationCode()).isEqualTo("CCCP");
            assertThat(enrolment.reappliesCertificationId()).isEqualTo(expired.id());
        });
    }

    @Test
    void an_admin_edits_a_designations_fee_and_name_and_awarded_certifications_keep_their_own() {
        var holder = provisioning.createAccount("Eva Novak", TestAccounts.uniqueEmail("eva"), TestAccounts.PASSWORD,
                Role.MEMBER);
        var before = awards.award(holder.id(), "CCCM", Route.EXAM, LocalDate.now(clock));
        var original = catalogue.designation("CCCM");
        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        navigate(DesignationsView.class);

        @SuppressWarnings("unchecked")
        Grid<DesignationSummary> grid = $(Grid.class).id("designation-grid");
        int row = catalogue.all().stream().map(DesignationSummary::code).toList().indexOf("CCCM");
        test((Button) test(grid).getCellComponent(row, "edit")).click();
        test($(TextField.class).id("edit-full-name")).setValue("Certified Contact Centre Manager");
        test($(BigDecimalField.class).id("edit-exam-fee")).setValue(new BigDecimal("-1"));
        test($(BigDecimalField.class).id("edit-renewal-fee")).setValue(new BigDecimal("-2"));
        test($(Button.class).id("edit-save")).click();
        assertThat(catalogue.designation("CCCM").examFee()).as("a negative fee is refused")
                .isEqualByComparingTo(original.examFee());
        var examFee = $(BigDecimalField.class).id("edit-exam-fee");
        var renewalFee = $(BigDecimalField.class).id("edit-renewal-fee");
        assertThat(examFee.isInvalid()).as("each fee refused on its own field").isTrue();
        assertThat(examFee.getErrorMessage()).contains("negative");
        assertThat(renewalFee.isInvalid()).isTrue();
        assertThat(examFee.getValue()).isEqualByComparingTo("-1");
        assertThat($(TextField.class).id("edit-full-name").getValue()).as("what was typed stays")
                .isEqualTo("Certified Contact Centre Manager");
        assertThat($(TextField.class).id("edit-full-name").isInvalid()).isFalse();

        test($(BigDecimalField.class).id("edit-exam-fee")).setValue(new BigDecimal("475.00"));
        test($(BigDecimalField.class).id("edit-renewal-fee")).setValue(original.renewalFee());
        test($(Button.class).id("edit-save")).click();

        try {
            assertThat(catalogue.designation("CCCM").examFee()).isEqualByComparingTo("475.00");
            assertThat(catalogue.designation("CCCM").fullName()).isEqualTo("Certified Contact Centre Manager");
            assertThat(certifications.certificationsOf(holder.id()).getFirst().designationName())
                    .isEqualTo(before.designationName());
        } finally {
            catalogue.update("CCCM", original.toData());
        }
    }

    @Test
    void a_job_is_refused_on_each_field_concerned_at_once_keeping_what_was_typed_and_a_valid_one_is_added() {
        var member = provisioning.createAccount("Yara Haddad", TestAccounts.uniqueEmail("member"),
                TestAccounts.PASSWORD, Role.MEMBER);
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        navigate(WorkHistoryView.class);
        var started = LocalDate.now(clock).minusYears(2);
        test($(TextField.class).id("work-employer")).setValue("Northwind Telecom");
        $(DatePicker.class).id("work-start").setValue(started);
        $(DatePicker.class).id("work-end").setValue(started.minusDays(1));
        test($(Button.class).id("work-add")).click();

        assertThat($(TextField.class).id("work-role").getErrorMessage()).isEqualTo("Enter your role.");
        assertThat($(DatePicker.class).id("work-end").getErrorMessage())
                .isEqualTo("The end date is before the start date.");
        assertThat($(TextArea.class).id("work-description").getErrorMessage())
                .isEqualTo("Enter what you did there.");
        assertThat($(TextField.class).id("work-employer").getValue()).isEqualTo("Northwind Telecom");
        assertThat(eligibility.myWorkHistory()).isEmpty();

        test($(TextField.class).id("work-role")).setValue("Team Leader");
        $(DatePicker.class).id("work-end").setValue(started.plusYears(1));
        test($(TextArea.class).id("work-description")).setValue("Led a team of twelve advisers.");
        test($(Button.class).id("work-add")).click();
        assertThat(eligibility.myWorkHistory()).singleElement()
                .satisfies(job -> assertThat(job.jobTitle()).isEqualTo("Team Leader"));
        assertThat($(TextField.class).id("work-employer").getValue()).as("ready for the next job").isEmpty();
    }

    private AccountSummary eligibleMember(String name) {
        var account = provisioning.createAccount(name, TestAccounts.uniqueEmail("member"), TestAccounts.PASSWORD,
                Role.MEMBER);
        TestAccounts.signInAs(account.email(), Role.MEMBER);
        eligibility.addWorkPeriod("Harbour Insurance", "Claims Adviser", LocalDate.now(clock).minusYears(4), null,
                ExperienceKind.CUSTOMER_SERVICE_ROLE, "Claims and complaints on the phone.");
        byte[] pdf = SampleFiles.pdf();
        eligibility.courses().stream().filter(ExamCourse::required).forEach(course -> eligibility
                .setCourseCertificates(course.code(), List.of(documents.store(account.id(), course.code() + ".pdf",
                        new ByteArrayInputStream(pdf), pdf.length).id())));
        return account;
    }
}
