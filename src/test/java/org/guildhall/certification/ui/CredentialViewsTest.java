package org.guildhall.certification.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationStandingService;
import org.guildhall.certification.CertificationStatus;
import org.guildhall.certification.Route;
import org.guildhall.certification.StandingData;
import org.guildhall.certification.StandingReason;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17 as people use it: My certifications offers the badge, "Add to LinkedIn" and the public page while a
 * certification stands and tells the holder the registrar's reason once it is withdrawn; the public credential page;
 * the registrar's Credentials page, with its errors on the fields they concern.
 */
@IntegrationTest
class CredentialViewsTest extends SpringBrowserlessTest {

    @Autowired CertificationAwards awards;
    @Autowired CertificationService certifications;
    @Autowired CertificationStandingService standing;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void an_active_certification_offers_the_badge_linkedin_and_its_public_page_and_a_revoked_one_its_reason() {
        var holder = provisioning.createAccount("Yusuf Demir", TestAccounts.uniqueEmail("yusuf"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var active = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusMonths(3));
        var revoked = awards.award(holder.id(), "CCCS", Route.EXAM, LocalDate.now(clock).minusMonths(3));
        TestAccounts.asRegistrar();
        standing.revoke(revoked.id(),
                new StandingData(StandingReason.CODE_OF_CONDUCT, "Plagiarised exam answers.", null));
        TestAccounts.signInAs(holder);

        navigate(MyCertificationsView.class);

        assertThat($(Anchor.class).id("badge-" + active.id()).getHref())
                .isEqualTo("badges/credentials/" + active.verificationCode() + "?download=true");
        assertThat($(Anchor.class).id("linkedin-" + active.id()).getHref())
                .startsWith("https://www.linkedin.com/profile/add?startTask=CERTIFICATION_NAME")
                .contains("certId=" + active.verificationCode());
        assertThat($(Anchor.class).id("public-page-" + active.id()).getHref())
                .isEqualTo("credentials/" + active.verificationCode());
        assertThat($(Anchor.class).withId("linkedin-" + revoked.id()).exists()).isFalse();
        assertThat($(Anchor.class).withId("badge-" + revoked.id()).exists()).isFalse();
        assertThat($(Anchor.class).withId("download-" + revoked.id()).exists()).isFalse();
        assertThat($(Paragraph.class).id("standing-" + revoked.id()).getText())
                .contains("Revoked on", "The registrar's reason: Plagiarised exam answers.");
    }

    @Test
    void the_public_credential_page_shows_the_facts_the_code_and_a_qr_code_to_anyone() {
        var holder = provisioning.createAccount("Lucía Fernández", TestAccounts.uniqueEmail("lucia"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var awarded = awards.award(holder.id(), "CRMP", Route.EXAM, LocalDate.of(2026, 5, 4));
        TestAccounts.signOut();

        navigate("credentials/" + awarded.verificationCode(), CredentialView.class);

        assertThat($(DescriptionList.Description.class).id("verify-holder").getText()).isEqualTo("Lucía Fernández");
        assertThat($(DescriptionList.Description.class).id("verify-status").getText()).isEqualTo("Active");
        assertThat($(Paragraph.class).id("credential-code").getText()).endsWith(awarded.verificationCode());
        assertThat($(Image.class).id("credential-qr").getSrc()).startsWith("data:image/svg+xml;base64,");
        assertThat($(Anchor.class).id("credential-badge").getHref())
                .isEqualTo("badges/credentials/" + awarded.verificationCode());
    }

    @Test
    void an_unknown_code_gets_the_neutral_answer_on_the_credential_page() {
        TestAccounts.signOut();
        navigate("credentials/ZZZZ-ZZZZ-ZZZZ-ZZZZ", CredentialView.class);
        assertThat($(Paragraph.class).id("credential-unknown").getText())
                .startsWith("No credential has the code ZZZZ-ZZZZ-ZZZZ-ZZZZ.");
    }

    @Test
    void the_registrar_suspends_from_the_credentials_page_with_each_problem_on_its_field_and_what_was_typed_kept() {
        var holder = provisioning.createAccount("Tariq Aziz", TestAccounts.uniqueEmail("tariq"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusMonths(3));
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        navigate(CredentialStandingView.class);

        test($(TextField.class).id("standing-code")).setValue(awarded.verificationCode().toLowerCase());
        test($(Button.class).id("standing-find")).click();
        test($(Button.class).id("standing-suspend")).click();

        @SuppressWarnings("unchecked")
        Select<StandingReason> reason = $(Select.class).id("standing-reason");
        TextArea explanation = $(TextArea.class).id("standing-explanation");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Choose the reason the public will read.");
        assertThat(explanation.isInvalid()).isTrue();
        assertThat(explanation.getErrorMessage()).isEqualTo("Give the reason the holder will read.");

        // The standing's own rule (the end after today) shows on its field; the reasons typed stay.
        test(reason).selectItem(StandingReason.UNDER_REVIEW.publicWords());
        test(explanation).setValue("A complaint is being looked into.");
        DatePicker until = $(DatePicker.class).id("standing-until");
        until.setValue(LocalDate.now(clock));
        test($(Button.class).id("standing-suspend")).click();
        assertThat(until.isInvalid()).isTrue();
        assertThat(explanation.getValue()).isEqualTo("A complaint is being looked into.");
        assertThat(certifications.byVerificationCode(awarded.verificationCode()).orElseThrow().status())
                .isEqualTo(CertificationStatus.ACTIVE);

        until.setValue(LocalDate.now(clock).plusDays(30));
        test($(Button.class).id("standing-suspend")).click();

        assertThat(certifications.byVerificationCode(awarded.verificationCode()).orElseThrow().status())
                .isEqualTo(CertificationStatus.SUSPENDED);
        assertThat(standing.history(awarded.id())).singleElement()
                .satisfies(entry -> assertThat(entry.detail()).contains("A complaint is being looked into."));
    }

    @Test
    void the_credentials_page_reads_in_french() {
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        UI.getCurrent().setLocale(Locale.FRANCE);
        navigate(CredentialStandingView.class);

        assertThat($(TextField.class).id("standing-code").getLabel()).isEqualTo("Code de vérification");
        test($(TextField.class).id("standing-code")).setValue("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        test($(Button.class).id("standing-find")).click();
        assertThat($(TextField.class).id("standing-code").getErrorMessage())
                .isEqualTo("Aucune certification ne porte le code ZZZZ-ZZZZ-ZZZZ-ZZZZ.");
    }

    @Test
    void an_unknown_code_on_the_registrars_page_is_said_on_the_code_field() {
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        navigate(CredentialStandingView.class);

        test($(TextField.class).id("standing-code")).setValue("ZZZZ-ZZZZ-ZZZZ-ZZZZ");
        test($(Button.class).id("standing-find")).click();

        assertThat($(TextField.class).id("standing-code").getErrorMessage())
                .isEqualTo("No certification has the code ZZZZ-ZZZZ-ZZZZ-ZZZZ.");
    }
}
