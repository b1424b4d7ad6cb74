package org.guildhall.portfolio;

import org.guildhall.shared.Refused;

/** A change to a portfolio the rules do not allow; the message says why, in the candidate's words. */
public class PortfolioRefusedException extends Refused {

    public PortfolioRefusedException(String message) {
        super(message);
    }

    static void require(boolean condition, String message) {
        if (!condition) {
            throw new PortfolioRefusedException(message);
        }
    }
}
