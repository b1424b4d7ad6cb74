package org.guildhall.e2e;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Real journeys in Debian's headless Chromium against the running portal with its demo data. The browser and
 * driver are the system's ({@code /usr/bin/chromium}, {@code /usr/bin/chromedriver}); nothing is downloaded.
 * Every journey fails if the browser console reports a Content-Security-Policy violation: the policy must never
 * break a view unnoticed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "demo"})
abstract class BrowserTest {

    static final String DEMO_PASSWORD = "guildhall-demo";
    static WebDriver browser;

    @LocalServerPort int port;
    @Autowired SecurityContextHolderStrategy securityContexts;

    @BeforeAll
    static void startBrowser() {
        var options = new ChromeOptions();
        options.setBinary(System.getenv().getOrDefault("CHROMIUM_BINARY", "/usr/bin/chromium"));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,860");
        var logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
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
        consoleMessages();
    }

    @AfterEach
    void theConsoleReportsNoContentSecurityPolicyViolation() {
        assertThat(consoleMessages()).as("Content-Security-Policy violations in the browser console")
                .noneMatch(message -> message.toLowerCase().contains("content security policy"));
    }

    /** What the browser console logged since the last call (reading the log empties it). */
    static List<String> consoleMessages() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage).toList();
    }

    /**
     * Every Spring context installs its own holder strategy as the global one when it starts, and its method
     * security reads only its own. Journeys with their own context (other beans or properties) start later and
     * replace it, so each test puts back its context's strategy before signing in to call services directly.
     */
    @BeforeEach
    void useThisContextsSecurityHolder() {
        SecurityContextHolder.setContextHolderStrategy(securityContexts);
    }

    void signIn(String email, String password) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        var form = waitFor(By.id("login-form"));
        var username = form.findElement(By.cssSelector("vaadin-text-field[name='username'] input"));
        waitUntil(ExpectedConditions.elementToBeClickable(username));
        username.sendKeys(email);
        form.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .sendKeys(password, Keys.ENTER);
    }

    /** Opens a page of the portal and waits until Vaadin has rendered the element that marks it. */
    WebElement open(String path, By marker) {
        browser.get(url(path));
        return waitFor(marker);
    }

    /** Clicks an element after scrolling it to the middle of the window, clear of the app bar. */
    void click(WebElement element) {
        scrollToCentre(element);
        waitUntil(ExpectedConditions.elementToBeClickable(element)).click();
    }

    /**
     * Types into a field after scrolling it to the middle of the window. The portal's views scroll inside the app
     * layout's content area, not the window, and WebDriver does not scroll there before typing: a field above the
     * visible part counts as not displayed, and typing into it fails with "element not interactable".
     */
    void type(WebElement field, CharSequence... keys) {
        scrollToCentre(field);
        waitUntil(ExpectedConditions.visibilityOf(field)).sendKeys(keys);
    }

    private static void scrollToCentre(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
    }

    WebElement waitFor(By locator) {
        return waitUntil(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    <T> T waitUntil(ExpectedCondition<T> condition) {
        return new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    String url(String path) {
        return "http://localhost:" + port + path;
    }
}
