package org.guildhall.assessment;

import org.guildhall.shared.Refused;

/** An assessment step the rules do not allow now; the message says why. */
public class AssessmentRefusedException extends Refused {

    public AssessmentRefusedException(String message) {
        super(message);
    }
}
