package org.guildhall.e2e;

import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 3's journey end to end: an Associate applies, two demo members sponsor them, the registrar approves, and
 * the applicant signs in again as a member and sees their member number.
 */
class AssociateJourneyTest extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void an_associate_applies_two_sponsors_accept_the_registrar_approves_and_the_member_sees_their_number() {
        String email = TestAccounts.uniqueEmail("adaeze");
        accounts.register("Adaeze Nwosu", email, TestAccounts.PASSWORD);

        signIn(email, TestAccounts.PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/membership/application", By.id("my-application"));
        click(browser.findElement(By.id("foreign-licence")));
        click(browser.findElement(By.id("category")));
        click(waitFor(By.xpath("//vaadin-select-item[normalize-space()='Associate']")));
        click(browser.findElement(By.id("submit-application")));
        waitUntil(ExpectedConditions.attributeToBe(By.id("application-status-label"), "textContent",
                "Waiting for two sponsors to accept"));

        open("/membership/sponsors", By.id("sponsor"));
        nominate("member@guildhall.example", "Okafor");
        nominate("grace.lindqvist@northwind-telecom.example", "Lindqvist");

        acceptAsSponsor("member@guildhall.example", "Adaeze led our complaints desk in Lagos for six years.");
        acceptAsSponsor("grace.lindqvist@northwind-telecom.example", "A careful, fair contact-centre manager.");

        long applicationId = jdbc.queryForObject("""
                select a.id from membership_application a join account p on p.id = a.applicant_account_id
                where p.email = ?""", Long.class, email);
        signIn("registrar@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        assertThat(open("/registrar/application/" + applicationId, By.id("review-sponsors")).getText())
                .contains("Adaeze led our complaints desk", "A careful, fair contact-centre manager");
        click(browser.findElement(By.id("approve")));
        click(waitFor(By.id("confirm-approve")));
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("approve")));

        signIn(email, TestAccounts.PASSWORD);
        assertThat(waitFor(By.id("member-number")).getText()).matches("GH-\\d{6}");
    }

    private void nominate(String sponsorEmail, String surname) {
        var field = browser.findElement(By.cssSelector("#sponsor input"));
        field.clear();
        field.sendKeys(sponsorEmail);
        var surnameField = browser.findElement(By.cssSelector("#sponsor-surname input"));
        surnameField.clear();
        surnameField.sendKeys(surname);
        click(browser.findElement(By.id("nominate")));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("nominations"), surname));
    }

    private void acceptAsSponsor(String sponsorEmail, String endorsement) {
        signIn(sponsorEmail, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/sponsorship/requests", By.id("sponsor-requests"));
        By request = By.xpath("//div[contains(@class,'gh-card')][.//h2[normalize-space()='Adaeze Nwosu']]");
        var card = waitFor(request);
        card.findElement(By.cssSelector("vaadin-text-area textarea")).sendKeys(endorsement);
        click(card.findElement(By.cssSelector("vaadin-button[id^='accept-']")));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(request, "Accepted"));
    }
}
