package org.guildhall.assessment.domain;

import java.util.List;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Decided panels, as an appeal against one looks for them. */
public interface DecidedPanelRepository extends Repository<Panel, Long> {

    /** The candidate's decided panels, newest decision first. */
    @Query("""
            select p from Panel p where p.candidateAccountId = :candidateAccountId
            and p.status = org.guildhall.assessment.PanelStatus.DECIDED order by p.decidedAt desc, p.id desc""")
    List<Panel> decidedAbout(long candidateAccountId);
}
