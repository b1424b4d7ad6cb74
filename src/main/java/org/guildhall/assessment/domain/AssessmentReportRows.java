package org.guildhall.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.persistence.EntityManager;
import org.guildhall.assessment.AssessmentReport.AssessorActivity;
import org.guildhall.assessment.AssessmentReport.AssessorSort;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.assessment.PanelStatus;
import org.springframework.stereotype.Repository;

/**
 * The assessment report's figures, each one query however many panels there are (assessors' names and the
 * portfolio versions' submission times read by entity name; identity and portfolio own those rows).
 */
@Repository
public class AssessmentReportRows {

    /** A decided panel: when it was decided, how, and when the judged version had been submitted. */
    public record Decision(Instant decidedAt, PanelOutcome outcome, Instant submittedAt) {
    }

    /** Panels still at work, and those of them whose due day has passed. */
    public record OpenPanels(long open, long overdue) {
    }

    private static final String ACTIVITY = """
            select m.assessorAccountId, a.fullName,
              sum(case when m.recusedAt is null then 1 else 0 end) as panels,
              sum(case when m.recusedAt is null and p.status <> :decided then 1 else 0 end) as openPanels,
              count(s.id) as submitted,
              sum(case when s.id is not null and cast(s.submittedAt as LocalDate) <= p.dueOn then 1 else 0 end)
                as onTime,
              sum(case when m.recusedAt is not null then 1 else 0 end) as recusals
            from PanelMember m join m.panel p join Account a on a.id = m.assessorAccountId
              left join Score s on s.panelId = p.id and s.assessorAccountId = m.assessorAccountId
                and s.status = :submittedScore
            where lower(a.fullName) like :search
            group by m.assessorAccountId, a.fullName
            """;

    private final EntityManager entities;

    AssessmentReportRows(EntityManager entities) {
        this.entities = entities;
    }

    public OpenPanels openPanels(LocalDate today) {
        Object[] row = entities.createQuery("""
                        select count(p), coalesce(sum(case when p.dueOn < :today then 1 else 0 end), 0)
                        from Panel p where p.status <> :decided""", Object[].class)
                .setParameter("today", today).setParameter("decided", PanelStatus.DECIDED).getSingleResult();
        return new OpenPanels(((Number) row[0]).longValue(), ((Number) row[1]).longValue());
    }

    /** Panels decided from {@code from} (included) to {@code to} (excluded). */
    public List<Decision> decidedBetween(Instant from, Instant to) {
        return entities.createQuery("""
                        select new org.guildhall.assessment.domain.AssessmentReportRows$Decision(
                          p.decidedAt, p.outcome, v.submittedAt)
                        from Panel p join PortfolioVersion v on v.portfolioId = p.portfolioId
                          and v.number = p.portfolioVersion
                        where p.status = :decided and p.decidedAt >= :from and p.decidedAt < :to""",
                        Decision.class)
                .setParameter("decided", PanelStatus.DECIDED).setParameter("from", from).setParameter("to", to)
                .getResultList();
    }

    /**
     * Every assessor who has held a seat, whose name contains {@code search}, in {@code sort}'s order (then by
     * name), {@code limit} rows from {@code offset}.
     */
    public List<AssessorActivity> assessors(String search, AssessorSort sort, int offset, int limit) {
        return entities.createQuery(ACTIVITY + "order by " + orderOf(sort) + "a.fullName, m.assessorAccountId",
                        Object[].class)
                .setParameter("decided", PanelStatus.DECIDED)
                .setParameter("submittedScore", Score.Status.SUBMITTED)
                .setParameter("search", pattern(search))
                .setFirstResult(offset).setMaxResults(limit)
                .getResultStream()
                .map(row -> new AssessorActivity(((Number) row[0]).longValue(), (String) row[1], count(row[2]),
                        count(row[3]), count(row[4]), count(row[5]), count(row[6])))
                .toList();
    }

    public long countAssessors(String search) {
        return entities.createQuery("""
                        select count(distinct m.assessorAccountId)
                        from PanelMember m join Account a on a.id = m.assessorAccountId
                        where lower(a.fullName) like :search""", Long.class)
                .setParameter("search", pattern(search)).getSingleResult();
    }

    /** What comes before the name in the order, with its trailing comma. */
    private static String orderOf(AssessorSort sort) {
        return switch (sort) {
            case NAME -> "";
            case MOST_PANELS -> "panels desc, ";
            case MOST_OPEN -> "openPanels desc, ";
            case MOST_RECUSALS -> "recusals desc, ";
        };
    }

    private static long count(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static String pattern(String search) {
        return "%" + search.strip().toLowerCase(java.util.Locale.ROOT) + "%";
    }
}
