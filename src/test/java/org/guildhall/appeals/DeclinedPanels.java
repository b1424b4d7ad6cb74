package org.guildhall.appeals;

import static org.guildhall.TestAccounts.signInAs;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.guildhall.TestAccounts;
import org.guildhall.assessment.DecisionData;
import org.guildhall.assessment.DomainResult;
import org.guildhall.assessment.DomainVerdict;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.QualifiedAssessors;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.ScoreData;
import org.guildhall.assessment.ScoreSheet;
import org.guildhall.assessment.SubmittedPortfolios;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.MyAccountService;
import org.guildhall.identity.ProfileDetails;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.jspecify.annotations.Nullable;

/**
 * People and a portfolio panel's decision for the appeal tests: accounts (assessors qualified to judge the
 * submitted portfolios' designation, an employer where given) and a panel that declines a candidate's portfolio.
 */
public record DeclinedPanels(AccountProvisioning provisioning, AssessorQualificationRepository qualifications,
        MyAccountService myAccount, PortfolioService portfolios, PortfolioLifecycle lifecycle,
        DocumentService documents, PanelService panels, ReviewService reviews, PanelChairService panelChair,
        Clock clock) {

    public AccountSummary account(String name, @Nullable String employer, Role... roles) {
        var account = TestAccounts.account(provisioning, name, roles);
        if (Arrays.asList(roles).contains(Role.ASSESSOR)) {
            QualifiedAssessors.qualify(qualifications, SubmittedPortfolios.DESIGNATION, account);
        }
        if (employer != null) {
            signInAs(account);
            myAccount.updateCurrentProfile(new ProfileDetails(name, null, null, employer, null));
        }
        return account;
    }

    /** A panel of the three deciders (the first chairs), formed by the registrar, that declines the portfolio. */
    public long declined(AccountSummary candidate, List<AccountSummary> deciders, AccountSummary registrar) {
        long portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents).submittedBy(candidate);
        signInAs(registrar);
        long panelId = panels.form(portfolioId, deciders.stream().map(AccountSummary::id).toList(),
                deciders.getFirst().id(), LocalDate.now(clock).plusDays(21), Map.of());
        for (var decider : deciders) {
            signInAs(decider);
            reviews.submit(panelId, sheet(2, Recommendation.DECLINE));
        }
        signInAs(deciders.getFirst());
        var verdicts = reviews.rubric().domains().stream()
                .map(domain -> new DomainVerdict(domain.code(), DomainResult.NOT_YET_MET, "Not yet evidenced."))
                .toList();
        panelChair.decide(panelId, reviews.panel(panelId).version(), new DecisionData(PanelOutcome.DECLINE,
                "Thin evidence in every domain.", "The evidence does not yet show the standard.", verdicts));
        return panelId;
    }

    private ScoreSheet sheet(int points, Recommendation recommendation) {
        Map<Long, Integer> scored = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        reviews.rubric().domains().forEach(domain -> {
            domain.criteria().forEach(c -> scored.put(c.id(), points));
            comments.put(domain.code(), "Scored " + points + ".");
        });
        return ScoreSheet.blank().with(new ScoreData(scored, comments, recommendation));
    }
}
