package org.guildhall.e2e;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import org.guildhall.documents.SampleFiles;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 14, "screens that fit": the member's CPD logging, the registrar's payments and an event's attendance on a
 * phone (390 x 844) and a laptop (1280 x 800). Nothing overflows the window sideways, the payments grid keeps the
 * invoice, the payer's whole name (member number beneath) and the button in view, the attendance grid the name and
 * the attendance (on a phone the rest shows under a tapped row), and axe checks every view on the way
 * ({@link BrowserTest}).
 */
class ScreenSizeJourneyTest extends BrowserTest {

    enum Screen {
        PHONE(390, 844, true), LAPTOP(1280, 800, false);

        final int width;
        final int height;
        final boolean mobile;

        Screen(int width, int height, boolean mobile) {
            this.width = width;
            this.height = height;
            this.mobile = mobile;
        }
    }

    @Autowired PaymentService payments;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void backToTheUsualWindow() {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void the_registrar_confirms_a_payment_with_its_invoice_and_payer_in_view(Screen screen) throws Exception {
        var invoice = payments.issue(accountId("sofia.marchetti@contoso-retail.example"), PaymentPurpose.EVENT_REGISTRATION,
                "screens-" + UUID.randomUUID(), "Event fee: Omnichannel leadership summit, two days with the "
                        + "routing workshop and the evening reception", new BigDecimal("245.00"));
        showOn(screen);
        signIn("registrar@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));

        var grid = open("/registrar/payments", By.id("payments-grid"));
        var reference = waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + invoice.reference()
                + "']"));
        var confirm = waitFor(By.id("confirm-" + invoice.id()));
        saveScreenshot("payments-" + screen);
        assertFits(grid, screen);
        assertThat(isInView(reference, grid)).as("the invoice number in view").isTrue();
        assertThat(isInView(confirm, grid)).as("the Confirm paid button in view").isTrue();
        // The payer's name is read whole, with the member number beneath it (no column of its own to crowd it).
        var payer = waitFor(By.xpath("//vaadin-grid-cell-content[.//span[normalize-space()='Sofia Marchetti']]"));
        assertThat(isInView(payer, grid)).as("the payer in view").isTrue();
        assertThat(isCutShort(payer)).as("the payer's name cut short").isFalse();
        assertThat(payer.getText()).as("the member number under the name").matches("(?s)Sofia Marchetti\\s+GH-\\d{6}");
        if (screen.mobile) {
            assertThat(cellsReading("Payer\u2019s reference")).as("secondary columns fold away on a phone").isEmpty();
            click(reference);
            assertThat(waitFor(By.cssSelector("#payments-grid .gh-row-details")).getText())
                    .contains("Omnichannel leadership summit", "Not declared yet");
            saveScreenshot("payments-row-details-" + screen);
        } else {
            assertThat(cellsReading("Payer\u2019s reference")).as("every column on a laptop").isNotEmpty();
        }

        // Opening a row's details renders the row anew, so the button is looked up again.
        click(waitFor(By.id("confirm-" + invoice.id())));
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-" + invoice.id())));
        assertFits(browser.findElement(By.id("payments-grid")), screen);
        assertThat(horizontalScroll(browser.findElement(By.id("payments-grid"))))
                .as("the grid stays scrolled to its first column after confirming").isZero();
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void the_registrar_reads_an_events_attendance_with_names_and_attendance_in_view(Screen screen) throws Exception {
        long eventId = jdbc.queryForObject("select id from institute_event where title like ?", Long.class,
                "Serving customers in vulnerable circumstances%");
        showOn(screen);
        signIn("registrar@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));

        var grid = open("/registrar/attendance/" + eventId, By.id("attendance-grid"));
        var name = waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='Amara Okafor']"));
        var attended = waitFor(By.xpath("//vaadin-grid-cell-content[.//span[normalize-space()='Attended \u2713']]"));
        saveScreenshot("attendance-" + screen);
        assertFits(grid, screen);
        assertThat(isInView(name, grid)).as("the attendee's name in view").isTrue();
        assertThat(isCutShort(name)).as("the attendee's name cut short").isFalse();
        assertThat(isInView(attended, grid)).as("the attendance in view").isTrue();
        if (screen.mobile) {
            assertThat(cellsReading("member@guildhall.example")).as("the email folds away on a phone").isEmpty();
            click(name);
            assertThat(waitFor(By.cssSelector("#attendance-grid .gh-row-details")).getText())
                    .contains("member@guildhall.example");
            saveScreenshot("attendance-row-details-" + screen);
        } else {
            assertThat(cellsReading("member@guildhall.example")).as("every column on a laptop").isNotEmpty();
        }
    }

    @ParameterizedTest
    @EnumSource(Screen.class)
    void a_member_logs_a_cpd_activity(Screen screen) throws Exception {
        String title = "Complaint handling clinic on a " + screen.name().toLowerCase();
        showOn(screen);
        browser.get(url("/login"));
        // WCAG 3.3.8: password managers fill the sign-in form (and nothing stops pasting into it).
        assertThat(waitFor(By.cssSelector("vaadin-text-field[name='username'] input")).getAttribute("autocomplete"))
                .isEqualTo("username");
        assertThat(browser.findElement(By.cssSelector("vaadin-password-field[name='password'] input"))
                .getAttribute("autocomplete")).isEqualTo("current-password");
        signIn("member@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/cpd", By.id("log-activity"));
        assertFits(browser.findElement(By.id("main-content")), screen);
        // WCAG 2.4.1: the first Tab stop skips the navigation, and Enter moves focus to the view.
        new Actions(browser).sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Skip to main content");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("main-content");

        click(browser.findElement(By.id("log-activity")));
        waitFor(By.id("activity-category"));
        choose("activity-category", "Continuing Education");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("category-rule"), "at most 30"));
        choose("activity-type", "Workshop");
        // Issue 14: the Tab after "Kind of activity" goes on to the next field, not to the page body.
        saveScreenshot("cpd-kind-of-activity-" + screen);
        if (!screen.mobile) {
            assertThat(focusedField()).as("focus after choosing the kind of activity").isEqualTo("activity-type");
            // A Tab pressed while the select's overlay is still closing is spent on the overlay.
            waitUntil(driver -> browser.findElement(By.id("activity-type")).getDomAttribute("opened") == null);
            new Actions(browser).sendKeys(Keys.TAB).perform();
            waitUntil(driver -> "activity-title-field".equals(focusedField()));
            assertThat(focusedField()).as("focus after the next Tab").isEqualTo("activity-title-field");
        }
        fill("activity-title-field", title);
        fill("activity-provider", "Guildhall Academy");
        var day = LocalDate.now(clock).minusDays(2).toString();
        for (String picker : new String[] {"activity-starts", "activity-ends"}) {
            ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                    browser.findElement(By.id(picker)), day);
        }
        fill("activity-hours", "3");
        var pdf = Files.createTempFile("attendance", ".pdf");
        Files.write(pdf, SampleFiles.pdf());
        browser.findElement(By.cssSelector("#activity-evidence vaadin-upload")).getShadowRoot()
                .findElement(By.cssSelector("input[type=file]")).sendKeys(pdf.toAbsolutePath().toString());
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#activity-evidence .gh-document a")));
        assertFits(browser.findElement(By.id("main-content")), screen);
        saveScreenshot("cpd-log-activity-" + screen);
        click(browser.findElement(By.id("submit-activity")));

        waitFor(By.id("my-cpd"));
        saveScreenshot("my-cpd-" + screen);
        assertThat(jdbc.queryForObject("select status from cpd_activity where title = ?", String.class, title))
                .isEqualTo("SUBMITTED");
    }

    private void showOn(Screen screen) {
        ((ChromeDriver) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", screen.width, "height", screen.height, "deviceScaleFactor", 1, "mobile", screen.mobile));
    }

    private long accountId(String email) {
        return jdbc.queryForObject("select id from account where email = ?", Long.class, email);
    }

    /** The window does not scroll sideways, nor does the element (for a grid: its own table). */
    private void assertFits(WebElement element, Screen screen) {
        var page = (JavascriptExecutor) browser;
        assertThat(((Number) page.executeScript("return document.documentElement.scrollWidth")).intValue())
                .as("page width on a " + screen).isLessThanOrEqualTo(screen.width);
        assertThat(((Number) page.executeScript("""
                const scroller = arguments[0].shadowRoot?.querySelector('#table') ?? arguments[0];
                return scroller.scrollWidth - scroller.clientWidth;""", element)).intValue())
                .as("content wider than its box on a " + screen).isLessThanOrEqualTo(1);
    }

    private boolean isInView(WebElement cell, WebElement grid) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const cell = arguments[0].getBoundingClientRect(), grid = arguments[1].getBoundingClientRect();
                return cell.left >= grid.left && cell.right <= grid.right;""", cell, grid);
    }

    /** Whether a cell's text is wider than the cell shows (cut off or ended with an ellipsis). */
    private boolean isCutShort(WebElement cellContent) {
        return (Boolean) ((JavascriptExecutor) browser).executeScript("""
                const cell = arguments[0];
                return cell.scrollWidth > cell.clientWidth + 1;""", cellContent);
    }

    private long horizontalScroll(WebElement grid) {
        return ((Number) ((JavascriptExecutor) browser).executeScript(
                "return arguments[0].shadowRoot.querySelector('#table').scrollLeft", grid)).longValue();
    }

    private java.util.List<WebElement> cellsReading(String text) {
        return browser.findElements(By.xpath("//vaadin-grid-cell-content[normalize-space()=\"" + text + "\"]"))
                .stream().filter(WebElement::isDisplayed).toList();
    }

    /** The id of the field holding focus, or a description of whatever else has it. */
    private String focusedField() {
        return (String) ((JavascriptExecutor) browser).executeScript("""
                const focused = document.activeElement;
                const field = focused?.closest('[id^="activity-"]');
                return field ? field.id : focused?.tagName + ' "' + (focused?.textContent ?? '').trim() + '"';""");
    }

    private void choose(String selectId, String item) {
        click(browser.findElement(By.id(selectId)));
        click(waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + item + "']")));
    }

    private WebElement inputOf(String fieldId) {
        return browser.findElement(By.cssSelector("#" + fieldId + " input"));
    }

    private void fill(String fieldId, String text) {
        type(inputOf(fieldId), text);
    }
}
