package org.guildhall.assessment.domain;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BenchmarkRepository extends JpaRepository<Benchmark, Long> {

    List<Benchmark> findAllByOrderByMarkedAtDesc();

    boolean existsByPortfolioIdIn(Collection<Long> portfolioIds);
}
