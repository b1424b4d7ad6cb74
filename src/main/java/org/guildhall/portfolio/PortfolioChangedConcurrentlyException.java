package org.guildhall.portfolio;

import org.guildhall.shared.Refused;

/** The portfolio was saved elsewhere (another tab, another device) since this copy was loaded. */
public class PortfolioChangedConcurrentlyException extends Refused {

    public PortfolioChangedConcurrentlyException() {
        super("This portfolio was saved somewhere else a moment ago. It has been reloaded; make your change again.");
    }
}
