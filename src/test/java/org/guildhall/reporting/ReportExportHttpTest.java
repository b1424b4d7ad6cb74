package org.guildhall.reporting;

import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.guildhall.CoversWebPaths;
import org.guildhall.IntegrationTest;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelFixtures;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.ReviewService;
import org.guildhall.documents.DocumentService;
import org.guildhall.events.EventFixtures;
import org.guildhall.events.EventService;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 18: the report exports over HTTP through the real security filters: the registrar and admins get the
 * filtered rows as CSV or xlsx, audited; a member (an assessor too) is refused, a visitor sent to sign in.
 */
@IntegrationTest
@CoversWebPaths("/report-exports/{report}/{format}")
class ReportExportHttpTest {

    @Autowired WebApplicationContext context;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired CertificationAwards awards;
    @Autowired JdbcTemplate jdbc;
    @Autowired Clock clock;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired PanelService panels;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService chairs;
    @Autowired EventService events;
    @Autowired PaymentService payments;

    private MockMvc http;
    private final String token = "Xp" + Long.toString(System.nanoTime(), 36);
    private String csv;

    @BeforeEach
    void twoHoldersWithAwkwardNames() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        LocalDate today = LocalDate.now(clock);
        var chinese = TestAccounts.account(provisioning, "张伟 " + token, Role.MEMBER);
        awards.award(chinese.id(), "CCSP", Route.EXAM, today.minusYears(3).plusMonths(2));
        var formula = TestAccounts.account(provisioning, "=HYPERLINK(\"x\") " + token, Role.MEMBER);
        awards.award(formula.id(), "CCSP", Route.EXAM, today.minusYears(3).plusMonths(4));
        csv = "/report-exports/cpd-compliance/csv?search=" + token + "&atRisk=true&lang=en-GB";
    }

    @Test
    void the_registrar_downloads_the_filtered_rows_as_csv_and_the_export_is_audited() throws Exception {
        var response = http.perform(get(csv).with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isOk())
                .andExpect(content().contentType(org.springframework.http.MediaType.parseMediaType("text/csv;charset=UTF-8")))
                .andExpect(header().string("Content-Disposition", org.hamcrest.Matchers.startsWith("attachment")))
                .andReturn().getResponse();

        List<CSVRecord> records = parse(response.getContentAsByteArray());
        assertThat(records).hasSize(3);
        assertThat(records.getFirst().get(0)).isEqualTo("Holder");
        assertThat(records.getFirst().get(12)).isEqualTo("At risk");
        assertThat(records.get(1).get(0)).isEqualTo("张伟 " + token);
        assertThat(records.get(1).get(3)).isEqualTo("CCSP");
        assertThat(records.get(1).get(4)).isEqualTo("0");
        assertThat(records.get(1).get(5)).isEqualTo("36");
        assertThat(records.get(1).get(12)).isEqualTo("Yes");
        assertThat(records.get(2).get(0)).isEqualTo("'=HYPERLINK(\"x\") " + token);
        assertThat(jdbc.queryForObject("select count(*) from report_export e join account a on a.id = e.account_id"
                + " where a.email = ? and e.report = 'cpd-compliance' and e.format = 'CSV' and e.row_count = 2"
                + " and e.filters like ?", Integer.class, TestAccounts.REGISTRAR, "%" + token + "%atRiskOnly=true%"))
                .isEqualTo(1);
    }

    @Test
    void an_admin_downloads_xlsx_with_french_headings() throws Exception {
        var response = http.perform(get("/report-exports/cpd-compliance/xlsx?search=" + token + "&lang=fr-FR")
                        .with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type",
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .andReturn().getResponse();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Titulaire");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("张伟 " + token);
            assertThat(sheet.getRow(1).getCell(5).getNumericCellValue()).isEqualTo(36.0);
            assertThat(sheet.getRow(2).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\") " + token);
            assertThat(sheet.getLastRowNum()).isEqualTo(2);
        }
    }

    @Test
    void filters_it_cannot_read_are_refused_with_a_message() throws Exception {
        http.perform(get("/report-exports/cpd-compliance/csv?withinDays=soon")
                        .with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("Days to expiry must be a whole number from 0."));
        http.perform(get("/report-exports/no-such-report/csv").with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_register_exports_every_category_and_status_named_in_the_readers_language() throws Exception {
        var response = http.perform(get("/report-exports/register/csv?lang=fr-FR")
                        .with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        List<CSVRecord> records = parse(response.getContentAsByteArray());
        assertThat(records.getFirst().toList()).containsExactly("Catégorie", "Statut", "Membres");
        assertThat(records).hasSize(1 + 4 * 8);
        assertThat(records.get(1).get(0)).isEqualTo("Étudiant");
        assertThat(records.get(1).get(1)).isEqualTo("En attente de paiement");
        assertThat(records.get(1).get(2)).matches("\\d+");
    }

    @Test
    void an_admin_gets_the_assessors_record_as_counts_with_no_candidate_and_no_score() throws Exception {
        var fixtures = new PanelFixtures(portfolios, lifecycle, documents, panels, reviews, chairs, provisioning,
                qualifications);
        var seats = List.of(fixtures.assessor("Ama Chair " + token), fixtures.assessor("Bea Panel " + token),
                fixtures.assessor("Cid Panel " + token));
        long panelId = fixtures.panel(seats, LocalDate.now(clock).plusDays(20));
        fixtures.score(panelId, seats.getFirst());
        String candidate = jdbc.queryForObject("select a.full_name from panel p join account a"
                + " on a.id = p.candidate_account_id where p.id = ?", String.class, panelId);

        var assessors = parse(http.perform(get("/report-exports/assessors/csv?search=" + token + "&lang=en-GB")
                        .with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(assessors.getFirst().toList()).as("the admin-only reader gets counts, never a score")
                .containsExactly("Assessor", "Panels", "Panels at work", "Scores submitted", "Submitted on time",
                        "Recusals");
        assertThat(assessors).hasSize(4);
        assertThat(assessors.get(1).toList()).containsExactly("Ama Chair " + token, "1", "1", "1", "1", "0");
        var decisions = parse(http.perform(get("/report-exports/assessment-decisions/csv?lang=en-GB")
                        .with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
        assertThat(decisions.getFirst().toList()).containsExactly("Month", "Decisions", "Awarded",
                "Resubmission asked", "Declined", "Median days from submission", "90th percentile days");
        assertThat(decisions).hasSize(1 + 12);
        assertThat(java.util.stream.Stream.concat(assessors.stream(), decisions.stream())
                .flatMap(record -> record.toList().stream()))
                .as("no candidate is named in either export").noneMatch(cell -> cell.contains(candidate));
        assertThat(jdbc.queryForObject("select count(*) from report_export e join account a on a.id = e.account_id"
                + " where a.email = ? and e.report = 'assessors' and e.row_count = 3 and e.filters like ?",
                Integer.class, TestAccounts.ADMIN, "%" + token + "%")).isEqualTo(1);
    }

    @Test
    void the_registrar_gets_the_events_report_in_french_and_an_unknown_order_is_refused() throws Exception {
        TestAccounts.asRegistrar();
        EventFixtures.publish(events, EventFixtures.seminar("Séminaire " + token, clock, Duration.ofDays(3), 40,
                "0.00", Set.of()));
        var response = http.perform(get("/report-exports/events/xlsx?search=" + token + "&period=upcoming&lang=fr-FR")
                        .with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isOk()).andReturn().getResponse();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(response.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Événement");
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Séminaire " + token);
            assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo("Publié");
            assertThat(sheet.getRow(1).getCell(3).getNumericCellValue()).isEqualTo(40.0);
            assertThat(sheet.getLastRowNum()).isEqualTo(1);
        }
        http.perform(get("/report-exports/events/csv?sort=loudest").with(user(TestAccounts.REGISTRAR)
                        .roles("REGISTRAR")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("That order is not one the events report offers."));
        http.perform(get("/report-exports/events/csv?period=past").with(user(TestAccounts.MEMBER).roles("MEMBER")))
                .andExpect(status().isForbidden());
        http.perform(get("/report-exports/assessors/csv").with(user(TestAccounts.MEMBER).roles("MEMBER", "ASSESSOR")))
                .andExpect(status().isForbidden());
    }

    @Test
    void a_member_is_refused() throws Exception {
        http.perform(get(csv).with(user(TestAccounts.MEMBER).roles("MEMBER"))).andExpect(status().isForbidden());
    }

    @Test
    void a_visitor_is_sent_to_sign_in() throws Exception {
        http.perform(get(csv)).andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_registrar_downloads_certifications_by_month_for_one_designation_audited_with_its_filters()
            throws Exception {
        var response = http.perform(get("/report-exports/certifications/csv?designation=CCSP&months=36&lang=en-GB")
                        .with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isOk())
                .andReturn().getResponse();

        List<CSVRecord> records = parse(response.getContentAsByteArray());
        assertThat(records.getFirst().toList())
                .containsExactly("Month", "Designation", "Awarded", "Renewed", "Lapsed", "Suspended", "Revoked");
        // The two holders' awards, 34 and 32 months ago, are in the last 36 months.
        assertThat(records.subList(1, records.size())).isNotEmpty()
                .allSatisfy(row -> assertThat(row.get(1)).isEqualTo("CCSP"));
        assertThat(records.subList(1, records.size()).stream().mapToLong(row -> Long.parseLong(row.get(2))).sum())
                .isGreaterThanOrEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from report_export where report = 'certifications'"
                + " and filters = 'designation=CCSP months=36'", Integer.class)).isPositive();
    }

    @Test
    void an_admin_downloads_exam_results_and_payments_as_xlsx_in_french() throws Exception {
        var results = http.perform(get("/report-exports/exam-results/xlsx?lang=fr-FR")
                        .with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse();
        var byStatus = http.perform(get("/report-exports/payments/xlsx?lang=fr-FR")
                        .with(user(TestAccounts.ADMIN).roles("ADMIN")))
                .andExpect(status().isOk()).andReturn().getResponse();

        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(results.getContentAsByteArray()))) {
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Session d’examen");
            assertThat(workbook.getSheetAt(0).getRow(0).getCell(5).getStringCellValue())
                    .isEqualTo("Taux de réussite (%)");
        }
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(byStatus.getContentAsByteArray()))) {
            var sheet = workbook.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(3).getStringCellValue()).isEqualTo("Montant (GBP)");
            assertThat(sheet.getLastRowNum()).isEqualTo(
                    PaymentPurpose.values().length * org.guildhall.payment.InvoiceStatus.values().length);
            assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("Frais d’inscription à l’examen");
        }
    }

    @Test
    void unpaid_invoices_export_neutralises_a_payer_named_like_a_formula_and_records_the_days() throws Exception {
        var payer = TestAccounts.account(provisioning, "=cmd|' /C calc'!A0 " + token, Role.MEMBER);
        TestAccounts.asRegistrar();
        var invoice = payments.issue(payer.id(), PaymentPurpose.EVENT_REGISTRATION, "export-test:" + token,
                "Export test", new java.math.BigDecimal("12.50"));

        var response = http.perform(get("/report-exports/unpaid-invoices/csv?days=0&lang=en-GB")
                        .with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isOk()).andReturn().getResponse();

        List<CSVRecord> records = parse(response.getContentAsByteArray());
        assertThat(records.getFirst().get(0)).isEqualTo("Invoice");
        assertThat(records).filteredOn(row -> row.get(0).equals(invoice.reference())).singleElement()
                .satisfies(row -> {
                    assertThat(row.get(1)).isEqualTo("'=cmd|' /C calc'!A0 " + token);
                    assertThat(row.get(5)).isEqualTo("12.50");
                    assertThat(row.get(7)).isEqualTo("0");
                });
        assertThat(jdbc.queryForObject("select count(*) from report_export where report = 'unpaid-invoices'"
                + " and filters = 'days=0'", Integer.class)).isPositive();
    }

    @Test
    void a_period_or_days_it_cannot_read_are_refused_with_a_message() throws Exception {
        http.perform(get("/report-exports/certifications/csv?months=0")
                        .with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("The period must be a whole number of months from 1 to 120."));
        http.perform(get("/report-exports/unpaid-invoices/xlsx?days=-1")
                        .with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isBadRequest())
                .andExpect(content().string("Days unpaid must be a whole number from 0."));
    }

    @Test
    void a_member_is_refused_the_certification_and_payment_exports_and_a_visitor_sent_to_sign_in()
            throws Exception {
        for (String report : List.of("certifications", "exam-results", "payments", "payment-months",
                "unpaid-invoices")) {
            http.perform(get("/report-exports/" + report + "/csv").with(user(TestAccounts.MEMBER).roles("MEMBER")))
                    .andExpect(status().isForbidden());
            http.perform(get("/report-exports/" + report + "/xlsx")).andExpect(redirectedUrl("/login"));
        }
    }

    private static List<CSVRecord> parse(byte[] bytes) throws java.io.IOException {
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        return CSVFormat.RFC4180.parse(new InputStreamReader(new ByteArrayInputStream(bytes, 3, bytes.length - 3),
                StandardCharsets.UTF_8)).getRecords();
    }
}
