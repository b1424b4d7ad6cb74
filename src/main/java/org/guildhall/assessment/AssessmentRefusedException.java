package org.guildhall.assessment;

/** An assessment step the rules do not allow now; the message says why. */
public class AssessmentRefusedException extends RuntimeException {

    public AssessmentRefusedException(String message) {
        super(message);
    }
}
