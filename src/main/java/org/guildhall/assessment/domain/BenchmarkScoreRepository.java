package org.guildhall.assessment.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface BenchmarkScoreRepository extends JpaRepository<BenchmarkScore, Long> {

    /** Scores given on or after the day: those of the current calibration period. */
    List<BenchmarkScore> findByScoredOnGreaterThanEqual(LocalDate from);

    List<BenchmarkScore> findByAssessorAccountIdAndScoredOnGreaterThanEqual(long assessorAccountId, LocalDate from);

    List<BenchmarkScore> findByAssessorAccountIdInAndScoredOnGreaterThanEqual(Collection<Long> assessorAccountIds,
            LocalDate from);

    boolean existsByBenchmarkIdAndAssessorAccountIdAndScoredOnGreaterThanEqual(long benchmarkId,
            long assessorAccountId, LocalDate from);
}
