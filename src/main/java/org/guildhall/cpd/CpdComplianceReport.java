package org.guildhall.cpd;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.PriorityQueue;
import java.util.function.Consumer;

import org.guildhall.certification.CertificationSummary;
import org.guildhall.cpd.domain.ReminderMilestone;
import org.guildhall.identity.Role;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * The registrar's CPD compliance and risk report (issue 18): every current certification with its counted
 * credits, requirement, shortfall, days to expiry, pace and forecast, at risk first; streamed for exports, a
 * bounded page for the screen, a few totals for the operations dashboard, and reminders to everyone filtered.
 */
@Service
@NamedInterface("api")
@PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
public class CpdComplianceReport {

    /** How far ahead the dashboard draws expiries by month. */
    public static final int MONTHS_AHEAD = 6;

    private final CpdComplianceWalk walk;
    private final ReminderService reminders;
    private final Clock clock;

    CpdComplianceReport(CpdComplianceWalk walk, ReminderService reminders, Clock clock) {
        this.walk = walk;
        this.reminders = reminders;
        this.clock = clock;
    }

    /**
     * Every row the filter admits, at risk first and then by expiry, handed over one at a time: two passes over
     * the certifications in expiry order, so nothing is held to sort them.
     */
    public void forEach(CpdComplianceFilter filter, Consumer<CpdComplianceSummary> sink) {
        walk.forEach(filter, (certification, row) -> {
            if (row.atRisk()) {
                sink.accept(row);
            }
        });
        if (!filter.atRiskOnly()) {
            walk.forEach(filter, (certification, row) -> {
                if (!row.atRisk()) {
                    sink.accept(row);
                }
            });
        }
    }

    /** The first {@code limit} rows in the chosen order and how many the filter admits in all. */
    public CpdCompliancePage firstRows(CpdComplianceFilter filter, CpdComplianceSort sort, int limit) {
        Comparator<CpdComplianceSummary> order = sort.order();
        // The best `limit` rows so far, the worst of them on top to be dropped first.
        var best = new PriorityQueue<CpdComplianceSummary>(order.reversed());
        long[] total = {0};
        walk.forEach(filter, (certification, row) -> {
            total[0]++;
            best.add(row);
            if (best.size() > limit) {
                best.poll();
            }
        });
        var rows = new ArrayList<>(best);
        rows.sort(order);
        return new CpdCompliancePage(rows, total[0]);
    }

    /** Current certifications, those at risk, and expiries in each of the coming months, for the dashboard. */
    public CpdComplianceOverview overview() {
        YearMonth thisMonth = YearMonth.from(LocalDate.now(clock));
        var months = new LinkedHashMap<YearMonth, long[]>();
        for (int ahead = 0; ahead < MONTHS_AHEAD; ahead++) {
            months.put(thisMonth.plusMonths(ahead), new long[2]);
        }
        long[] totals = new long[2];
        walk.forEachForTotals(CpdComplianceFilter.everyone(), (certification, row) -> {
            int risk = row.atRisk() ? 1 : 0;
            totals[0]++;
            totals[1] += risk;
            var month = months.get(YearMonth.from(row.validUntil()));
            if (month != null) {
                month[0]++;
                month[1] += risk;
            }
        });
        return new CpdComplianceOverview(totals[0], totals[1], months.entrySet().stream()
                .map(month -> new CpdComplianceOverview.ExpiryMonth(month.getKey(), month.getValue()[0],
                        month.getValue()[1]))
                .toList());
    }

    /**
     * Reminds every holder the filter admits who is still short of credits, through the outbox, once per cycle and
     * milestone: the reminder is recorded as the daily job records its own, so a second press (or the job) sends
     * none for the same milestone. Holders not yet at the first milestone (six months before expiry) are left
     * for the job.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public RemindersSent remindFiltered(CpdComplianceFilter filter) {
        var short_ = new ArrayList<CertificationSummary>();
        walk.forEach(filter, (certification, row) -> {
            if (row.shortfall().signum() > 0) {
                short_.add(certification);
            }
        });
        LocalDate today = LocalDate.now(clock);
        int sent = 0;
        int alreadyReminded = 0;
        int notYetDue = 0;
        for (var certification : short_) {
            var milestone = ReminderMilestone.reached(certification.cycle(), today);
            if (milestone.isEmpty()) {
                notYetDue++;
            } else if (reminders.remind(certification, milestone.get())) {
                sent++;
            } else {
                alreadyReminded++;
            }
        }
        return new RemindersSent(sent, alreadyReminded, notYetDue);
    }

    /**
     * @param alreadyReminded short holders already reminded at the milestone they have reached
     * @param notYetDue short holders more than six months from expiry, whom no milestone has reached
     */
    @NamedInterface("api")
    public record RemindersSent(int sent, int alreadyReminded, int notYetDue) {
    }

    /** A page of the report for the screen, and how many rows the filter admits in all. */
    @NamedInterface("api")
    public record CpdCompliancePage(List<CpdComplianceSummary> rows, long total) {
    }
}
