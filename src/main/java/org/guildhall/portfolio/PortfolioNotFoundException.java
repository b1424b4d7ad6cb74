package org.guildhall.portfolio;

import org.guildhall.shared.NotFound;
import org.guildhall.shared.Text;

/** A portfolio id that does not exist, or is not the caller's to see. */
public class PortfolioNotFoundException extends NotFound {

    public PortfolioNotFoundException(long portfolioId) {
        super(Text.of("portfolio.not-found", portfolioId));
    }
}
