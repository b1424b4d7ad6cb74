package org.guildhall.portfolio;

import java.time.Instant;

/** What happens to portfolios, for notifications and the reviewer workspace. */
public final class PortfolioEvents {

    private PortfolioEvents() {
    }

    public record PortfolioOpened(long portfolioId, long candidateAccountId, String designationCode) {
    }

    public record PortfolioSubmitted(long portfolioId, long candidateAccountId, String designationCode,
            int versionNumber, Instant submittedAt) {
    }
}
