package org.guildhall.portfolio;

import org.guildhall.shared.NotFound;

/** A portfolio id that does not exist, or is not the caller's to see. */
public class PortfolioNotFoundException extends NotFound {

    public PortfolioNotFoundException(long portfolioId) {
        super("There is no portfolio " + portfolioId + ".");
    }
}
