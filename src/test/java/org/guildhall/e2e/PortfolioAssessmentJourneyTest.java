package org.guildhall.e2e;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.guildhall.TestAccounts;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.ScoreData;
import org.guildhall.assessment.ScoreSheet;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.Route;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.Evidence;
import org.guildhall.portfolio.KeyProject;
import org.guildhall.portfolio.PortfolioContent;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.portfolio.Reference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 5's journey end to end: a candidate submits their portfolio, three assessors score it in the reviewer
 * workspace, the chair awards the designation, and the candidate is certified and reads the decision.
 * The portfolio's content and the panel are set up through the services; submitting, scoring and deciding are
 * clicked.
 */
class PortfolioAssessmentJourneyTest extends BrowserTest {

    private static final String CHAIR = "assessor@guildhall.example";
    private static final List<String> ASSESSORS = List.of(CHAIR, "mei.chen@lumen-care.example",
            "rohan.desai@guildhall.example");

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired PanelService panels;
    @Autowired ReviewService reviews;
    @Autowired CertificationService certifications;
    @Autowired Clock clock;

    @AfterEach
    void signOutOfServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_candidate_submits_three_assessors_score_the_chair_awards_and_the_candidate_is_certified() {
        var candidate = provisioning.createAccount("Nkechi Adeyemi", TestAccounts.uniqueEmail("nkechi"),
                TestAccounts.PASSWORD, Role.MEMBER);
        long portfolioId = preparedPortfolio(candidate);

        signIn(candidate.email(), TestAccounts.PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/portfolio/" + portfolioId, By.id("completeness"));
        click(browser.findElement(By.id("submit-portfolio")));
        waitUntil(ExpectedConditions.textToBe(By.id("portfolio-status"), "Submitted for assessment"));

        TestAccounts.signInAs("registrar@guildhall.example", Role.REGISTRAR);
        var ids = ASSESSORS.stream().map(email -> accounts.findByEmail(email).orElseThrow().id()).toList();
        long panelId = panels.form(portfolioId, ids, ids.getFirst(), LocalDate.now(clock).plusDays(21), Map.of());

        // The chair scores every criterion by hand; the other two find drafts they saved earlier (set up through
        // the service to keep the journey short), choose their recommendation and submit.
        scoreEverything(CHAIR, panelId, 3);
        for (String assessor : ASSESSORS.subList(1, ASSESSORS.size())) {
            TestAccounts.signInAs(assessor, Role.MEMBER, Role.ASSESSOR);
            reviews.saveDraft(panelId, draft(reviews.myScore(panelId), ASSESSORS.indexOf(assessor) + 1));
            openScore(assessor, panelId);
            submitWithRecommendation();
        }
        SecurityContextHolder.clearContext();

        signIn(CHAIR, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/review/panel/" + panelId, By.id("panel-tabs"));
        click(browser.findElement(By.id("tab-decision")));
        assertThat(waitFor(By.id("moderation")).getText()).contains("Leadership", "Operations");
        click(browser.findElement(By.cssSelector("#decision-outcome vaadin-radio-button:nth-of-type(1) label")));
        type(browser.findElement(By.cssSelector("#decision-rationale textarea")),
                "Consistent, well-evidenced results in all four domains.");
        type(browser.findElement(By.cssSelector("#decision-message textarea")),
                "Congratulations: your routing redesign impressed the panel.");
        click(browser.findElement(By.id("record-decision")));
        click(waitFor(By.id("confirm-decision")));
        waitUntil(ExpectedConditions.textToBe(By.id("panel-status"), "Decided"));

        assertThat(certifications.certificationsOf(candidate.id())).singleElement()
                .extracting(CertificationSummary::designationCode, CertificationSummary::route)
                .containsExactly("CCSM", Route.EXPERIENCE);

        signIn(candidate.email(), TestAccounts.PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/portfolio/" + portfolioId, By.id("portfolio-letters"));
        assertThat(browser.findElement(By.id("portfolio-status")).getText()).isEqualTo("Awarded");
        assertThat(browser.findElement(By.id("portfolio-letters")).getText()).contains("Decision letter: Awarded");
        assertThat(browser.findElement(By.id("portfolio-editor")).getText())
                .doesNotContain("Daniel Whitfield", "Mei Chen", "Rohan Desai");
    }

    /** Every criterion at {@code points}, a comment per domain, recommend award, submit. */
    private void scoreEverything(String assessor, long panelId, int points) {
        openScore(assessor, panelId);
        for (var criterion : reviews.rubric().criteria()) {
            click(browser.findElement(By.cssSelector("#criterion-" + criterion.id()
                    + " vaadin-radio-button:nth-of-type(" + (points + 1) + ") label")));
        }
        for (var domain : reviews.rubric().domains()) {
            type(browser.findElement(By.cssSelector("#comment-" + domain.code() + " textarea")),
                    "The portfolio shows this well, with figures.", Keys.TAB);
        }
        submitWithRecommendation();
    }

    private void openScore(String assessor, long panelId) {
        signIn(assessor, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/review/panel/" + panelId, By.id("panel-tabs"));
        click(browser.findElement(By.id("tab-score")));
        waitFor(By.id("score-form"));
    }

    private void submitWithRecommendation() {
        click(browser.findElement(By.cssSelector("#recommendation vaadin-radio-button:nth-of-type(1) label")));
        click(browser.findElement(By.id("submit-score")));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("score-saved"), "Submitted"));
    }

    private ScoreSheet draft(ScoreSheet base, int points) {
        Map<Long, Integer> scored = new HashMap<>();
        Map<String, String> comments = new HashMap<>();
        reviews.rubric().domains().forEach(domain -> {
            domain.criteria().forEach(criterion -> scored.put(criterion.id(), points));
            comments.put(domain.code(), "Clear evidence, with figures.");
        });
        return base.with(new ScoreData(scored, comments, null));
    }

    private long preparedPortfolio(AccountSummary candidate) {
        TestAccounts.signInAs(candidate.email(), Role.MEMBER);
        long id = lifecycle.open(candidate.id(), "CCSM");
        var content = new PortfolioContent(
                List.of(project("Omnichannel routing redesign"), project("Complaints recovery desk")),
                List.of(new Evidence(store(candidate, "csat.pdf", SampleFiles.pdf()), "CSAT from 71 to 83")),
                List.of(new Reference("Grace Lindqvist", "grace@example.org", "Former supervisor",
                                store(candidate, "grace.pdf", SampleFiles.pdf())),
                        new Reference("Liam O'Connor", "liam@example.org", "Client",
                                store(candidate, "liam.png", SampleFiles.png()))));
        portfolios.saveDraft(id, portfolios.myPortfolio(id).version(), content);
        SecurityContextHolder.clearContext();
        return id;
    }

    private UUID store(AccountSummary owner, String name, byte[] bytes) {
        return documents.store(owner.id(), name, new ByteArrayInputStream(bytes), bytes.length).id();
    }

    private static KeyProject project(String title) {
        return new KeyProject(title, "Programme lead", LocalDate.of(2023, 1, 9), LocalDate.of(2023, 11, 30),
                "Redesigned how contacts are routed across three sites.", "Abandon rate down from 11% to 4%.");
    }
}
