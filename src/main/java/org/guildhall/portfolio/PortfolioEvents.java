package org.guildhall.portfolio;

import java.time.Instant;
import org.springframework.modulith.NamedInterface;

/** What happens to portfolios, for notifications and the reviewer workspace. */
public final class PortfolioEvents {

    private PortfolioEvents() {
    }

    @NamedInterface("events")
    public record PortfolioOpened(long portfolioId, long candidateAccountId, String designationCode) {
    }

    @NamedInterface("events")
    public record PortfolioSubmitted(long portfolioId, long candidateAccountId, String designationCode,
            int versionNumber, Instant submittedAt) {
    }
}
