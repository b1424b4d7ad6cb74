package org.guildhall.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.guildhall.certification.domain.CertificationReportRows;
import org.guildhall.certification.domain.CertificationReportRows.StepCount;
import org.guildhall.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's certification report (issue 18): certifications awarded, renewed, lapsed, suspended and revoked
 * by designation and month, and exam results by sitting with the pass rate. Each is one grouped query.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
@PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
public class CertificationReport {

    private final CertificationReportRows rows;
    private final Clock clock;

    CertificationReport(CertificationReportRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /**
     * The last {@code months} calendar months up to this one, latest first, one row per designation and month in
     * which something happened ({@code designationCode} null for every designation).
     */
    public List<CertificationMonthSummary> byDesignationAndMonth(int months, @Nullable String designationCode) {
        YearMonth last = YearMonth.from(LocalDate.now(clock));
        YearMonth first = last.minusMonths(months - 1L);
        Map<String, Counts> byKey = new TreeMap<>();
        for (StepCount count : rows.stepsByMonth(first.atDay(1), last.atEndOfMonth(), designationCode)) {
            byKey.computeIfAbsent(count.year() + "-" + count.month() + "/" + count.designationCode(),
                    key -> new Counts(YearMonth.of(count.year(), count.month()), count.designationCode()))
                    .add(count.step(), count.count());
        }
        return byKey.values().stream().map(Counts::summary)
                .sorted(Comparator.comparing(CertificationMonthSummary::month).reversed()
                        .thenComparing(CertificationMonthSummary::designationCode))
                .toList();
    }

    /**
     * Sittings held in the last {@code months} calendar months up to the end of this one, latest first, with the
     * results of {@code designationCode}'s candidates (null for all).
     */
    public List<SittingResultSummary> examResultsBySitting(int months, @Nullable String designationCode) {
        YearMonth last = YearMonth.from(LocalDate.now(clock));
        return rows.resultsBySitting(last.minusMonths(months - 1L).atDay(1).atStartOfDay(),
                last.plusMonths(1).atDay(1).atStartOfDay(), designationCode);
    }

    /** One designation's month, filled from its steps' counts. */
    private static final class Counts {

        private final YearMonth month;
        private final String designationCode;
        private final Map<String, Long> steps = new TreeMap<>();

        Counts(YearMonth month, String designationCode) {
            this.month = month;
            this.designationCode = designationCode;
        }

        void add(String step, long count) {
            steps.merge(step, count, Long::sum);
        }

        CertificationMonthSummary summary() {
            return new CertificationMonthSummary(month, designationCode, of("AWARDED"), of("RENEWED"), of("LAPSED"),
                    of(CertificationAction.SUSPENDED.name()), of(CertificationAction.REVOKED.name()));
        }

        private long of(String step) {
            return steps.getOrDefault(step, 0L);
        }
    }
}
