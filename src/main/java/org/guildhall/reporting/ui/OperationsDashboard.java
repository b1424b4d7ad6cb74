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
import com.vaadin.flow.component.html.Paragraph;
import org.guildhall.certification.CertificationMonthSummary;
import org.guildhall.certification.CertificationReport;
import org.guildhall.certification.SittingResultSummary;
import org.guildhall.cpd.CpdComplianceOverview;
import org.guildhall.cpd.CpdComplianceReport;
import org.guildhall.identity.Role;
import org.guildhall.payment.PaymentReport;
import org.guildhall.reporting.PaymentColumns;
import org.guildhall.shell.HomePanel;
import org.guildhall.shell.PanelCard;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

/**
 * The registrar's operations dashboard on the home page: current certifications, those at risk of missing their
 * CPD requirement, and expiries in the coming months drawn as bars; certifications awarded and renewed each month
 * and the exam pass rate; invoices unpaid for a month or more. Each links to the report behind it. The figures
 * weigh every current certification's CPD (seconds at 100k members), so they are counted at most once a minute in
 * each instance, in the background, and the card says when (docs/decisions/operations-dashboard-at-scale.md).
 */
@org.springframework.stereotype.Component
@EnableConfigurationProperties(DashboardSettings.class)
final class OperationsDashboard extends HomePanel {

    /** Months of awards and renewals the dashboard draws. */
    private static final int AWARD_MONTHS = 6;
    /** Months of sittings the pass rate is taken over. */
    private static final int PASS_RATE_MONTHS = 12;

    private final CpdComplianceReport compliance;
    private final CertificationReport certifications;
    private final PaymentReport payments;
    private final Clock clock;
    private final RecentValue<Figures> figures;

    OperationsDashboard(CpdComplianceReport compliance, CertificationReport certifications, PaymentReport payments,
            Clock clock, DashboardSettings settings) {
        super(5, Role.Names.REGISTRAR, Role.Names.ADMIN);
        this.compliance = compliance;
        this.certifications = certifications;
        this.payments = payments;
        this.clock = clock;
        // The refresh runs as the registrar or admin whose visit found the figures old: the reports check who asks.
        this.figures = new RecentValue<>(this::count, settings.freshFor(), clock,
                refresh -> Thread.ofVirtual().name("operations-dashboard")
                        .start(DelegatingSecurityContextRunnable.create(refresh, null)));
    }

    @Override
    public Component render() {
        var ui = UI.getCurrent();
        var counted = figures.get();
        var overview = counted.value().overview();
        long unpaid = counted.value().unpaid();
        var months = DateTimeFormatter.ofPattern("MMM yyyy", ui.getLocale());
        var bars = overview.expiries().stream()
                .map(month -> new BarChart.Bar(months.format(month.month()), month.expiring(), month.atRisk()))
                .toList();
        var expiries = chart(ui, "expiries", bars);

        var figures = new Div(
                PanelCard.figure("dashboard-current", overview.current(),
                        ui.getTranslation("reporting.dashboard.current", overview.current())),
                PanelCard.figure("dashboard-at-risk", overview.atRisk(),
                        ui.getTranslation("reporting.dashboard.at-risk", overview.atRisk())),
                PanelCard.figure("dashboard-unpaid", unpaid,
                        ui.getTranslation("reporting.dashboard.unpaid", unpaid, PaymentColumns.DEFAULT_DAYS)));
        figures.addClassName("gh-figures");
        passRate(ui, counted.value().sittings()).ifPresent(figures::add);
        var atRiskLink = new Anchor("registrar/reports/cpd-compliance?atRisk=true",
                ui.getTranslation("reporting.dashboard.open-at-risk"));
        atRiskLink.setId("dashboard-at-risk-link");
        var unpaidLink = new Anchor("registrar/reports/payments?" + PaymentColumns.daysQuery(
                PaymentColumns.DEFAULT_DAYS), ui.getTranslation("reporting.dashboard.open-unpaid"));
        unpaidLink.setId("dashboard-unpaid-link");
        var asOf = new Paragraph(ui.getTranslation("reporting.dashboard.as-of",
                counted.at().atZone(clock.getZone())));
        asOf.setId("dashboard-as-of");
        asOf.addClassName("gh-chart-legend");
        return new PanelCard("panel-operations", ui.getTranslation("reporting.dashboard.title"), figures,
                atRiskLink, unpaidLink, expiries, awardsChart(ui, months, counted.value().awards()), asOf)
                .withLink(ui.getTranslation("reporting.dashboard.open-report"), "registrar/reports/cpd-compliance")
                .withLink(ui.getTranslation("reporting.dashboard.open-register"), "registrar/reports/register")
                .withLink(ui.getTranslation("reporting.dashboard.open-certifications"),
                        "registrar/reports/certifications")
                .withLink(ui.getTranslation("reporting.dashboard.open-payments"), "registrar/reports/payments");
    }

    /** Everything the card shows, counted at one go. */
    private Figures count() {
        return new Figures(compliance.overview(), payments.countUnpaidFor(PaymentColumns.DEFAULT_DAYS),
                certifications.examResultsBySitting(PASS_RATE_MONTHS, null),
                certifications.byDesignationAndMonth(AWARD_MONTHS, null));
    }

    /** The share of exam results in the last twelve months that were passes, when there is any result. */
    private Optional<Div> passRate(UI ui, List<SittingResultSummary> sittings) {
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
    private Div awardsChart(UI ui, DateTimeFormatter months, List<CertificationMonthSummary> awards) {
        Map<YearMonth, Long> awardedOrRenewed = new TreeMap<>();
        Map<YearMonth, Long> renewed = new TreeMap<>();
        for (CertificationMonthSummary row : awards) {
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

    private record Figures(CpdComplianceOverview overview, long unpaid, List<SittingResultSummary> sittings,
            List<CertificationMonthSummary> awards) {
    }
}
