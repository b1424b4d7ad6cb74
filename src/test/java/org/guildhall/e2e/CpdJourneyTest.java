package org.guildhall.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.TestMailServer;
import org.guildhall.cpd.CpdSettings;
import org.guildhall.documents.SampleFiles;
import org.guildhall.settings.Settings;
import org.guildhall.settings.TestSettings;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 6's journey: the demo member logs a workshop with a PDF certificate, the registrar approves it, the
 * member's progress bar moves, and the approval email reaches their mailbox (GreenMail, sent by the outbox's own
 * schedule instead of the demo's logging sender).
 */
@Import({TestMailServer.class, CpdJourneyTest.MailToGreenMail.class})
@TestPropertySource(properties = {"guildhall.mail.scheduled-sending=true", "guildhall.mail.send-interval=1s"})
class CpdJourneyTest extends BrowserTest {

    private static final String MEMBER = "member@guildhall.example";
    private static final String TITLE = "Omnichannel routing masterclass";
    private static final String RENEWING_MANAGER = "grace.lindqvist@northwind-telecom.example";

    @Autowired JdbcTemplate jdbc;
    @Autowired Settings settings;
    @Autowired GreenMail mailServer;
    @Autowired Clock clock;

    @Test
    void a_member_logs_an_activity_with_a_pdf_the_registrar_approves_it_and_the_progress_bar_moves() throws Exception {
        // The audit sample is random; this journey is about the approval.
        TestSettings.override(jdbc, settings, CpdSettings.AUDIT_SAMPLE_PERCENT, 0);
        long certificationId = jdbc.queryForObject("""
                select c.id from certification c join account a on a.id = c.holder_account_id
                where a.email = ? and c.designation_code = 'CCSP'""", Long.class, MEMBER);
        By counted = By.id("cpd-counted-" + certificationId);

        signIn(MEMBER, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/cpd", counted);
        double before = credits(browser.findElement(counted).getText());
        double barBefore = progressValue(certificationId);
        screenshot("cpd-dashboard");

        click(browser.findElement(By.id("log-activity")));
        waitFor(By.id("activity-category"));
        choose("activity-category", "Continuing Education");
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("category-rule"), "at most 30"));
        choose("activity-type", "Workshop");
        type("activity-title-field", TITLE);
        type("activity-provider", "Guildhall Academy");
        setDate("activity-starts", LocalDate.now(clock).minusDays(3));
        setDate("activity-ends", LocalDate.now(clock).minusDays(3));
        type("activity-hours", "4");
        type("activity-excluded", "1");
        var pdf = Files.createTempFile("certificate", ".pdf");
        Files.write(pdf, SampleFiles.pdf());
        var upload = browser.findElement(By.cssSelector("#activity-evidence vaadin-upload"));
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]"))
                .sendKeys(pdf.toAbsolutePath().toString());
        waitUntil(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#activity-evidence .gh-document a")));
        screenshot("cpd-log-activity");
        click(browser.findElement(By.id("submit-activity")));
        waitFor(By.id("my-cpd"));

        long activityId = jdbc.queryForObject("select id from cpd_activity where title = ?", Long.class, TITLE);
        signIn("registrar@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        assertThat(open("/registrar/cpd/activity/" + activityId, By.id("review-evidence")).getText())
                .contains(".pdf");
        screenshot("cpd-review");
        click(browser.findElement(By.id("approve-activity")));
        waitUntil(ExpectedConditions.textToBe(By.id("review-activity-status"), "Approved"));

        signIn(MEMBER, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/cpd", counted);
        assertThat(credits(browser.findElement(counted).getText())).isEqualTo(before + 3);
        assertThat(progressValue(certificationId)).isGreaterThan(barBefore);
        screenshot("cpd-dashboard-after");
        assertThat(certificatePdfText(certificationId)).as("the QR code's link printed beside it")
                .contains(url("/credentials/"));

        await().atMost(Duration.ofSeconds(20)).until(() -> approvalEmails().size() == 1);
        assertThat(approvalEmails().getFirst()).as("links in emails use the port the portal listens on")
                .contains(url("/"));
    }

    @Test
    void an_assessor_accepts_the_waiting_essay_and_the_renewing_manager_is_left_with_the_fee_to_pay() throws Exception {
        long certificationId = jdbc.queryForObject("""
                select c.id from certification c join account a on a.id = c.holder_account_id
                where a.email = ? and c.designation_code = 'CCCM'""", Long.class, RENEWING_MANAGER);
        long essayId = jdbc.queryForObject("select id from cpd_essay where certification_id = ?", Long.class,
                certificationId);

        signIn("assessor@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        assertThat(open("/review/essays", By.id("essay-" + essayId)).getText()).contains("Grace Lindqvist", "CCCM");
        screenshot("cpd-essays");
        click(browser.findElement(By.id("accept-essay-" + essayId)));
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("essay-" + essayId)));

        signIn(RENEWING_MANAGER, DEMO_PASSWORD);
        assertThat(waitFor(By.id("panel-cpd")).getText()).contains("CCCM: 47 of 45 credits");
        screenshot("cpd-home");
        var renewal = open("/cpd", By.id("cpd-renewal-" + certificationId));
        assertThat(renewal.getText()).contains("The renewal window is open.", "Recertification essay: accepted.",
                "Pay the renewal fee.").doesNotContain("essay accepted by an assessor");
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", renewal);
        screenshot("cpd-renewal");
    }

    private List<String> approvalEmails() {
        return mailServer.findReceivedMessages(user -> user.getEmail().equalsIgnoreCase(MEMBER),
                message -> subject(message).equals("CPD activity approved: " + TITLE))
                .map(CpdJourneyTest::text).toList();
    }

    /** The certificate PDF as the signed-in browser would download it. */
    private String certificatePdfText(long certificationId) throws IOException, InterruptedException {
        var session = browser.manage().getCookieNamed("JSESSIONID");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url("/certificates/"
                + certificationId))).header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        try (var pdf = Loader.loadPDF(response.body())) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    private static String text(jakarta.mail.internet.MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException unreadable) {
            return "";
        }
    }

    private static String subject(jakarta.mail.internet.MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException unreadable) {
            return "";
        }
    }

    /** "13 of 36 credits" gives 13. */
    private static double credits(String text) {
        return Double.parseDouble(text.substring(0, text.indexOf(' ')));
    }

    private double progressValue(long certificationId) {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].value",
                browser.findElement(By.id("cpd-progress-" + certificationId)))).doubleValue();
    }

    private void choose(String selectId, String item) {
        click(browser.findElement(By.id(selectId)));
        click(waitFor(By.xpath("//vaadin-select-item[normalize-space()='" + item + "']")));
    }

    private void type(String fieldId, String text) {
        WebElement input = browser.findElement(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text);
    }

    /** Sets the picker's ISO value, as choosing the day in its calendar would. */
    private void setDate(String pickerId, LocalDate date) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]",
                browser.findElement(By.id(pickerId)), date.toString());
    }

    /** Kept for a human to look at when {@code -Dscreenshots.dir} is given; nothing is written otherwise. */
    private void screenshot(String name) throws IOException {
        String dir = System.getProperty("screenshots.dir");
        if (dir != null) {
            Files.write(Path.of(dir, name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        }
    }

    /** The outbox sends through GreenMail here, not the demo profile's logging sender. */
    @TestConfiguration(proxyBeanMethods = false)
    static class MailToGreenMail {
        @Bean
        @Primary
        JavaMailSenderImpl greenMailSender(GreenMail greenMail) {
            var sender = new JavaMailSenderImpl();
            sender.setHost("127.0.0.1");
            sender.setPort(greenMail.getSmtp().getPort());
            return sender;
        }
    }
}
