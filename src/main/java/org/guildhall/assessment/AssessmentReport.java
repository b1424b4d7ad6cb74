package org.guildhall.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.guildhall.assessment.domain.AssessmentReportRows;
import org.guildhall.assessment.domain.AssessmentReportRows.Decision;
import org.guildhall.assessment.domain.DecisionTimes;
import org.guildhall.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's assessment report (issue 18): panels at work and overdue, decisions by outcome and the time from
 * submission to decision per month, and each assessor's panels, scores on time and recusals. Each figure is one
 * query however many panels there are. Only counts leave this report: never a candidate's name or score, so the
 * admins who may read and export it see nothing of any one candidate's assessment.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
@PreAuthorize("hasAnyRole('" + Role.Names.REGISTRAR + "', '" + Role.Names.ADMIN + "')")
public class AssessmentReport {

    private final AssessmentReportRows rows;
    private final Clock clock;

    AssessmentReport(AssessmentReportRows rows, Clock clock) {
        this.rows = rows;
        this.clock = clock;
    }

    /** Panels still at work today, and those past their due day. */
    public Overview overview() {
        var open = rows.openPanels(LocalDate.now(clock));
        return new Overview(open.open(), open.overdue());
    }

    /**
     * The last {@code months} calendar months up to this one, oldest first: the panels decided in each by outcome,
     * and how long their candidates waited from submitting the judged version to the decision.
     */
    public List<DecisionMonth> decisionsByMonth(int months) {
        ZoneId zone = clock.getZone();
        YearMonth last = YearMonth.now(clock);
        YearMonth first = last.minusMonths(months - 1L);
        Map<YearMonth, List<Decision>> byMonth = rows.decidedBetween(first.atDay(1).atStartOfDay(zone).toInstant(),
                        last.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant()).stream()
                .collect(Collectors.groupingBy(decision -> YearMonth.from(decision.decidedAt().atZone(zone))));
        return Stream.iterate(first, month -> !month.isAfter(last), month -> month.plusMonths(1))
                .map(month -> DecisionMonth.of(month, byMonth.getOrDefault(month, List.of())))
                .toList();
    }

    /** Assessors who have held a seat, their names containing {@code search}, {@code limit} from {@code offset}. */
    public List<AssessorActivity> assessors(String search, AssessorSort sort, int offset, int limit) {
        return rows.assessors(search, sort, offset, limit);
    }

    public long countAssessors(String search) {
        return rows.countAssessors(search);
    }

    /** @param overdue open panels whose due day has passed */
    @NamedInterface("api")
    public record Overview(long openPanels, long overdue) {
    }

    /**
     * @param medianDays the median wait from submission to decision, in days; null without decisions
     * @param p90Days nine in ten decisions came within this many days; null without decisions
     */
    @NamedInterface("api")
    public record DecisionMonth(YearMonth month, long decisions, long awarded, long resubmit, long declined,
            @Nullable BigDecimal medianDays, @Nullable Integer p90Days) {

        static DecisionMonth of(YearMonth month, List<Decision> decisions) {
            Map<PanelOutcome, Long> outcomes = decisions.stream()
                    .collect(Collectors.groupingBy(Decision::outcome, Collectors.counting()));
            var times = DecisionTimes.of(decisions.stream()
                    .map(decision -> (int) Duration.between(decision.submittedAt(), decision.decidedAt()).toDays())
                    .toList());
            return new DecisionMonth(month, decisions.size(), outcomes.getOrDefault(PanelOutcome.AWARD, 0L),
                    outcomes.getOrDefault(PanelOutcome.RESUBMIT, 0L), outcomes.getOrDefault(PanelOutcome.DECLINE, 0L),
                    times.medianDays(), times.p90Days());
        }
    }

    /**
     * One assessor's record on panels.
     *
     * @param panels seats held and not left
     * @param openPanels of those, panels still at work
     * @param scoresSubmitted scores submitted (a score the chair reopened counts once resubmitted)
     * @param onTime of those, submitted on or before the panel's due day
     * @param recusals seats left by recusal
     */
    @NamedInterface("api")
    public record AssessorActivity(long accountId, String name, long panels, long openPanels, long scoresSubmitted,
            long onTime, long recusals) {
    }

    /** The orders the assessors' table can be read in. */
    @NamedInterface("api")
    public enum AssessorSort {
        NAME, MOST_PANELS, MOST_OPEN, MOST_RECUSALS
    }
}
