package org.guildhall.assessment;

import java.util.List;

import org.guildhall.documents.DocumentReference;
import org.guildhall.portfolio.PortfolioContent;

/**
 * A benchmark opened by an assessor to score it: the portfolio's content and documents, never the agreed scores
 * (they score it blind), and whether they have scored it in the current calibration period.
 */
public record BenchmarkDetails(long id, String title, String candidateName, String designationCode,
        PortfolioContent content, List<DocumentReference> documents, boolean scoredThisPeriod) {

    public BenchmarkDetails {
        documents = List.copyOf(documents);
    }
}
