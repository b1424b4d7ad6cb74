package org.guildhall.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountService;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real journeys in Debian's headless Chromium against the running portal with its demo data. The browser and
 * driver are the system's ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); nothing is downloaded.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
class BrowserJourneyTest {

    private static final String DEMO_PASSWORD = "guildhall-demo";
    private static WebDriver browser;

    @LocalServerPort int port;
    @Autowired AccountService accounts;

    @BeforeAll
    static void startBrowser() {
        var options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,860");
        var driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        browser = new ChromeDriver(driver, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @BeforeEach
    void signedOut() {
        browser.manage().deleteAllCookies();
    }

    @Test
    void a_demo_member_signs_in_and_sees_their_home_page() throws IOException {
        signIn("member@guildhall.example", DEMO_PASSWORD);

        var greeting = waitFor(By.id("home-greeting"));
        assertThat(greeting.getText()).isEqualTo("Welcome, Amara");
        assertThat(browser.findElement(By.id("panel-designations")).getText()).contains("36 CPD hours per cycle");
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
    void five_wrong_passwords_lock_the_account_and_say_so() {
        String email = TestAccounts.uniqueEmail("locked");
        accounts.register("Lena Locked", email, TestAccounts.PASSWORD);
        for (int attempt = 0; attempt < 5; attempt++) {
            signIn(email, "wrong password " + attempt);
            waitUntil(ExpectedConditions.urlContains("/login?error"));
        }

        signIn(email, TestAccounts.PASSWORD);

        var form = waitFor(By.id("login-form"));
        waitUntil(ExpectedConditions.attributeToBeNotEmpty(form, "error"));
        assertThat(form.getText()).contains("locked for 15 minutes");
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

    private void signIn(String email, String password) {
        browser.get(url("/login"));
        var form = waitFor(By.id("login-form"));
        var username = form.findElement(By.cssSelector("vaadin-text-field[name='username'] input"));
        waitUntil(ExpectedConditions.elementToBeClickable(username));
        username.sendKeys(email);
        form.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys(password, Keys.ENTER);
    }

    private WebElement waitFor(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    private <T> T waitUntil(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }

    private static void screenshot(String name) throws IOException {
        browser.manage().window().setSize(new Dimension(1280, 860));
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
