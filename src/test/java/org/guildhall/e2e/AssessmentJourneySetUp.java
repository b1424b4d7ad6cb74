package org.guildhall.e2e;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.guildhall.TestAccounts;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.ScoreData;
import org.guildhall.assessment.SubmittedPortfolios;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * What the assessment journeys set up through the services before they click: a new candidate with a complete CCSM
 * portfolio, the panel of the three demo assessors (qualified by the demo data), and scores on every criterion.
 * A component in the test sources, so the journeys' shared context finds it by scanning. Each step signs out of
 * the services when done, as the journeys act in the browser next.
 */
@Component
class AssessmentJourneySetUp {

    static final String CHAIR = "assessor@guildhall.example";
    static final List<String> ASSESSORS = List.of(CHAIR, "mei.chen@lumen-care.example",
            "rohan.desai@guildhall.example");
    private static final String REGISTRAR = "registrar@guildhall.example";

    private final AccountService accounts;
    private final AccountProvisioning provisioning;
    private final SubmittedPortfolios portfolios;
    private final PanelService panels;
    private final ReviewService reviews;
    private final Clock clock;

    AssessmentJourneySetUp(AccountService accounts, AccountProvisioning provisioning, PortfolioService portfolios,
            PortfolioLifecycle lifecycle, DocumentService documents, PanelService panels, ReviewService reviews,
            Clock clock) {
        this.accounts = accounts;
        this.provisioning = provisioning;
        this.portfolios = new SubmittedPortfolios(portfolios, lifecycle, documents);
        this.panels = panels;
        this.reviews = reviews;
        this.clock = clock;
    }

    /** A new member who signs in with {@link TestAccounts#PASSWORD}. */
    AccountSummary candidate(String fullName) {
        String firstName = fullName.substring(0, fullName.indexOf(' ')).toLowerCase(Locale.ROOT);
        return provisioning.createAccount(fullName, TestAccounts.uniqueEmail(firstName), TestAccounts.PASSWORD,
                Role.MEMBER);
    }

    /** The candidate's complete portfolio, saved for them to submit in the browser. */
    long draftPortfolio(AccountSummary candidate) {
        try {
            return portfolios.draftBy(candidate);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The candidate's complete portfolio, submitted and waiting for a panel. */
    long submittedPortfolio(AccountSummary candidate) {
        try {
            return portfolios.submittedBy(candidate);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** The registrar seats the three demo assessors, the chair first, due in three weeks. */
    long panelOfDemoAssessors(long portfolioId) {
        var ids = ASSESSORS.stream().map(email -> accounts.findByEmail(email).orElseThrow().id()).toList();
        TestAccounts.signInAs(REGISTRAR, Role.REGISTRAR);
        try {
            return panels.form(portfolioId, ids, ids.getFirst(), LocalDate.now(clock).plusDays(21), Map.of());
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /**
     * A score of {@code points} on every criterion the panel judges, with a comment per domain; read as the
     * signed-in assessor.
     */
    ScoreData everyCriterion(long panelId, int points, @Nullable Recommendation recommendation) {
        Map<Long, Integer> scored = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        reviews.rubric(panelId).domains().forEach(domain -> {
            domain.criteria().forEach(criterion -> scored.put(criterion.id(), points));
            comments.put(domain.code(), "Scored on the evidence given, with figures.");
        });
        return new ScoreData(scored, comments, recommendation);
    }
}
