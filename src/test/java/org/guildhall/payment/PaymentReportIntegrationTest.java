package org.guildhall.payment;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 18: the payments report's totals by purpose and status and per month at the month's edges, and the invoices
 * unpaid for N days or more, the day exactly N days ago included.
 */
@IntegrationTest
class PaymentReportIntegrationTest {

    @Autowired PaymentReport report;
    @Autowired PaymentService payments;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MutableClock clock;

    private final String token = Long.toString(System.nanoTime(), 36);
    private AccountSummary payer;

    @BeforeEach
    void aPayer() {
        TestAccounts.ensure(accounts, provisioning);
        payer = TestAccounts.account(provisioning, "Pat Payer", Role.MEMBER);
        TestAccounts.asRegistrar();
    }

    @Test
    void an_invoice_counts_in_the_month_it_was_issued_and_its_payment_in_the_month_it_was_confirmed() {
        var before = report.byMonth(2);
        moveTo("2026-10-31T23:59:59Z");
        issue(PaymentPurpose.RENEWAL, "110.00");
        moveTo("2026-11-01T00:00:00Z");
        var november = issue(PaymentPurpose.RENEWAL, "40.50");
        issue(PaymentPurpose.EVENT_REGISTRATION, "999.00");
        payments.cancel(PaymentPurpose.EVENT_REGISTRATION, "report:" + token + ":EVENT_REGISTRATION:999.00");
        moveTo("2026-11-25T09:00:00Z");
        payments.confirmPayment(november.id(), "BACS " + token);

        var after = report.byMonth(2);
        assertThat(after).extracting(PaymentMonthSummary::month)
                .containsExactly(YearMonth.of(2026, 10), YearMonth.of(2026, 11));
        assertThat(after.get(0).issued()).isEqualTo(before.get(0).issued() + 1);
        assertThat(after.get(0).issuedAmount()).isEqualByComparingTo(before.get(0).issuedAmount().add(money("110")));
        assertThat(after.get(0).paid()).isEqualTo(before.get(0).paid());
        // The cancelled invoice is not money the institute expects.
        assertThat(after.get(1).issued()).isEqualTo(before.get(1).issued() + 1);
        assertThat(after.get(1).issuedAmount()).isEqualByComparingTo(before.get(1).issuedAmount().add(money("40.5")));
        assertThat(after.get(1).paid()).isEqualTo(before.get(1).paid() + 1);
        assertThat(after.get(1).paidAmount()).isEqualByComparingTo(before.get(1).paidAmount().add(money("40.5")));
        // One month is this one only: October's invoice is outside it.
        assertThat(report.byMonth(1)).singleElement().isEqualTo(after.get(1));
    }

    @Test
    void every_purpose_and_status_is_listed_with_its_count_and_amount() {
        var before = report.byPurposeAndStatus();
        issue(PaymentPurpose.EVENT_REGISTRATION, "25.00");
        issue(PaymentPurpose.EVENT_REGISTRATION, "30.00");
        payments.cancel(PaymentPurpose.EVENT_REGISTRATION, "report:" + token + ":EVENT_REGISTRATION:30.00");

        var after = report.byPurposeAndStatus();
        assertThat(after).hasSize(PaymentPurpose.values().length * InvoiceStatus.values().length);
        var issued = row(after, PaymentPurpose.EVENT_REGISTRATION, InvoiceStatus.ISSUED);
        var issuedBefore = row(before, PaymentPurpose.EVENT_REGISTRATION, InvoiceStatus.ISSUED);
        assertThat(issued.invoices()).isEqualTo(issuedBefore.invoices() + 1);
        assertThat(issued.amount()).isEqualByComparingTo(issuedBefore.amount().add(money("25")));
        assertThat(row(after, PaymentPurpose.EVENT_REGISTRATION, InvoiceStatus.CANCELLED).invoices())
                .isEqualTo(row(before, PaymentPurpose.EVENT_REGISTRATION, InvoiceStatus.CANCELLED).invoices() + 1);
    }

    @Test
    void unpaid_for_n_days_counts_the_day_exactly_n_days_ago_at_any_hour_and_not_the_day_after() {
        var exactly = issue(PaymentPurpose.EVENT_REGISTRATION, "10.00");
        moveTo("2026-11-25T23:59:59Z");
        var lateThatDay = issue(PaymentPurpose.EVENT_REGISTRATION, "11.00");
        moveTo("2026-11-26T00:00:00Z");
        var dayAfter = issue(PaymentPurpose.EVENT_REGISTRATION, "12.00");
        var paid = issue(PaymentPurpose.RENEWAL, "13.00");
        payments.confirmPayment(paid.id(), "BACS " + token);
        moveTo("2026-12-25T09:00:00Z");

        var thirty = references(report.unpaidFor(30, PageRequest.of(0, 100_000)));
        assertThat(thirty).contains(exactly.reference(), lateThatDay.reference())
                .doesNotContain(dayAfter.reference(), paid.reference());
        assertThat(report.countUnpaidFor(30)).isEqualTo(thirty.size());
        assertThat(references(report.unpaidFor(29, PageRequest.of(0, 100_000)))).contains(dayAfter.reference());
        assertThat(report.unpaidFor(30, PageRequest.of(0, 100_000))).filteredOn(row -> row.reference()
                .equals(exactly.reference())).singleElement().satisfies(row -> {
                    assertThat(row.daysUnpaid()).isEqualTo(30);
                    assertThat(row.issuedOn()).isEqualTo(LocalDate.of(2026, 11, 25));
                    assertThat(row.payerName()).isEqualTo("Pat Payer");
                    assertThat(row.status()).isEqualTo(InvoiceStatus.ISSUED);
                });
    }

    @Test
    void a_member_may_not_read_it() {
        TestAccounts.signInAs(TestAccounts.MEMBER, Role.MEMBER);

        assertThatThrownBy(report::byPurposeAndStatus).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> report.countUnpaidFor(30)).isInstanceOf(AccessDeniedException.class);
    }

    private InvoiceSummary issue(PaymentPurpose purpose, String amount) {
        return payments.issue(payer.id(), purpose, "report:" + token + ":" + purpose + ":" + amount,
                "Report test " + purpose, new BigDecimal(amount));
    }

    private void moveTo(String instant) {
        clock.advance(Duration.between(clock.instant(), Instant.parse(instant)));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static InvoiceTotalSummary row(List<InvoiceTotalSummary> rows, PaymentPurpose purpose,
            InvoiceStatus status) {
        return rows.stream().filter(row -> row.purpose() == purpose && row.status() == status).findFirst()
                .orElseThrow();
    }

    private static List<String> references(List<OverdueInvoiceSummary> rows) {
        return rows.stream().map(OverdueInvoiceSummary::reference).toList();
    }
}
