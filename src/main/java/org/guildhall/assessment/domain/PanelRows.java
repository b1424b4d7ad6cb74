package org.guildhall.assessment.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.guildhall.assessment.PanelStatus;
import org.guildhall.assessment.WaitingPortfolioSummary;
import org.guildhall.portfolio.PortfolioStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The panel queues, a fixed number of queries whatever their length: the registrar's lists a page of rows at a time
 * (each row in one query, its seats and submitted scores counted in it) with a count; an assessor's panels with
 * their seats in one query and the submitted scores of all of them in one more (candidates' names and portfolios
 * read by entity name; the identity and portfolio modules own those rows).
 */
public interface PanelRows extends Repository<Panel, Long> {

    /** Who has submitted a score on which panel. */
    record SubmittedScore(long panelId, long assessorAccountId) {
    }

    String WAITING = """
            from Portfolio p join PortfolioVersion v on v.portfolioId = p.id
              join Account person on person.id = p.candidateAccountId
            where p.status = :submitted
              and v.number = (select max(later.number) from PortfolioVersion later where later.portfolioId = p.id)
              and not exists (select 1 from Panel panel where panel.portfolioId = p.id
                              and panel.portfolioVersion = v.number)
            """;

    @Query("select new org.guildhall.assessment.WaitingPortfolioSummary(p.id, person.fullName, p.designationCode,"
            + " v.number, v.submittedAt) " + WAITING + " order by p.updatedAt, p.id")
    List<WaitingPortfolioSummary> waitingForPanel(PortfolioStatus submitted, Pageable page);

    @Query("select count(p) " + WAITING)
    long countWaitingForPanel(PortfolioStatus submitted);

    /**
     * A panel at work as the registrar's list shows it: its active seats and how many of them have submitted their
     * score, counted in the same query.
     */
    record OpenPanelRow(long panelId, String candidateName, String designationCode, LocalDate dueOn,
            PanelStatus status, long seats, long scoresIn) {
    }

    @Query("""
            select new org.guildhall.assessment.domain.PanelRows$OpenPanelRow(p.id, person.fullName,
                p.designationCode, p.dueOn, p.status,
                (select count(seat) from PanelMember seat where seat.panel = p and seat.recusedAt is null),
                (select count(s) from Score s where s.panelId = p.id
                   and s.status = org.guildhall.assessment.domain.Score$Status.SUBMITTED
                   and exists (select 1 from PanelMember held where held.panel = p
                               and held.assessorAccountId = s.assessorAccountId and held.recusedAt is null)))
            from Panel p join Account person on person.id = p.candidateAccountId
            where p.status <> :decided order by p.dueOn, p.id""")
    List<OpenPanelRow> open(PanelStatus decided, Pageable page);

    @Query("select count(p) from Panel p where p.status <> :decided")
    long countOpen(PanelStatus decided);

    /** Panels where the assessor holds a seat they have not left, soonest due first, with all their seats. */
    @Query("""
            select distinct p from Panel p left join fetch p.members
            where exists (select 1 from PanelMember seat where seat.panel = p
                          and seat.assessorAccountId = :assessorId and seat.recusedAt is null)
            order by p.dueOn, p.id""")
    List<Panel> seatedOnWithSeats(long assessorId);

    @Query("""
            select new org.guildhall.assessment.domain.PanelRows$SubmittedScore(s.panelId, s.assessorAccountId)
            from Score s where s.panelId in :panelIds and s.status = org.guildhall.assessment.domain.Score$Status.SUBMITTED""")
    List<SubmittedScore> submittedScores(Collection<Long> panelIds);
}
