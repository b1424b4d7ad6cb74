package org.guildhall.assessment;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioRefusedException;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.PortfolioStatus;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.guildhall.TestAccounts.signInAs;

/**
 * Issue 20 on MariaDB: a candidate not yet competent in Operations resubmits within the window; the same panel
 * assesses Operations only, the three domains met carry over into the award, and the letter says which did.
 */
@IntegrationTest
class PartialResubmissionIntegrationTest {

    private static final String DESIGNATION = SubmittedPortfolios.DESIGNATION;

    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired PanelService panels;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService panelChair;
    @Autowired CertificationService certifications;
    @Autowired AccountProvisioning provisioning;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired MutableClock clock;

    private AccountSummary registrar;
    private AccountSummary candidate;
    private List<AccountSummary> panel;
    private long portfolioId;
    private long firstPanelId;

    @BeforeEach
    void a_panel_finds_operations_not_yet_met() {
        registrar = TestAccounts.account(provisioning, "Rhian Registrar", Role.REGISTRAR);
        candidate = TestAccounts.account(provisioning, "Ola Candidate", Role.MEMBER);
        portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents).submittedBy(candidate);
        panel = List.of(assessor("Pia Chair"), assessor("Quin Second"), assessor("Ravi Third"));
        signInAs(registrar);
        firstPanelId = panels.form(portfolioId, panel.stream().map(AccountSummary::id).toList(), panel.getFirst().id(),
                today().plusDays(30), Map.of());
        scoreAll(firstPanelId, Recommendation.RESUBMIT);
        signInAs(panel.getFirst());
        panelChair.decide(firstPanelId, reviews.panel(firstPanelId).version(), new DecisionData(PanelOutcome.RESUBMIT,
                "Operations is asserted, not evidenced.", "Show how you ran operations day to day.",
                DomainVerdict.allMet(reviews.rubric(firstPanelId)).stream().map(v -> v.domainCode().equals("OPERATIONS")
                        ? new DomainVerdict("OPERATIONS", DomainResult.NOT_YET_MET, "Evidence your capacity planning.")
                        : v).toList()));
    }

    @Test
    void only_operations_is_reassessed_by_the_same_panel_and_the_met_domains_carry_over_into_the_award()
            throws IOException {
        signInAs(candidate);
        var reopened = portfolios.myPortfolio(portfolioId);
        assertThat(reopened.resubmitBy()).as("the window: 12 months by default").isEqualTo(today().plusMonths(12));
        portfolios.submit(portfolioId, reopened.version());

        signInAs(registrar);
        var options = panels.options(portfolioId);
        assertThat(options).filteredOn(AssessorOption::proposed).extracting(AssessorOption::accountId)
                .as("the same panel, its members being available")
                .containsExactlyInAnyOrderElementsOf(panel.stream().map(AccountSummary::id).toList());
        assertThat(options).filteredOn(o -> o.accountId() == panel.getFirst().id()).singleElement()
                .satisfies(o -> {
                    assertThat(o.conflicts()).as("judging the resubmission is no conflict").isEmpty();
                    assertThat(o.continuity()).singleElement().extracting(t -> t.key())
                            .isEqualTo("assessment.conflict.earlier-panel.continuity");
                });
        long secondPanelId = panels.form(portfolioId, panel.stream().map(AccountSummary::id).toList(),
                panel.getFirst().id(), today().plusDays(30), Map.of());

        signInAs(panel.get(1));
        assertThat(reviews.rubric(secondPanelId).domains()).extracting(Rubric.Domain::code)
                .containsExactly("OPERATIONS");
        assertThat(reviews.carriedOver(secondPanelId)).extracting(DomainVerdict::domainCode)
                .containsExactly("LEADERSHIP", "PEOPLE", "CUSTOMERS");
        scoreAll(secondPanelId, Recommendation.AWARD);

        signInAs(panel.getFirst());
        assertThat(panelChair.moderation(secondPanelId).domains()).as("moderated on Operations only").hasSize(1);
        panelChair.decide(secondPanelId, reviews.panel(secondPanelId).version(), new DecisionData(PanelOutcome.AWARD,
                "Capacity planning now evidenced.", "Congratulations.",
                List.of(new DomainVerdict("OPERATIONS", DomainResult.MET, ""))));

        assertThat(certifications.certificationsOf(candidate.id())).extracting(CertificationSummary::designationCode)
                .containsExactly(DESIGNATION);
        signInAs(candidate);
        var awarded = portfolios.myPortfolio(portfolioId);
        assertThat(awarded.status()).isEqualTo(PortfolioStatus.AWARDED);
        String letter;
        try (var pdf = Loader.loadPDF(documents.open(awarded.letters().getLast().documentId()).bytes()
                .readAllBytes())) {
            letter = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
        }
        assertThat(letter).contains("Met (carried over)",
                "Met at your earlier assessment and carried over, so not assessed again: Leadership, People, Customers.");
    }

    @Test
    void a_chair_cannot_award_without_deciding_the_resubmitted_domain() {
        signInAs(candidate);
        portfolios.submit(portfolioId, portfolios.myPortfolio(portfolioId).version());
        signInAs(registrar);
        long secondPanelId = panels.form(portfolioId, panel.stream().map(AccountSummary::id).toList(),
                panel.getFirst().id(), today().plusDays(30), Map.of());
        scoreAll(secondPanelId, Recommendation.AWARD);

        signInAs(panel.getFirst());
        assertThatExceptionOfType(AssessmentRefusedException.class).isThrownBy(() -> panelChair.decide(secondPanelId,
                        reviews.panel(secondPanelId).version(), new DecisionData(PanelOutcome.AWARD, "x", "y",
                                List.of(new DomainVerdict("OPERATIONS", DomainResult.NOT_YET_MET, "Still thin.")))))
                .withMessageContaining("Operations is not yet met");
    }

    @Test
    void after_the_window_the_resubmission_is_refused_with_the_day_it_closed() {
        clock.advance(Duration.ofDays(366));
        signInAs(candidate);
        var reopened = portfolios.myPortfolio(portfolioId);
        assertThatExceptionOfType(PortfolioRefusedException.class)
                .isThrownBy(() -> portfolios.submit(portfolioId, reopened.version()))
                .withMessageContaining("The window to resubmit closed on");
    }

    private AccountSummary assessor(String name) {
        var assessor = TestAccounts.account(provisioning, name, Role.MEMBER, Role.ASSESSOR);
        QualifiedAssessors.qualify(qualifications, DESIGNATION, assessor);
        return assessor;
    }

    /** Every panel member submits a complete sheet over what this panel scores. */
    private void scoreAll(long panelId, Recommendation recommendation) {
        for (var member : panel) {
            signInAs(member);
            Map<Long, Integer> points = new HashMap<>();
            Map<String, String> comments = new HashMap<>();
            reviews.rubric(panelId).domains().forEach(domain -> {
                domain.criteria().forEach(c -> points.put(c.id(), 3));
                comments.put(domain.code(), "Scored on the evidence given.");
            });
            reviews.submit(panelId, reviews.myScore(panelId).with(new ScoreData(points, comments, recommendation)));
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
