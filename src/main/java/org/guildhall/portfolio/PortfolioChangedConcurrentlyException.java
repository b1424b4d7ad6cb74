package org.guildhall.portfolio;

import org.guildhall.shared.Refused;

/** The portfolio was saved elsewhere (another tab, another device) since this copy was loaded. */
public class PortfolioChangedConcurrentlyException extends Refused {

    public PortfolioChangedConcurrentlyException() {
        super("portfolio.save.concurrent");
    }
}
