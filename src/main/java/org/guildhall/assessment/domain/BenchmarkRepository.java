package org.guildhall.assessment.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface BenchmarkRepository extends JpaRepository<Benchmark, Long> {

    List<Benchmark> findAllByOrderByMarkedAtDesc();

    boolean existsByPortfolioIdIn(Collection<Long> portfolioIds);

    /** A benchmark's portfolio as its lists show it: the candidate's name and the designation. */
    record PortfolioLine(long portfolioId, String candidateName, String designationCode) {
    }

    /** The lines of all the portfolios at once (read by entity name; portfolio and identity own those rows). */
    @Query("""
            select new org.guildhall.assessment.domain.BenchmarkRepository$PortfolioLine(p.id, person.fullName,
                p.designationCode)
            from Portfolio p join Account person on person.id = p.candidateAccountId where p.id in :portfolioIds""")
    List<PortfolioLine> portfolioLines(Collection<Long> portfolioIds);
}
