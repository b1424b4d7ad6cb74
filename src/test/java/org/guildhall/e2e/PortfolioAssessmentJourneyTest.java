package org.guildhall.e2e;

import org.guildhall.TestAccounts;
import org.guildhall.assessment.ReviewService;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.Route;
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
 * Issue 5's journey end to end: a candidate submits their portfolio, three assessors score it in the reviewer
 * workspace, the chair awards the designation, and the candidate is certified and reads the decision.
 * The portfolio's content and the panel are set up through the services; submitting, scoring and deciding are
 * clicked.
 */
class PortfolioAssessmentJourneyTest extends AssessmentBrowserTest {

    @Autowired ReviewService reviews;
    @Autowired CertificationService certifications;

    @Test
    void a_candidate_submits_three_assessors_score_the_chair_awards_and_the_candidate_is_certified() {
        var candidate = setUp.candidate("Nkechi Adeyemi");
        long portfolioId = setUp.draftPortfolio(candidate);

        signIn(candidate.email(), TestAccounts.PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/portfolio/" + portfolioId, By.id("completeness"));
        click(browser.findElement(By.id("submit-portfolio")));
        // The page stays scrolled down at the button, where Chromium reports the badge's rendered text as empty.
        waitUntil(ExpectedConditions.attributeToBe(By.id("portfolio-status"), "textContent",
                "Submitted for assessment"));

        long panelId = setUp.panelOfDemoAssessors(portfolioId);

        // The chair scores every criterion by hand; the other two find drafts they saved earlier (set up through
        // the service to keep the journey short), choose their recommendation and submit.
        scoreEverything(CHAIR, panelId, 3);
        for (String assessor : ASSESSORS.subList(1, ASSESSORS.size())) {
            TestAccounts.signInAs(assessor, Role.MEMBER, Role.ASSESSOR);
            reviews.saveDraft(panelId, reviews.myScore(panelId)
                    .with(setUp.everyCriterion(panelId, ASSESSORS.indexOf(assessor) + 1, null)));
            openScoreSheet(assessor, panelId);
            submitRecommendingAward();
        }
        SecurityContextHolder.clearContext();

        signIn(CHAIR, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/review/panel/" + panelId, By.id("panel-tabs"));
        click(browser.findElement(By.id("tab-decision")));
        assertThat(waitFor(By.id("moderation")).getText()).contains("Leadership", "Operations");
        recordAward("Consistent, well-evidenced results in all four domains.",
                "Congratulations: your routing redesign impressed the panel.");

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
        openScoreSheet(assessor, panelId);
        for (var criterion : reviews.rubric().criteria()) {
            click(browser.findElement(By.cssSelector("#criterion-" + criterion.id()
                    + " vaadin-radio-button:nth-of-type(" + (points + 1) + ") label")));
        }
        for (var domain : reviews.rubric().domains()) {
            type(browser.findElement(By.cssSelector("#comment-" + domain.code() + " textarea")),
                    "The portfolio shows this well, with figures.", Keys.TAB);
        }
        submitRecommendingAward();
    }
}
