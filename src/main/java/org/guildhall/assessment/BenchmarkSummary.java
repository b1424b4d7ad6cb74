package org.guildhall.assessment;

/** A benchmark as an assessor's list shows it: no agreed scores, since they score it blind. */
public record BenchmarkSummary(long id, String title, long portfolioId, String candidateName) {
}
