package org.guildhall.assessment;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;

/** An assessment step the rules do not allow now; the message says why. */
public class AssessmentRefusedException extends Refused {

    public AssessmentRefusedException(String message) {
        super(message);
    }

    /** Refuses entered values: one problem per field concerned. */
    public AssessmentRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
