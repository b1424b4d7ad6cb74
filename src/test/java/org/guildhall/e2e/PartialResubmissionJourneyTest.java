package org.guildhall.e2e;

import java.util.HashMap;
import java.util.Map;

import org.guildhall.TestAccounts;
import org.guildhall.assessment.DecisionData;
import org.guildhall.assessment.DomainResult;
import org.guildhall.assessment.DomainVerdict;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.assessment.Recommendation;
import org.guildhall.assessment.ReviewService;
import org.guildhall.assessment.ScoreData;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.e2e.AssessmentJourneySetUp.ASSESSORS;
import static org.guildhall.e2e.AssessmentJourneySetUp.CHAIR;

/**
 * Issue 20's journey: a candidate found not yet competent in Operations resubmits that domain only, the registrar
 * forms the same panel again (proposed, as its members are available), the assessors score Operations only, and
 * the chair awards with the other three domains carried over. The first round is set up through the services;
 * resubmitting, forming, scoring and deciding are clicked.
 */
class PartialResubmissionJourneyTest extends AssessmentBrowserTest {

    @Autowired AccountService accounts;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService panelChair;
    @Autowired CertificationService certifications;

    @Test
    void a_candidate_not_yet_competent_in_operations_resubmits_that_domain_only_and_is_awarded() {
        var candidate = setUp.candidate("Tendai Moyo");
        long portfolioId = setUp.submittedPortfolio(candidate);
        long firstPanel = setUp.panelOfDemoAssessors(portfolioId);
        for (String assessor : ASSESSORS) {
            TestAccounts.signInAs(assessor, Role.MEMBER, Role.ASSESSOR);
            reviews.submit(firstPanel, reviews.myScore(firstPanel)
                    .with(setUp.everyCriterion(firstPanel, 2, Recommendation.RESUBMIT)));
        }
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

        openScoreSheet(chairEmail, secondPanel);
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
        submitRecommendingAward();

        click(browser.findElement(By.id("tab-decision")));
        assertThat(waitFor(By.id("moderation")).getText()).contains("Operations").doesNotContain("Leadership");
        recordAward("Capacity planning is now evidenced week by week.", "Congratulations: Operations is now met.");

        assertThat(certifications.certificationsOf(candidate.id()))
                .extracting(CertificationSummary::designationCode).containsExactly("CCSM");
        signIn(candidate.email(), TestAccounts.PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/portfolio/" + portfolioId, By.id("portfolio-letters"));
        assertThat(browser.findElement(By.id("portfolio-status")).getAttribute("textContent")).isEqualTo("Awarded");
    }

    private ScoreData operationsOnly(int points, Recommendation recommendation) {
        Map<Long, Integer> scored = new HashMap<>();
        reviews.rubric().domains().stream().filter(d -> d.code().equals("OPERATIONS"))
                .forEach(d -> d.criteria().forEach(criterion -> scored.put(criterion.id(), points)));
        return new ScoreData(scored, Map.of("OPERATIONS", "Now evidenced."), recommendation);
    }
}
