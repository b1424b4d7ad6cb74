package org.guildhall.e2e;

import org.junit.jupiter.api.AfterEach;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The assessment journeys' shared steps: the set-up through the services ({@link AssessmentJourneySetUp}) and the
 * clicks every panel member or chair makes the same way in the reviewer workspace.
 */
abstract class AssessmentBrowserTest extends BrowserTest {

    @Autowired AssessmentJourneySetUp setUp;

    @AfterEach
    void signOutOfServices() {
        SecurityContextHolder.clearContext();
    }

    /** Signs the assessor in and opens their score sheet on the panel. */
    void openScoreSheet(String assessor, long panelId) {
        signIn(assessor, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/review/panel/" + panelId, By.id("panel-tabs"));
        click(browser.findElement(By.id("tab-score")));
        waitFor(By.id("score-form"));
    }

    /** Recommends an award on the open score sheet and submits it. */
    void submitRecommendingAward() {
        click(browser.findElement(By.cssSelector("#recommendation vaadin-radio-button:nth-of-type(1) label")));
        click(browser.findElement(By.id("submit-score")));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("score-saved"), "Submitted"));
    }

    /** On the open decision tab, the chair records and confirms an award. */
    void recordAward(String rationale, String messageToCandidate) {
        click(browser.findElement(By.cssSelector("#decision-outcome vaadin-radio-button:nth-of-type(1) label")));
        type(browser.findElement(By.cssSelector("#decision-rationale textarea")), rationale);
        type(browser.findElement(By.cssSelector("#decision-message textarea")), messageToCandidate);
        click(browser.findElement(By.id("record-decision")));
        click(waitFor(By.id("confirm-decision")));
        waitUntil(ExpectedConditions.textToBe(By.id("panel-status"), "Decided"));
    }
}
