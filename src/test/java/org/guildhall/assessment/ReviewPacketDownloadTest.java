package org.guildhall.assessment;

import org.guildhall.assessment.domain.AssessorQualificationRepository;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.CoversWebPaths;
import org.guildhall.FormSignIn;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountAdministrationService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11: the review packet over HTTP through the real security filters (it answered 403 to everyone). Its
 * "owners" are the panel's assessors; registrars may read it too; the candidate and other assessors may not.
 */
@IntegrationTest
@CoversWebPaths("/review/packet/{panelId}")
class ReviewPacketDownloadTest {

    @Autowired WebApplicationContext context;

    @Autowired PortfolioLifecycle lifecycle;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired PortfolioService portfolios;
    @Autowired PanelService panels;
    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired AccountAdministrationService administration;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;

    private MockMvc http;
    private AccountSummary candidate;
    private AccountSummary chair;
    private String packet;

    @BeforeEach
    void aFormedPanel() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        candidate = account("Cato Candidate", Role.MEMBER);
        long portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents).submittedBy(candidate);
        chair = account("Chiara Chair", Role.MEMBER, Role.ASSESSOR);
        var second = account("Sam Second", Role.MEMBER, Role.ASSESSOR);
        var third = account("Tia Third", Role.MEMBER, Role.ASSESSOR);
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        QualifiedAssessors.qualify(qualifications, SubmittedPortfolios.DESIGNATION, chair, second, third);
        long panelId = panels.form(portfolioId, List.of(chair.id(), second.id(), third.id()), chair.id(),
                LocalDate.now(clock).plusDays(30), Map.of());
        SecurityContextHolder.clearContext();
        packet = "/review/packet/" + panelId;
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void an_assessor_on_the_panel_reads_it_as_a_pdf() throws Exception {
        http.perform(get(packet).with(user(chair.email()).roles("MEMBER", "ASSESSOR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void an_assessor_off_the_panel_and_the_candidate_are_told_there_is_none() throws Exception {
        var outsider = account("Otto Outsider", Role.MEMBER, Role.ASSESSOR);
        http.perform(get(packet).with(user(outsider.email()).roles("MEMBER", "ASSESSOR")))
                .andExpect(status().isNotFound());
        http.perform(get(packet).with(user(candidate.email()).roles("MEMBER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_registrar_reads_it() throws Exception {
        http.perform(get(packet).with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void a_visitor_is_sent_to_sign_in() throws Exception {
        http.perform(get(packet)).andExpect(redirectedUrl("/login"));
    }

    /** ASVS 7.4: today a revoked assessor's open tab still read the review queue, essays and documents. */
    @Test
    void a_revoked_assessors_open_session_can_no_longer_read_it() throws Exception {
        var session = FormSignIn.signIn(http, chair.email());
        http.perform(get(packet).session(session)).andExpect(status().isOk());

        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        administration.revokeStaffRole(chair.id(), Role.ASSESSOR);

        http.perform(get(packet).session(session)).andExpect(redirectedUrl("/login"));
    }

    private AccountSummary account(String name, Role... roles) {
        return provisioning.createAccount(name, TestAccounts.uniqueEmail(name.split(" ")[0].toLowerCase()),
                TestAccounts.PASSWORD, roles);
    }
}
