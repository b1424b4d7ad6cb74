package org.guildhall.e2e;

import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.guildhall.TestAccounts;
import org.guildhall.assessment.DecisionData;
import org.guildhall.assessment.DomainResult;
import org.guildhall.assessment.DomainVerdict;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.ScoreData;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
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
 * Issue 20's journey: a candidate found not yet competent in Operations resubmits that domain only, the registrar
 * forms the same panel again (proposed, as its members are available), the assessors score Operations only, and
 * the chair awards with the other three domains carried over. The first round is set up through the services;
 * resubmitting, forming, scoring and deciding are clicked.
 */
class PartialResubmissionJourneyTest extends BrowserTest {

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
    @Autowired PanelChairService panelChair;
    @Autowired CertificationService certifications;
    @Autowired Clock clock;

    @AfterEach
    void signOutOfServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_candidate_not_yet_competent_in_operations_resubmits_that_domain_only_and_is_awarded() {
        var candidate = provisioning.createAccount("Tendai Moyo", TestAccounts.uniqueEmail("tendai"),
                TestAccounts.PASSWORD, Role.MEMBER);
        long portfolioId = submittedPortfolio(candidate);
        var ids = ASSESSORS.stream().map(email -> accounts.findByEmail(email).orElseThrow().id()).toList();
        TestAccounts.signInAs("registrar@guildhall.example", Role.REGISTRAR);
        long firstPanel = panels.form(portfolioId, ids, ids.getFirst(), LocalDate.now(clock).plusDays(21), Map.of());
        everyoneScores(firstPanel, 2, Recommendation.RESUBMIT);
        TestAccounts.signInAs(CHAIR, Role.MEMBER, Role.ASSESSOR);
        panelChair.decide(firstPanel, reviews.panel(firstPanel).version(), new DecisionData(PanelOutcome.RESUBMIT,
                "Operations is asserted, not evidenced.", "Show how you planned capacity week by week.",
                DomainVerdict.allMet(reviews.rubric()).stream().map(v -> v.domainCode().equals("OPERATIONS")
                        ? new DomainVerdict("OPERATIONS", DomainResult.NOT_YET_MET, "Evidence your capacity planning.")
                        : v).toList()));
        SecurityContextHolder.clearContext();

        signIn(candidate.email(), TestAccounts.PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/portfolio/" + portfolioId, By.id("panel-guidance"));
        assertThat(browser.findElement(By.id("resubmit-by")).getText())
                .startsWith("Resubmit by").contains("only the competency domains not yet met are assessed again");
        click(browser.findElement(By.id("submit-portfolio")));
        // The page stays scrolled down at the button, where Chromium reports the badge's rendered text as empty.
        waitUntil(ExpectedConditions.attributeToBe(By.id("portfolio-status"), "textContent",
                "Submitted for assessment"));

        signIn("registrar@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/registrar/panels/form/" + portfolioId, By.id("assessor-options"));
        assertThat(browser.findElement(By.id("assessor-options")).getText())
                .contains("Sat on the earlier panel of this CCSM portfolio");
        click(browser.findElement(By.id("form-panel-submit")));
        waitFor(By.id("panel-title"));
        long secondPanel = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/", "").replaceAll("\\?.*", ""));
        assertThat(browser.findElement(By.id("carried-over")).getText())
                .contains("Carried over as met: Leadership, People, Customers");

        TestAccounts.signInAs("registrar@guildhall.example", Role.REGISTRAR);
        var chair = reviews.panel(secondPanel).members().stream().filter(m -> m.chair()).findFirst().orElseThrow();
        String chairEmail = accounts.summaryOf(chair.assessorAccountId()).email();
        for (String assessor : ASSESSORS) {
            if (!assessor.equals(chairEmail)) {
                TestAccounts.signInAs(assessor, Role.MEMBER, Role.ASSESSOR);
                reviews.submit(secondPanel, reviews.myScore(secondPanel).with(operationsOnly(3, Recommendation.AWARD)));
            }
        }
        SecurityContextHolder.clearContext();

        signIn(chairEmail, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/review/panel/" + secondPanel, By.id("panel-tabs"));
        click(browser.findElement(By.id("tab-score")));
        waitFor(By.id("score-form"));
        assertThat(browser.findElements(By.cssSelector("#comment-LEADERSHIP"))).as("met domains are not scored")
                .isEmpty();
        TestAccounts.signInAs(chairEmail, Role.MEMBER, Role.ASSESSOR);
        for (var criterion : reviews.rubric(secondPanel).criteria()) {
            click(browser.findElement(By.cssSelector("#criterion-" + criterion.id()
                    + " vaadin-radio-button:nth-of-type(4) label")));
        }
        SecurityContextHolder.clearContext();
        type(browser.findElement(By.cssSelector("#comment-OPERATIONS textarea")),
                "Week-by-week capacity plans with forecast accuracy.", Keys.TAB);
        click(browser.findElement(By.cssSelector("#recommendation vaadin-radio-button:nth-of-type(1) label")));
        click(browser.findElement(By.id("submit-score")));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("score-saved"), "Submitted"));

        click(browser.findElement(By.id("tab-decision")));
        assertThat(waitFor(By.id("moderation")).getText()).contains("Operations").doesNotContain("Leadership");
        click(browser.findElement(By.cssSelector("#decision-outcome vaadin-radio-button:nth-of-type(1) label")));
        type(browser.findElement(By.cssSelector("#decision-rationale textarea")),
                "Capacity planning is now evidenced week by week.");
        type(browser.findElement(By.cssSelector("#decision-message textarea")),
                "Congratulations: Operations is now met.");
        click(browser.findElement(By.id("record-decision")));
        click(waitFor(By.id("confirm-decision")));
        waitUntil(ExpectedConditions.textToBe(By.id("panel-status"), "Decided"));

        assertThat(certifications.certificationsOf(candidate.id()))
                .extracting(CertificationSummary::designationCode).containsExactly("CCSM");
        signIn(candidate.email(), TestAccounts.PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/portfolio/" + portfolioId, By.id("portfolio-letters"));
        assertThat(browser.findElement(By.id("portfolio-status")).getAttribute("textContent")).isEqualTo("Awarded");
    }

    private void everyoneScores(long panelId, int points, Recommendation recommendation) {
        for (String assessor : ASSESSORS) {
            TestAccounts.signInAs(assessor, Role.MEMBER, Role.ASSESSOR);
            Map<Long, Integer> scored = new HashMap<>();
            Map<String, String> comments = new HashMap<>();
            reviews.rubric(panelId).domains().forEach(domain -> {
                domain.criteria().forEach(criterion -> scored.put(criterion.id(), points));
                comments.put(domain.code(), "Scored on the evidence given.");
            });
            reviews.submit(panelId, reviews.myScore(panelId).with(new ScoreData(scored, comments, recommendation)));
        }
    }

    private ScoreData operationsOnly(int points, Recommendation recommendation) {
        Map<Long, Integer> scored = new HashMap<>();
        reviews.rubric().domains().stream().filter(d -> d.code().equals("OPERATIONS"))
                .forEach(d -> d.criteria().forEach(criterion -> scored.put(criterion.id(), points)));
        return new ScoreData(scored, Map.of("OPERATIONS", "Now evidenced."), recommendation);
    }

    private long submittedPortfolio(AccountSummary candidate) {
        TestAccounts.signInAs(candidate.email(), Role.MEMBER);
        long id = lifecycle.open(candidate.id(), "CCSM");
        var content = new PortfolioContent(
                List.of(project("Contact-centre capacity model"), project("Complaints recovery desk")),
                List.of(new Evidence(store(candidate, "plan.pdf", SampleFiles.pdf()), "Staffing plan, 2024")),
                List.of(new Reference("Ngozi Eze", "ngozi@example.org", "Former supervisor",
                                store(candidate, "ngozi.pdf", SampleFiles.pdf())),
                        new Reference("Pat Doyle", "pat@example.org", "Client",
                                store(candidate, "pat.png", SampleFiles.png()))));
        var saved = portfolios.saveDraft(id, portfolios.myPortfolio(id).version(), content);
        portfolios.submit(id, saved.version());
        SecurityContextHolder.clearContext();
        return id;
    }

    private UUID store(AccountSummary owner, String name, byte[] bytes) {
        return documents.store(owner.id(), name, new ByteArrayInputStream(bytes), bytes.length).id();
    }

    private static KeyProject project(String title) {
        return new KeyProject(title, "Operations lead", LocalDate.of(2023, 1, 9), LocalDate.of(2023, 11, 30),
                "Planned staffing for a 60-seat contact centre.", "Service level up from 72% to 88%.");
    }
}
