package org.guildhall.e2e;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.certification.EligibilityService;
import org.guildhall.certification.ExamCourse;
import org.guildhall.certification.ExamService;
import org.guildhall.certification.ExperienceKind;
import org.guildhall.certification.SittingData;
import org.guildhall.documents.DocumentService;
import org.guildhall.documents.SampleFiles;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 4's journey end to end: a member with two years' customer-service history and the course certificates
 * enrols for an exam and declares the fee paid, the registrar confirms it, the member books a sitting, the
 * registrar enters a pass, and the member downloads the certificate, whose code verifies on the public page. The
 * portal runs on the integration tests' morning clock, so a sitting "today at 23:59" is ahead of now at any hour.
 */
@Import(IntegrationTest.TestClockConfiguration.class)
class ExamRouteJourneyTest extends BrowserTest {

    @Autowired AccountProvisioning provisioning;
    @Autowired EligibilityService eligibility;
    @Autowired ExamService exams;
    @Autowired DocumentService documents;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @AfterEach
    void signOutOfServices() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_member_enrols_pays_books_passes_downloads_the_certificate_and_its_code_verifies_publicly()
            throws Exception {
        String email = TestAccounts.uniqueEmail("olu");
        var member = provisioning.createAccount("Olufemi Adeyemi", email, TestAccounts.PASSWORD, Role.MEMBER);
        TestAccounts.signInAs(email, Role.MEMBER);
        eligibility.addWorkPeriod("Northwind Telecom", "Customer Service Adviser", LocalDate.now(clock).minusYears(2),
                null, ExperienceKind.CUSTOMER_SERVICE_ROLE, "Broadband help line: faults, billing, complaints.");
        byte[] pdf = SampleFiles.pdf();
        for (ExamCourse course : eligibility.courses().stream().filter(ExamCourse::required).toList()) {
            var stored = documents.store(member.id(), course.code() + ".pdf", new ByteArrayInputStream(pdf),
                    pdf.length);
            eligibility.setCourseCertificates(course.code(), List.of(stored.id()));
        }
        String venue = "Exam Hall " + System.nanoTime();
        TestAccounts.signInAs("registrar@guildhall.example", Role.REGISTRAR);
        // Today, late: bookable now, and its result may be entered today (the clock stays in the morning).
        exams.scheduleSitting(new SittingData(LocalDate.now(clock), LocalTime.of(23, 59), venue, null, 12, 180));
        SecurityContextHolder.clearContext();

        signIn(email, TestAccounts.PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/certification/exams", By.id("enrol-designation"));
        choose(By.id("enrol-designation"), "CCSP");
        click(browser.findElement(By.id("enrol")));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("enrolments"), "Exam fee to pay"));
        long invoiceId = jdbc.queryForObject("select id from invoice where account_id = ?", Long.class, member.id());

        open("/invoices", By.id("payer-reference-" + invoiceId)).findElement(By.tagName("input"))
                .sendKeys("BACS 7781 OADEYEMI");
        click(browser.findElement(By.id("declare-" + invoiceId)));
        waitUntil(ExpectedConditions.textToBe(By.id("invoice-status-" + invoiceId), "Payment being checked"));

        signIn("registrar@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        click(open("/registrar/payments", By.id("confirm-" + invoiceId)));
        waitUntil(ExpectedConditions.invisibilityOfElementLocated(By.id("confirm-" + invoiceId)));

        signIn(email, TestAccounts.PASSWORD);
        waitFor(By.id("home-greeting"));
        long enrolmentId = jdbc.queryForObject("select id from exam_enrolment where candidate_account_id = ?",
                Long.class, member.id());
        open("/certification/exams", By.id("sitting-" + enrolmentId));
        choose(By.id("sitting-" + enrolmentId), venue);
        click(browser.findElement(By.id("book-" + enrolmentId)));
        waitUntil(ExpectedConditions.textToBe(By.id("enrolment-status-" + enrolmentId), "Sitting booked"));

        long bookingId = jdbc.queryForObject("select id from exam_booking where enrolment_id = ?", Long.class,
                enrolmentId);
        signIn("registrar@guildhall.example", DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/registrar/sittings", By.id("sitting-grid"));
        click(waitFor(By.xpath("//vaadin-grid-cell-content[contains(., '" + venue + "')]")));
        waitFor(By.id("score-" + bookingId)).findElement(By.tagName("input")).sendKeys("82");
        click(browser.findElement(By.id("enter-result-" + bookingId)));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("candidate-grid"), "Passed: 82%"));

        signIn(email, TestAccounts.PASSWORD);
        waitFor(By.id("home-greeting"));
        var certification = jdbc.queryForMap("select id, verification_code from certification "
                + "where holder_account_id = ?", member.id());
        String code = (String) certification.get("verification_code");
        var download = open("/certification/mine", By.id("download-" + certification.get("id")));
        byte[] certificate = fetchWithSession(download.getDomProperty("href"));
        try (var document = Loader.loadPDF(certificate)) {
            assertThat(new PDFTextStripper().getText(document)).contains("Olufemi Adeyemi", code,
                    "Certified Customer Service Professional");
        }

        browser.manage().deleteAllCookies();
        open("/verify/" + code, By.id("verify-holder"));
        assertThat(browser.findElement(By.id("verify-holder")).getText()).isEqualTo("Olufemi Adeyemi");
        assertThat(browser.findElement(By.id("verify-status")).getText()).isEqualTo("Active");
    }

    /** Picks the item of a Vaadin select whose label contains the text. */
    private void choose(By select, String text) {
        click(waitFor(select));
        click(waitFor(By.xpath("//vaadin-select-item[contains(normalize-space(), '" + text + "')]")));
    }

    /** Downloads with the browser's session, as the link would for the signed-in member. */
    private byte[] fetchWithSession(String href) throws Exception {
        var session = browser.manage().getCookieNamed("JSESSIONID");
        var request = HttpRequest.newBuilder(URI.create(href))
                .header("Cookie", "JSESSIONID=" + session.getValue()).GET().build();
        try (var client = HttpClient.newHttpClient()) {
            var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("application/pdf");
            return response.body();
        }
    }
}
