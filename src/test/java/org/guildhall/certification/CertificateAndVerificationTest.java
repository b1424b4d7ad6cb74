package org.guildhall.certification;

import java.time.Clock;
import java.time.LocalDate;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.CoversWebPaths;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 4, "Certificate and public verification": the PDF over HTTP for its holder and staff only, read back with
 * PDFBox, drawn from the current cycle.
 */
@IntegrationTest
@CoversWebPaths("/certificates/{id}")
class CertificateAndVerificationTest {

    @Autowired WebApplicationContext context;
    @Autowired CertificationAwards awards;
    @Autowired AccountService accounts;
    @Autowired MyAccountService myAccount;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;
    @Autowired CertificationStandingService standing;

    private MockMvc http;
    private AccountSummary holder;

    @BeforeEach
    void aHolder() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        holder = provisioning.createAccount("Zoë Ångström-Okoye", TestAccounts.uniqueEmail("zoe"),
                TestAccounts.PASSWORD, Role.MEMBER);
    }

    @Test
    void the_holder_downloads_a_certificate_naming_them_the_designation_the_dates_and_the_code() throws Exception {
        var awarded = awards.award(holder.id(), "CCEM", Route.EXAM, LocalDate.now(clock).minusMonths(3));

        byte[] pdf = http.perform(get("/certificates/" + awarded.id()).with(user(holder.email())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andReturn().getResponse().getContentAsByteArray();

        try (var document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Zoë Ångström-Okoye", "Certified Customer Experience Manager", "(CCEM)",
                    awarded.verificationCode(), "/credentials/" + awarded.verificationCode(),
                    "Valid until " + org.guildhall.shell.Formats.date(awarded.cycle().lastValidDay()));
        }
    }

    @Test
    void the_certificate_is_written_in_the_language_of_the_page_it_was_asked_from() throws Exception {
        var awarded = awards.award(holder.id(), "CCEM", Route.EXAM, LocalDate.of(2026, 8, 3));

        byte[] pdf = http.perform(get("/certificates/" + awarded.id()).param("lang", "fr-FR")
                        .with(user(holder.email())))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("fr-FR");
            assertThat(new PDFTextStripper().getText(document).replaceAll("\\s+", " "))
                    .contains("Certificat de titre professionnel", "Obtenu le 3 août 2026");
        }
    }

    @Test
    void a_name_beyond_western_european_letters_prints_as_written() throws Exception {
        var polish = provisioning.createAccount("Łucja Włodarczyk", TestAccounts.uniqueEmail("lucja"),
                TestAccounts.PASSWORD, Role.MEMBER);
        var awarded = awards.award(polish.id(), "CCSP", Route.EXAM, LocalDate.now(clock));

        byte[] pdf = http.perform(get("/certificates/" + awarded.id()).with(user(polish.email())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Łucja Włodarczyk",
                    awarded.verificationCode());
        }
    }

    @Test
    void a_registrar_may_download_it_and_another_member_gets_not_found() throws Exception {
        var awarded = awards.award(holder.id(), "CCCS", Route.EXAM, LocalDate.now(clock));
        var other = provisioning.createAccount("Other Member", TestAccounts.uniqueEmail("other"), TestAccounts.PASSWORD,
                Role.MEMBER);

        http.perform(get("/certificates/" + awarded.id()).with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isOk());
        http.perform(get("/certificates/" + awarded.id()).with(user(other.email())))
                .andExpect(status().isNotFound());
        http.perform(get("/certificates/999999999").with(user(holder.email())))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_suspended_or_revoked_certification_has_no_certificate_to_download_as_valid() throws Exception {
        var suspended = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusMonths(1));
        var revoked = awards.award(holder.id(), "CCCS", Route.EXAM, LocalDate.now(clock).minusMonths(1));
        TestAccounts.asRegistrar();
        standing.suspend(suspended.id(), new StandingData(StandingReason.UNDER_REVIEW, "Complaint received.", null));
        standing.revoke(revoked.id(), new StandingData(StandingReason.CODE_OF_CONDUCT, "Complaint upheld.", null));
        TestAccounts.signOut();

        http.perform(get("/certificates/" + suspended.id()).with(user(holder.email())))
                .andExpect(status().isConflict())
                .andExpect(content().string("This certification is suspended, so its certificate cannot be "
                        + "downloaded as valid."));
        http.perform(get("/certificates/" + revoked.id()).with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isConflict());
    }

    @Test
    void the_certificate_prints_the_name_as_issued_whatever_the_profile_says_now() throws Exception {
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock));
        TestAccounts.signInAs(holder);
        var profile = myAccount.currentProfile();
        myAccount.updateCurrentProfile(new org.guildhall.identity.ProfileDetails("Mickey Mouse", profile.phone(),
                profile.postalAddress(), profile.employer(), profile.jobTitle()));
        TestAccounts.signOut();

        byte[] pdf = http.perform(get("/certificates/" + awarded.id()).with(user(holder.email())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Zoë Ångström-Okoye")
                    .doesNotContain("Mickey Mouse");
        }
    }

    @Test
    void a_visitor_is_sent_to_sign_in() throws Exception {
        var awarded = awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock));
        http.perform(get("/certificates/" + awarded.id())).andExpect(redirectedUrl("/login"));
    }

    @Test
    void after_renewal_the_certificate_shows_the_new_cycle() throws Exception {
        var due = awards.award(holder.id(), "CRMS", Route.EXAM,
                LocalDate.now(clock).minusYears(3).plusWeeks(2));
        var renewed = awards.renew(due.id());

        byte[] pdf = http.perform(get("/certificates/" + due.id()).with(user(holder.email())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();

        try (var document = Loader.loadPDF(pdf)) {
            assertThat(new PDFTextStripper().getText(document))
                    .contains("Current cycle 2", "Valid until "
                            + org.guildhall.shell.Formats.date(renewed.cycle().lastValidDay()));
        }
    }
}
