package org.guildhall.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 18's journey: the registrar opens those at risk from the dashboard on the home page, narrows the list to
 * one holder, and downloads it as CSV with the same filters; the download is audited.
 */
class AtRiskReportJourneyTest extends BrowserTest {

    private static final String REGISTRAR = "registrar@guildhall.example";

    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationAwards awards;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;

    @Test
    void the_registrar_filters_the_at_risk_list_and_downloads_it() throws Exception {
        // Expires in two months with nothing logged: at risk, whatever else the demo holds.
        String name = "Jules Journey " + Long.toString(System.nanoTime(), 36);
        var holder = TestAccounts.account(provisioning, name, Role.MEMBER);
        awards.award(holder.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusYears(3).plusMonths(2));

        signIn(REGISTRAR, DEMO_PASSWORD);
        waitFor(By.id("panel-operations"));
        assertThat(browser.findElement(By.id("dashboard-expiries")).getAttribute("innerHTML"))
                .contains("role=\"img\"");
        screenshot("reports-dashboard");
        click(browser.findElement(By.id("dashboard-at-risk-link")));
        waitFor(By.id("compliance-grid"));
        assertThat(browser.findElement(By.cssSelector("#compliance-at-risk input")).isSelected()).isTrue();

        type(browser.findElement(By.cssSelector("#compliance-search input")), name);
        waitUntil(ExpectedConditions.textToBe(By.id("compliance-shown"),
                "Showing 1 of 1 certification; the downloads hold them all."));
        waitFor(By.xpath("//vaadin-grid-cell-content[normalize-space()='" + name + "']"));
        screenshot("reports-at-risk");

        String href = browser.findElement(By.id("compliance-download-csv")).getAttribute("href");
        assertThat(href).contains("atRisk=true", "search=");
        var session = browser.manage().getCookieNamed("JSESSIONID");
        var response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(href))
                        .header("Cookie", "JSESSIONID=" + session.getValue()).build(),
                HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        byte[] body = response.body();
        var records = CSVFormat.RFC4180.parse(new InputStreamReader(
                new ByteArrayInputStream(body, 3, body.length - 3), StandardCharsets.UTF_8)).getRecords();
        assertThat(records).hasSize(2);
        assertThat(records.get(1).get(0)).isEqualTo(name);
        assertThat(records.get(1).get(12)).isEqualTo("Yes");
        assertThat(records.stream().map(CSVRecord::size).distinct()).containsExactly(13);
        assertThat(jdbc.queryForObject("select count(*) from report_export where filters like ?", Integer.class,
                "%" + name + "%")).isEqualTo(1);
    }

    private static void screenshot(String name) throws java.io.IOException {
        saveScreenshot(name);
    }
}
