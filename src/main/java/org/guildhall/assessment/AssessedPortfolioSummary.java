package org.guildhall.assessment;

/** A portfolio a panel has judged, as the registrar picks one to make a benchmark of. */
public record AssessedPortfolioSummary(long portfolioId, String candidateName, String designationCode) {
}
