package org.guildhall.partners.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.membership.MembershipService;
import org.guildhall.partners.CourseData;
import org.guildhall.partners.CourseSummary;
import org.guildhall.partners.PartnerCourseService;
import org.guildhall.shell.AccessDeniedView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 19 on screen: the member's claim code form, and a course roster's report before it is applied. */
@IntegrationTest
class PartnerViewsTest extends SpringBrowserlessTest {

    @Autowired PartnerCourseService courses;
    @Autowired CpdService cpd;
    @Autowired CertificationAwards awards;
    @Autowired MembershipService memberships;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void a_wrong_claim_code_is_refused_on_its_field_with_what_was_typed_kept() {
        TestAccounts.signInAs(certifiedMember("Ama Mensah"));
        navigate(ClaimCodeView.class);
        var code = $(TextField.class).id("claim-code");

        test(code).setValue("7kqm 3xwd p9ht");
        test($(Button.class).id("redeem-code")).click();

        assertThat(code.isInvalid()).isTrue();
        assertThat(code.getErrorMessage()).startsWith("No course has this claim code.");
        assertThat(code.getValue()).isEqualTo("7kqm 3xwd p9ht");
        assertThat(getCurrentView()).isInstanceOf(ClaimCodeView.class);
    }

    @Test
    void in_french_an_expired_code_is_refused_on_its_field_in_french() {
        var expired = course("Atelier de l’an dernier", today().minusDays(30), today().minusDays(1));
        TestAccounts.signInAs(certifiedMember("Aminata Diallo"));
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(ClaimCodeView.class);
        var code = $(TextField.class).id("claim-code");

        test(code).setValue(expired.claimCode());
        test($(Button.class).id("redeem-code")).click();

        assertThat(code.getErrorMessage()).startsWith("Ce code de crédit a expiré le");
        assertThat(code.getValue()).isEqualTo(expired.claimCode());
    }

    @Test
    void a_valid_code_puts_the_course_in_the_members_cpd_log() {
        var workshop = course("De-escalation workshop", today().minusDays(3), today());
        var member = certifiedMember("Kofi Boateng");
        TestAccounts.signInAs(member);
        navigate(ClaimCodeView.class);

        test($(TextField.class).id("claim-code")).setValue(workshop.claimCode());
        test($(Button.class).id("redeem-code")).click();

        assertThat(getCurrentView()).isNotInstanceOf(ClaimCodeView.class);
        assertThat(cpd.myActivities()).singleElement().satisfies(activity -> {
            assertThat(activity.title()).isEqualTo("De-escalation workshop");
            assertThat(activity.automatic()).isTrue();
        });
    }

    @Test
    void the_registrar_uploads_a_roster_sees_the_report_then_credits_the_matched_members() {
        var course = course("Omnichannel service", today().minusDays(10), today());
        var member = certifiedMember("Esi Owusu");
        TestAccounts.asRegistrar();
        navigate(CourseRosterView.class, course.id());

        test($(DatePicker.class).id("roster-completed-on")).setValue(today().minusDays(1));
        test($(Upload.class).single()).upload("roster.csv", "text/csv", ("Email\n" + member.email()
                + "\nnobody." + System.nanoTime() + "@example.org\n").getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("roster-report-summary").getText())
                .isEqualTo("1 member to credit, none credited before, 1 line needing attention.");
        @SuppressWarnings("unchecked")
        Grid<?> problems = $(Grid.class).id("roster-report-problems");
        assertThat(test(problems).size()).isEqualTo(1);
        assertThat(courses.course(course.id()).credited()).isZero();

        assertThat($(Button.class).id("apply-roster").getText()).isEqualTo("Credit 1 member");
        test($(Button.class).id("apply-roster")).click();

        assertThat($(Paragraph.class).id("roster-report-summary").getText())
                .isEqualTo("Credited 1 member; 1 line left as they were.");
        assertThat(courses.course(course.id()).credited()).isEqualTo(1);
    }

    @Test
    void a_roster_uploaded_without_its_date_is_refused_on_screen() {
        var course = course("Service recovery", today().minusDays(10), today());
        TestAccounts.asRegistrar();
        navigate(CourseRosterView.class, course.id());

        test($(Upload.class).single()).upload("roster.csv", "text/csv",
                "someone@example.org\n".getBytes(StandardCharsets.UTF_8));

        assertThat($(Paragraph.class).id("roster-report-error").getText())
                .startsWith("Choose the day the course was completed");
    }

    @Test
    void a_member_acting_for_no_partner_is_refused_the_partner_courses_page() {
        TestAccounts.signInAs(certifiedMember("Yaw Asante"));

        navigate("partners/courses", AccessDeniedView.class);

        assertThat(getCurrentView()).isInstanceOf(AccessDeniedView.class);
    }

    private CourseSummary course(String title, LocalDate from, LocalDate to) {
        TestAccounts.asRegistrar();
        var course = courses.register(new CourseData(null, title, "Guildhall Academy",
                CpdCategory.CONTINUING_EDUCATION, "WORKSHOP", new BigDecimal("3"), from, to));
        TestAccounts.signOut();
        return course;
    }

    private AccountSummary certifiedMember(String name) {
        var member = TestAccounts.member(provisioning, memberships, name);
        awards.award(member.id(), "CCSP", Route.EXAM, today().minusYears(1));
        return member;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
