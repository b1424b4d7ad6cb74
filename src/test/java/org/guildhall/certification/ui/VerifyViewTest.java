package org.guildhall.certification.ui;

import java.time.Clock;
import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationStandingService;
import org.guildhall.certification.Route;
import org.guildhall.certification.StandingData;
import org.guildhall.certification.StandingReason;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.ProfileDetails;
import org.guildhall.shell.Formats;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4: the public verification page, without signing in, for an active, a lapsed and an unknown code. */
@IntegrationTest
@WithAnonymousUser
class VerifyViewTest extends SpringBrowserlessTest {
    @Autowired CertificationAwards awards;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;
    @Autowired CertificationStandingService standing;
    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;

    @Test
    void an_active_certificate_shows_the_name_as_issued_designation_status_and_dates_only() {
        var holder = provisioning.createAccount("Aisha Bello", TestAccounts.uniqueEmail("aisha"), TestAccounts.PASSWORD,
                Role.MEMBER);
        var awarded = awards.award(holder.id(), "CRMP", Route.EXAM, LocalDate.of(2026, 5, 4));

        navigate("verify/" + awarded.verificationCode(), VerifyView.class);

        assertThat(text("verify-holder")).isEqualTo("Aisha Bello");
        assertThat(text("verify-designation")).isEqualTo("Certified CRM Professional (CRMP)");
        assertThat(text("verify-status")).isEqualTo("Active");
        assertThat(text("verify-valid-until")).isEqualTo("3 May 2029");
        assertThat(text("verify-awarded")).isEqualTo("4 May 2026");
        assertThat(text("verify-valid-from")).isEqualTo("From 4 May 2026");
        assertThat($(DescriptionList.Description.class).all()).as("nothing beyond the six facts").hasSize(6);
    }

    @Test
    void a_lapsed_certificate_shows_as_lapsed() {
        var holder = provisioning.createAccount("Kofi Annan-Mensah", TestAccounts.uniqueEmail("kofi"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var awarded = awards.award(holder.id(), "CCCS", Route.EXAM,
                LocalDate.now(clock).minusYears(3).minusMonths(1));
        awards.lapseExpired();

        navigate("verify/" + awarded.verificationCode().toLowerCase(), VerifyView.class);

        assertThat(text("verify-status")).isEqualTo("Lapsed");
        assertThat(text("verify-holder")).isEqualTo("Kofi Annan-Mensah");
    }

    @Test
    void a_revoked_certificate_shows_the_public_reason_and_day_but_not_the_registrars_explanation() {
        var holder = provisioning.createAccount("Nadia Petrova", TestAccounts.uniqueEmail("nadia"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var awarded = awards.award(holder.id(), "CRMP", Route.EXAM, LocalDate.now(clock).minusMonths(2));
        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.asRegistrar();
        standing.revoke(awarded.id(), new StandingData(StandingReason.INSTITUTE_DECISION, "Exam papers found copied.",
                null));
        TestAccounts.signOut();

        navigate("verify/" + awarded.verificationCode(), VerifyView.class);

        assertThat(text("verify-status")).isEqualTo("Revoked");
        assertThat($(Paragraph.class).id("verify-standing").getText())
                .isEqualTo("Withdrawn by the institute on " + Formats.date(LocalDate.now(clock)) + ".");
        assertThat($(Paragraph.class).all()).noneMatch(line -> line.getText().contains("copied"));
    }

    @Test
    void a_suspension_until_a_date_shows_until_when() {
        var holder = provisioning.createAccount("Omar Haddad", TestAccounts.uniqueEmail("omar"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusMonths(2));
        LocalDate until = LocalDate.now(clock).plusDays(30);
        TestAccounts.ensure(accounts, provisioning);
        TestAccounts.asRegistrar();
        standing.suspend(awarded.id(), new StandingData(StandingReason.UNDER_REVIEW,
                "A complaint is being looked into.", until));
        TestAccounts.signOut();

        navigate("verify/" + awarded.verificationCode(), VerifyView.class);

        assertThat(text("verify-status")).isEqualTo("Suspended");
        assertThat($(Paragraph.class).id("verify-standing").getText()).isEqualTo("Suspended under review by the "
                + "institute since " + Formats.date(LocalDate.now(clock)) + ", until " + Formats.date(until) + ".");
    }

    @Test
    void the_name_shown_is_the_name_as_issued_not_the_profile_name() {
        var holder = provisioning.createAccount("Ines Carvalho", TestAccounts.uniqueEmail("ines"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusMonths(2));
        TestAccounts.signInAs(holder);
        var profile = myAccount.currentProfile();
        myAccount.updateCurrentProfile(new ProfileDetails("Anyone I Like", profile.phone(), profile.postalAddress(),
                profile.employer(), profile.jobTitle()));
        TestAccounts.signOut();

        navigate("verify/" + awarded.verificationCode(), VerifyView.class);

        assertThat(text("verify-holder")).isEqualTo("Ines Carvalho");
    }

    @Test
    void an_unknown_code_says_so_plainly() {
        navigate("verify/ZZZZ-ZZZZ-ZZZZ-ZZZZ", VerifyView.class);

        assertThat($(Paragraph.class).id("verify-unknown").getText())
                .startsWith("No certificate has the code ZZZZ-ZZZZ-ZZZZ-ZZZZ.");
        assertThat($(DescriptionList.Description.class).all()).isEmpty();
    }

    @Test
    void the_bare_page_asks_for_a_code() {
        navigate(VerifyView.class);
        assertThat($(com.vaadin.flow.component.textfield.TextField.class).id("verify-code").getValue()).isEmpty();
    }

    private String text(String id) {
        return $(DescriptionList.Description.class).id(id).getText();
    }
}
