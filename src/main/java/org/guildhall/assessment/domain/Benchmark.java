package org.guildhall.assessment.domain;

import java.math.BigDecimal;
import java.time.Instant;
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

/** A portfolio the registrar marked as a benchmark, with the score agreed per competency domain (0 to 4). */
@Entity
@Table(name = "benchmark")
public class Benchmark {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String title;
    private long portfolioId;
    private Instant markedAt;

    @ElementCollection
    @CollectionTable(name = "benchmark_agreed_score", joinColumns = @JoinColumn(name = "benchmark_id"))
    @MapKeyColumn(name = "domain_code")
    @Column(name = "score")
    private Map<String, BigDecimal> agreed = new HashMap<>();

    protected Benchmark() {
    }

    public Benchmark(String title, long portfolioId, Map<String, BigDecimal> agreed, Instant markedAt) {
        this.title = title;
        this.portfolioId = portfolioId;
        this.agreed.putAll(agreed);
        this.markedAt = markedAt;
    }

    public long id() {
        return id;
    }

    public String title() {
        return title;
    }

    public long portfolioId() {
        return portfolioId;
    }

    public Map<String, BigDecimal> agreed() {
        return Map.copyOf(agreed);
    }
}
