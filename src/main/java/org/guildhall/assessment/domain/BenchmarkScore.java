package org.guildhall.assessment.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;

/** An assessor's blind score of a benchmark, one whole score (0 to 4) per competency domain, on the day given. */
@Entity
@Table(name = "benchmark_score")
public class BenchmarkScore {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long benchmarkId;
    private long assessorAccountId;
    private LocalDate scoredOn;
    private Instant scoredAt;

    @ElementCollection
    @CollectionTable(name = "benchmark_score_domain", joinColumns = @JoinColumn(name = "benchmark_score_id"))
    @MapKeyColumn(name = "domain_code")
    @Column(name = "score")
    private Map<String, Integer> scores = new HashMap<>();

    protected BenchmarkScore() {
    }

    public BenchmarkScore(long benchmarkId, long assessorAccountId, Map<String, Integer> scores, LocalDate scoredOn,
            Instant scoredAt) {
        this.benchmarkId = benchmarkId;
        this.assessorAccountId = assessorAccountId;
        this.scores.putAll(scores);
        this.scoredOn = scoredOn;
        this.scoredAt = scoredAt;
    }

    public long benchmarkId() {
        return benchmarkId;
    }

    public long assessorAccountId() {
        return assessorAccountId;
    }

    public Map<String, Integer> scores() {
        return Map.copyOf(scores);
    }
}
