package org.guildhall.assessment;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.TestAccounts;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.assessment.domain.AssessorQualificationRepository;

/** Panels formed, scored and decided through the services, for the tests of what is reported about them. */
public final class PanelFixtures {

    private final PortfolioService portfolios;
    private final PortfolioLifecycle lifecycle;
    private final DocumentService documents;
    private final PanelService panels;
    private final ReviewService reviews;
    private final PanelChairService chairs;
    private final AccountProvisioning provisioning;
    private final AssessorQualificationRepository qualifications;
    private final AccountSummary registrar;

    public PanelFixtures(PortfolioService portfolios, PortfolioLifecycle lifecycle, DocumentService documents,
            PanelService panels, ReviewService reviews, PanelChairService chairs, AccountProvisioning provisioning,
            AssessorQualificationRepository qualifications) {
        this.portfolios = portfolios;
        this.lifecycle = lifecycle;
        this.documents = documents;
        this.panels = panels;
        this.reviews = reviews;
        this.chairs = chairs;
        this.provisioning = provisioning;
        this.qualifications = qualifications;
        this.registrar = TestAccounts.account(provisioning, "Rhian Registrar", Role.REGISTRAR);
    }

    /** A new assessor the registrar has qualified to judge the fixtures' portfolios. */
    public AccountSummary assessor(String name) {
        var assessor = TestAccounts.account(provisioning, name, Role.MEMBER, Role.ASSESSOR);
        QualifiedAssessors.qualify(qualifications, SubmittedPortfolios.DESIGNATION, assessor);
        return assessor;
    }

    /** A new candidate's portfolio, submitted now, with a panel of {@code seats} (the first chairs) due on a day. */
    public long panel(List<AccountSummary> seats, LocalDate dueOn) {
        var candidate = TestAccounts.account(provisioning, "Kofi Candidate", Role.MEMBER);
        long portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents).submittedBy(candidate);
        TestAccounts.signInAs(registrar);
        return panels.form(portfolioId, seats.stream().map(AccountSummary::id).toList(), seats.getFirst().id(),
                dueOn, Map.of());
    }

    /** The assessor submits a complete score now. */
    public void score(long panelId, AccountSummary assessor) {
        TestAccounts.signInAs(assessor);
        Map<Long, Integer> points = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        reviews.rubric().domains().forEach(domain -> {
            domain.criteria().forEach(criterion -> points.put(criterion.id(), 3));
            comments.put(domain.code(), "Sound evidence in this domain.");
        });
        reviews.submit(panelId, reviews.myScore(panelId).with(new ScoreData(points, comments, Recommendation.AWARD)));
    }

    /** The chair records the outcome now (a resubmission or decline with the first domain not yet met). */
    public void decide(long panelId, AccountSummary chair, PanelOutcome outcome) {
        TestAccounts.signInAs(chair);
        var verdicts = DomainVerdict.allMet(reviews.rubric());
        if (outcome != PanelOutcome.AWARD) {
            var first = verdicts.getFirst();
            verdicts = new java.util.ArrayList<>(verdicts);
            verdicts.set(0, new DomainVerdict(first.domainCode(), DomainResult.NOT_YET_MET, "Evidence it."));
        }
        chairs.decide(panelId, reviews.panel(panelId).version(),
                new DecisionData(outcome, "Decided on the evidence.", "Thank you for your portfolio.", verdicts));
    }

    /** The assessor leaves the panel, and the registrar seats {@code replacement} in their place. */
    public void recuseAndReplace(long panelId, AccountSummary assessor, AccountSummary replacement) {
        TestAccounts.signInAs(assessor);
        reviews.recuse(panelId, "I supervised the candidate last year.");
        TestAccounts.signInAs(registrar);
        long seat = reviews.panel(panelId).members().stream()
                .filter(member -> member.assessorAccountId() == assessor.id()).findFirst().orElseThrow().memberId();
        panels.replace(panelId, seat, replacement.id(), null);
    }
}
