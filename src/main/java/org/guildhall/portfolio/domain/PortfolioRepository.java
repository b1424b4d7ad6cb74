package org.guildhall.portfolio.domain;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface PortfolioRepository extends JpaRepository<Portfolio, Long> {

    List<Portfolio> findByCandidateAccountIdOrderByOpenedAtDesc(long candidateAccountId);

    /** Portfolios one of whose versions holds the document as evidence or as a reference letter. */
    @Query("""
            select distinct v.portfolioId from PortfolioVersion v left join v.evidence e left join v.references r
            where e.documentId = :documentId or r.letterDocumentId = :documentId""")
    List<Long> findIdsHoldingDocument(UUID documentId);
}
