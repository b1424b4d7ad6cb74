package org.guildhall.reporting;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.UUID;

import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.ViewStatementsTest;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.certification.Route;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: the certification and payments reports cost the same statements at 1 and 50 rows in each grid. */
class MoneyAndCredentialReportStatementsTest extends ViewStatementsTest {

    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired CertificationAwards awards;
    @Autowired DesignationCatalogue catalogue;
    @Autowired PaymentService payments;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    private int awarded;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void the_certification_report() {
        awardInDistinctMonthsAndDesignations(1);
        sittings(1);
        signIn(TestAccounts.REGISTRAR);
        var few = open("registrar/reports/certifications", "certifications-by-month", "exam-results");
        awardInDistinctMonthsAndDesignations(49);
        sittings(49);
        signIn(TestAccounts.REGISTRAR);
        var many = open("registrar/reports/certifications", "certifications-by-month", "exam-results");
        assertThat(rowsOf("certifications-by-month")).isGreaterThanOrEqualTo(50);
        assertThat(rowsOf("exam-results")).isGreaterThanOrEqualTo(50);
        report("Certification report", few, many);
        assertConstant("Certification report", few, many, 6);
    }

    @Test
    void the_payments_report() {
        invoicesUnpaidForAMonth(1);
        signIn(TestAccounts.REGISTRAR);
        var few = open("registrar/reports/payments", "payments-by-status", "payments-by-month", "payments-unpaid");
        invoicesUnpaidForAMonth(49);
        signIn(TestAccounts.REGISTRAR);
        var many = open("registrar/reports/payments", "payments-by-status", "payments-by-month", "payments-unpaid");
        assertThat(rowsOf("payments-unpaid")).isGreaterThanOrEqualTo(50);
        report("Payments report", few, many);
        assertConstant("Payments report", few, many, 8);
    }

    /** Each award in a month and designation pair no earlier award of this test used. */
    private void awardInDistinctMonthsAndDesignations(int count) {
        var codes = catalogue.all().stream().map(DesignationSummary::code).toList();
        YearMonth thisMonth = YearMonth.from(LocalDate.now(clock));
        for (int i = 0; i < count; i++, awarded++) {
            var holder = TestAccounts.account(provisioning, "Report Holder", Role.MEMBER);
            awards.award(holder.id(), codes.get(awarded / 12 % codes.size()), Route.EXAM,
                    thisMonth.minusMonths(awarded % 12).atDay(1));
        }
    }

    private void sittings(int count) {
        for (int i = 0; i < count; i++) {
            jdbc.update("insert into exam_sitting (starts_at, venue, capacity) values (?, 'Statements room', 20)",
                    Timestamp.valueOf(LocalDate.now(clock).atTime(8, 0).minusDays(i % 200)));
        }
    }

    private void invoicesUnpaidForAMonth(int count) {
        clock.advance(Duration.ofDays(-40));
        for (int i = 0; i < count; i++) {
            var payer = TestAccounts.account(provisioning, "Owing Payer", Role.MEMBER);
            payments.issue(payer.id(), PaymentPurpose.EVENT_REGISTRATION, "statements:" + UUID.randomUUID(),
                    "Event fee", new BigDecimal("45.00"));
        }
        clock.advance(Duration.ofDays(40));
    }
}
