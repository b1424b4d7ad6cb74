package org.guildhall.payment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guildhall.identity.Role;
import org.guildhall.payment.domain.InvoiceMonthTotal;
import org.guildhall.payment.domain.PaymentReportRows;
import org.guildhall.payment.domain.PurposeStatusTotal;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's payments report (issue 18): invoices by purpose and status, money issued and received per month,
 * and the invoices still unpaid after a number of days. Each figure is one grouped query; the unpaid list is read a
 * page at a time with one count.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
@PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
public class PaymentReport {

    private final PaymentReportRows rows;
    private final Clock clock;

    PaymentReport(PaymentReportRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Every purpose and status pair in the enums' order, with none where no invoice stands in it. */
    public List<InvoiceTotalSummary> byPurposeAndStatus() {
        Map<String, PurposeStatusTotal> totals = rows.totalsByPurposeAndStatus().stream()
                .collect(Collectors.toMap(total -> total.purpose() + "/" + total.status(), Function.identity()));
        return Arrays.stream(PaymentPurpose.values())
                .flatMap(purpose -> Arrays.stream(InvoiceStatus.values()).map(status -> {
                    var total = totals.get(purpose + "/" + status);
                    return total == null ? new InvoiceTotalSummary(purpose, status, 0, BigDecimal.ZERO)
                            : new InvoiceTotalSummary(purpose, status, total.invoices(), amount(total.amount()));
                }))
                .toList();
    }

    /** The last {@code months} calendar months up to this one, oldest first, every month listed. */
    public List<PaymentMonthSummary> byMonth(int months) {
        ZoneId zone = clock.getZone();
        YearMonth last = YearMonth.from(LocalDate.now(clock));
        YearMonth first = last.minusMonths(months - 1L);
        var from = first.atDay(1).atStartOfDay(zone).toInstant();
        var until = last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant();
        var issued = byMonth(rows.issuedByMonth(from, until));
        var paid = byMonth(rows.paidByMonth(from, until));
        return Stream.iterate(first, month -> !month.isAfter(last), month -> month.plusMonths(1))
                .map(month -> {
                    var issuedIn = issued.get(month);
                    var paidIn = paid.get(month);
                    return new PaymentMonthSummary(month, issuedIn == null ? 0 : issuedIn.invoices(),
                            issuedIn == null ? BigDecimal.ZERO : amount(issuedIn.amount()),
                            paidIn == null ? 0 : paidIn.invoices(),
                            paidIn == null ? BigDecimal.ZERO : amount(paidIn.amount()));
                })
                .toList();
    }

    /**
     * Invoices unpaid (awaiting payment or being checked) for {@code days} days or more, oldest first: issued on or
     * before the day {@code days} days ago, at any time of that day.
     */
    public List<OverdueInvoiceSummary> unpaidFor(int days, Pageable page) {
        LocalDate today = LocalDate.now(clock);
        return rows.overdue(issuedBefore(days), page)
                .stream()
                .map(row -> {
                    LocalDate issuedOn = LocalDate.ofInstant(row.issuedAt(), clock.getZone());
                    return new OverdueInvoiceSummary(row.reference(), row.payerName(), row.payerMemberNumber(),
                            row.purpose(), row.status(), row.amount(), issuedOn,
                            ChronoUnit.DAYS.between(issuedOn, today));
                })
                .toList();
    }

    /** How many invoices {@link #unpaidFor} lists for {@code days}. */
    public long countUnpaidFor(int days) {
        return rows.countOverdue(issuedBefore(days));
    }

    /** The first instant of the day after the one {@code days} days ago. */
    private Instant issuedBefore(int days) {
        return LocalDate.now(clock).minusDays(days - 1L).atStartOfDay(clock.getZone()).toInstant();
    }

    private static Map<YearMonth, InvoiceMonthTotal> byMonth(List<InvoiceMonthTotal> totals) {
        return totals.stream().collect(Collectors.toMap(total -> YearMonth.of(total.year(), total.month()),
                Function.identity()));
    }

    private static BigDecimal amount(@Nullable BigDecimal sum) {
        return sum == null ? BigDecimal.ZERO : sum;
    }
}
