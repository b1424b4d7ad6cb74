package org.guildhall.assessment.domain;

import java.util.List;
import java.util.UUID;

import org.guildhall.assessment.PanelStatus;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PanelRepository extends JpaRepository<Panel, Long> {

    /** Panels where the assessor holds a seat they have not left, soonest due first. */
    @Query("""
            select p from Panel p join p.members m
            where m.assessorAccountId = :assessorId and m.recusedAt is null order by p.dueOn, p.id""")
    List<Panel> seatedOn(long assessorId);

    List<Panel> findByCandidateAccountId(long candidateAccountId);

    List<Panel> findByStatusNotOrderByDueOnAsc(PanelStatus status);

    List<Panel> findByPortfolioId(long portfolioId);

    List<Panel> findByLetterDocumentId(UUID letterDocumentId);

    boolean existsByPortfolioIdAndPortfolioVersion(long portfolioId, int portfolioVersion);

    /** Open seats per assessor: the workload the proposal balances. Rows of [assessorAccountId, count]. */
    @Query("""
            select m.assessorAccountId, count(m) from PanelMember m
            where m.recusedAt is null and m.panel.status <> org.guildhall.assessment.PanelStatus.DECIDED
            group by m.assessorAccountId""")
    List<Object[]> openSeatsPerAssessor();

    /** Every panel that judged the candidate, oldest first: the earlier panels the conflict rules look at. */
    List<Panel> findByCandidateAccountIdOrderByFormedAtAsc(long candidateAccountId);

    /** Each judged portfolio's latest panel, newest first: the portfolios a benchmark may be made of. */
    @Query("""
            select p from Panel p where p.id in (select max(q.id) from Panel q group by q.portfolioId)
            order by p.formedAt desc, p.id desc""")
    List<Panel> latestPanelPerPortfolio(Pageable page);
}
