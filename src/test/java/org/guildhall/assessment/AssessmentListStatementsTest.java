package org.guildhall.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.guildhall.TestAccounts;
import org.guildhall.ViewStatementsTest;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 15: the registrar's panels (portfolios waiting and panels at work) and an assessor's review queue cost the
 * same statements at 1 and 50 rows.
 */
class AssessmentListStatementsTest extends ViewStatementsTest {

    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired PanelService panels;
    @Autowired org.guildhall.assessment.domain.AssessorQualificationRepository qualifications;
    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired Clock clock;

    @Test
    void the_registrars_panels_and_an_assessors_queue() {
        var registrar = TestAccounts.account(provisioning, "Rhian Registrar", Role.REGISTRAR);
        List<AccountSummary> seats = List.of(assessor("Chloe Chair"), assessor("Sam Second"), assessor("Tom Third"));
        panelsOf(registrar, seats, 1);
        submitted(1);
        signIn(registrar.email());
        var fewPanels = open("registrar/panels", "awaiting-panel", "open-panels");
        signIn(seats.getFirst().email());
        var fewQueue = open("review", "queue-grid");

        panelsOf(registrar, seats, 49);
        submitted(49);
        signIn(registrar.email());
        var manyPanels = open("registrar/panels", "awaiting-panel", "open-panels");
        signIn(seats.getFirst().email());
        var manyQueue = open("review", "queue-grid");

        report("Registrar panels (portfolios waiting, panels at work)", fewPanels, manyPanels);
        report("Reviewer queue", fewQueue, manyQueue);
        assertConstant("Registrar panels", fewPanels, manyPanels, 6);
        assertConstant("Reviewer queue", fewQueue, manyQueue, 6);
    }

    private AccountSummary assessor(String name) {
        var assessor = TestAccounts.account(provisioning, name, Role.MEMBER, Role.ASSESSOR);
        QualifiedAssessors.qualify(qualifications, SubmittedPortfolios.DESIGNATION, assessor);
        return assessor;
    }

    private List<Long> submitted(int count) {
        var submitted = new SubmittedPortfolios(portfolios, lifecycle, documents);
        return java.util.stream.IntStream.range(0, count)
                .mapToObj(i -> submitted.submittedBy(TestAccounts.account(provisioning, "Kofi Candidate",
                        Role.MEMBER)))
                .toList();
    }

    private void panelsOf(AccountSummary registrar, List<AccountSummary> seats, int count) {
        for (long portfolioId : submitted(count)) {
            TestAccounts.signInAs(registrar);
            panels.form(portfolioId, seats.stream().map(AccountSummary::id).toList(), seats.getFirst().id(),
                    LocalDate.now(clock).plusDays(30), Map.of());
        }
    }
}
