package org.guildhall.assessment;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.guildhall.CoversWebPaths;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 20 over HTTP, through the real security filters: an assessor calibrating reads a benchmark portfolio's
 * documents though they sit on no panel for it; a member who is not its owner does not, and an assessor reads no
 * document of a portfolio that is not a benchmark.
 */
@IntegrationTest
@CoversWebPaths("/documents/{id}")
class BenchmarkDocumentAccessTest {

    @Autowired WebApplicationContext context;
    @Autowired CalibrationService calibration;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired AccountProvisioning provisioning;

    private MockMvc http;
    private AccountSummary assessor;
    private UUID benchmarkEvidence;
    private UUID otherEvidence;

    @BeforeEach
    void aBenchmarkAndAnotherPortfolio() {
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var submitted = new SubmittedPortfolios(portfolios, lifecycle, documents);
        long benchmarkPortfolio = submitted.submittedBy(TestAccounts.account(provisioning, "Bram Benchmark", Role.MEMBER));
        long otherPortfolio = submitted.submittedBy(TestAccounts.account(provisioning, "Olga Other", Role.MEMBER));
        assessor = TestAccounts.account(provisioning, "Cal Assessor", Role.MEMBER, Role.ASSESSOR);
        TestAccounts.signInAs(TestAccounts.account(provisioning, "Rory Registrar", Role.REGISTRAR));
        var agreed = Map.of("LEADERSHIP", BigDecimal.TWO, "PEOPLE", BigDecimal.TWO, "CUSTOMERS", BigDecimal.TWO,
                "OPERATIONS", BigDecimal.TWO);
        calibration.markBenchmark(new BenchmarkData("Access reference", benchmarkPortfolio, agreed));
        benchmarkEvidence = portfolios.portfolio(benchmarkPortfolio).current().content().documentIds().getFirst();
        otherEvidence = portfolios.portfolio(otherPortfolio).current().content().documentIds().getFirst();
        TestAccounts.signOut();
    }

    @Test
    void an_assessor_reads_a_benchmark_portfolios_document_while_calibrating() throws Exception {
        http.perform(get("/documents/" + benchmarkEvidence).with(user(assessor.email()).roles(Role.Names.ASSESSOR)))
                .andExpect(status().isOk());
    }

    @Test
    void a_member_who_does_not_own_it_does_not() throws Exception {
        var member = TestAccounts.account(provisioning, "Mo Member", Role.MEMBER);
        http.perform(get("/documents/" + benchmarkEvidence).with(user(member.email()).roles(Role.Names.MEMBER)))
                .andExpect(status().isNotFound());
    }

    @Test
    void an_assessor_reads_nothing_of_a_portfolio_that_is_not_a_benchmark() throws Exception {
        http.perform(get("/documents/" + otherEvidence).with(user(assessor.email()).roles(Role.Names.ASSESSOR)))
                .andExpect(status().isNotFound());
    }
}
