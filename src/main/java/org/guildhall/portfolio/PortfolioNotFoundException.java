package org.guildhall.portfolio;

/** A portfolio id that does not exist, or is not the caller's to see. */
public class PortfolioNotFoundException extends RuntimeException {

    public PortfolioNotFoundException(long portfolioId) {
        super("There is no portfolio " + portfolioId + ".");
    }
}
