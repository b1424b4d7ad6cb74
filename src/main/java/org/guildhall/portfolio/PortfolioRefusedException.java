package org.guildhall.portfolio;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/** A change to a portfolio the rules do not allow; the message says why, in the candidate's words. */
public class PortfolioRefusedException extends Refused {

    public PortfolioRefusedException(String message) {
        super(message);
    }

    /** Entered values refused, each problem on the input record's component it concerns. */
    public PortfolioRefusedException(List<FieldProblem> problems) {
        super(problems);
    }

    /** A refusal whose message has arguments ({@code Text.of(key, args)}), written in the reader's language. */
    public PortfolioRefusedException(Text reason) {
        super(reason);
    }
}
