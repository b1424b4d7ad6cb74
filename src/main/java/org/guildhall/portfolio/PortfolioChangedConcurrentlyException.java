package org.guildhall.portfolio;

/** The portfolio was saved elsewhere (another tab, another device) since this copy was loaded. */
public class PortfolioChangedConcurrentlyException extends RuntimeException {

    public PortfolioChangedConcurrentlyException() {
        super("This portfolio was saved somewhere else a moment ago. It has been reloaded; make your change again.");
    }
}
