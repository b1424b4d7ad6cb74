package org.guildhall.assessment.domain;

import java.util.Collection;
import java.util.List;

import org.guildhall.assessment.PanelStatus;
import org.guildhall.assessment.WaitingPortfolioSummary;
import org.guildhall.portfolio.PortfolioStatus;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The panel queues, a fixed number of queries whatever their length: panels with their seats in one query, the
 * submitted scores of all of them in one more, and the portfolios waiting for a panel in one (candidates' names and
 * portfolios read by entity name; the identity and portfolio modules own those rows).
 */
public interface PanelRows extends Repository<Panel, Long> {

    /** Who has submitted a score on which panel. */
    record SubmittedScore(long panelId, long assessorAccountId) {
    }

    @Query("""
            select new org.guildhall.assessment.WaitingPortfolioSummary(p.id, person.fullName, p.designationCode,
                v.number, v.submittedAt)
            from Portfolio p join PortfolioVersion v on v.portfolioId = p.id
              join Account person on person.id = p.candidateAccountId
            where p.status = :submitted
              and v.number = (select max(later.number) from PortfolioVersion later where later.portfolioId = p.id)
              and not exists (select 1 from Panel panel where panel.portfolioId = p.id
                              and panel.portfolioVersion = v.number)
            order by p.updatedAt, p.id""")
    List<WaitingPortfolioSummary> waitingForPanel(PortfolioStatus submitted);

    @Query("""
            select distinct p from Panel p left join fetch p.members
            where p.status <> :decided order by p.dueOn, p.id""")
    List<Panel> openWithSeats(PanelStatus decided);

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
