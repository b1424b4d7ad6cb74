package org.guildhall.reporting.ui;

import java.time.Clock;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import org.guildhall.certification.CertificationMonthSummary;
import org.guildhall.certification.CertificationReport;
import org.guildhall.certification.SittingResultSummary;
import org.guildhall.cpd.CpdComplianceReport;
import org.guildhall.identity.Role;
import org.guildhall.payment.PaymentReport;
import org.guildhall.reporting.PaymentColumns;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;

/**
 * The registrar's operations dashboard on the home page: current certifications, those at risk of missing their
 * CPD requirement, and expiries in the coming months drawn as bars; certifications awarded and renewed each month
 * and the exam pass rate; invoices unpaid for a month or more. Each links to the report behind it.
 */
@org.springframework.stereotype.Component
final class OperationsDashboard extends HomePanel {

    /** Months of awards and renewals the dashboard draws. */
    private static final int AWARD_MONTHS = 6;
    /** Months of sittings the pass rate is taken over. */
    private static final int PASS_RATE_MONTHS = 12;

    private final CpdComplianceReport compliance;
    private final CertificationReport certifications;
    private final PaymentReport payments;
    private final Clock clock;

    OperationsDashboard(CpdComplianceReport compliance, CertificationReport certifications, PaymentReport payments,
            Clock clock) {
        super(5, Role.Names.REGISTRAR, Role.Names.ADMIN);
        this.compliance = compliance;
        this.certifications = certifications;
        this.payments = payments;
        this.clock = clock;
    }

    @Override
    public Component render() {
        var ui = UI.getCurrent();
        var overview = compliance.overview();
        var months = DateTimeFormatter.ofPattern("MMM yyyy", ui.getLocale());
        var bars = overview.expiries().stream()
                .map(month -> new BarChart.Bar(months.format(month.month()), month.expiring(), month.atRisk()))
                .toList();
        var expiries = chart(ui, "expiries", bars);

        long unpaid = payments.countUnpaidFor(PaymentColumns.DEFAULT_DAYS);
        var figures = new Div(
                PanelCard.figure("dashboard-current", overview.current(),
                        ui.getTranslation("reporting.dashboard.current", overview.current())),
                PanelCard.figure("dashboard-at-risk", overview.atRisk(),
                        ui.getTranslation("reporting.dashboard.at-risk", overview.atRisk())),
                PanelCard.figure("dashboard-unpaid", unpaid,
                        ui.getTranslation("reporting.dashboard.unpaid", unpaid, PaymentColumns.DEFAULT_DAYS)));
        figures.addClassName("gh-figures");
        passRate(ui).ifPresent(figures::add);
        var atRiskLink = new Anchor("registrar/reports/cpd-compliance?atRisk=true",
                ui.getTranslation("reporting.dashboard.open-at-risk"));
        atRiskLink.setId("dashboard-at-risk-link");
        var unpaidLink = new Anchor("registrar/reports/payments?" + PaymentColumns.daysQuery(
                PaymentColumns.DEFAULT_DAYS), ui.getTranslation("reporting.dashboard.open-unpaid"));
        unpaidLink.setId("dashboard-unpaid-link");
        return new PanelCard("panel-operations", ui.getTranslation("reporting.dashboard.title"), figures,
                atRiskLink, unpaidLink, expiries, awardsChart(ui, months))
                .withLink(ui.getTranslation("reporting.dashboard.open-report"), "registrar/reports/cpd-compliance")
                .withLink(ui.getTranslation("reporting.dashboard.open-register"), "registrar/reports/register")
                .withLink(ui.getTranslation("reporting.dashboard.open-certifications"),
                        "registrar/reports/certifications")
                .withLink(ui.getTranslation("reporting.dashboard.open-payments"), "registrar/reports/payments");
    }

    /** The share of exam results in the last twelve months that were passes, when there is any result. */
    private Optional<Div> passRate(UI ui) {
        List<SittingResultSummary> sittings = certifications.examResultsBySitting(PASS_RATE_MONTHS, null);
        long resulted = sittings.stream().mapToLong(SittingResultSummary::resulted).sum();
        if (resulted == 0) {
            return Optional.empty();
        }
        long passed = sittings.stream().mapToLong(SittingResultSummary::passed).sum();
        long percent = Math.round(passed * 100.0 / resulted);
        return Optional.of(PanelCard.figure("dashboard-pass-rate", percent,
                ui.getTranslation("reporting.dashboard.pass-rate", resulted, PASS_RATE_MONTHS)));
    }

    /** Certifications awarded or renewed in each of the last months, the renewals the darker part. */
    private Div awardsChart(UI ui, DateTimeFormatter months) {
        Map<YearMonth, Long> awardedOrRenewed = new TreeMap<>();
        Map<YearMonth, Long> renewed = new TreeMap<>();
        for (CertificationMonthSummary row : certifications.byDesignationAndMonth(AWARD_MONTHS, null)) {
            awardedOrRenewed.merge(row.month(), row.awarded() + row.renewed(), Long::sum);
            renewed.merge(row.month(), row.renewed(), Long::sum);
        }
        YearMonth last = YearMonth.now(clock);
        var bars = Stream.iterate(last.minusMonths(AWARD_MONTHS - 1L), month -> !month.isAfter(last),
                        month -> month.plusMonths(1))
                .map(month -> new BarChart.Bar(months.format(month), awardedOrRenewed.getOrDefault(month, 0L),
                        renewed.getOrDefault(month, 0L)))
                .toList();
        var chart = chart(ui, "awards", bars);
        // Renewals are good news: drawn in the primary colour, not the warning colour of those at risk.
        chart.addClassName("gh-chart-calm");
        return chart;
    }

    /**
     * The bars as a described chart (id {@code dashboard-<name>}) with its legend, its texts the keys
     * {@code reporting.dashboard.<name>}, {@code .bar} (one bar in words) and {@code .legend}.
     */
    private static Div chart(UI ui, String name, List<BarChart.Bar> bars) {
        String key = "reporting.dashboard." + name;
        String description = BarChart.describe(bars, bar -> ui.getTranslation(key + ".bar", bar.label(),
                bar.total(), bar.highlighted()));
        var chart = new Svg(BarChart.svg("dashboard-" + name, ui.getTranslation(key), description, bars));
        chart.setId("dashboard-" + name);
        var legend = new Div(ui.getTranslation(key + ".legend"));
        legend.addClassName("gh-chart-legend");
        return new Div(chart, legend);
    }
}
