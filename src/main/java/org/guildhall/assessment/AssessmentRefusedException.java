package org.guildhall.assessment;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/** An assessment step the rules do not allow now; the message says why. */
public class AssessmentRefusedException extends Refused {

    /** Refuses a step; {@code key} is a key of the assessment bundle. */
    public AssessmentRefusedException(String key) {
        super(key);
    }

    /** Refuses a step with a message that has arguments. */
    public AssessmentRefusedException(Text reason) {
        super(reason);
    }

    /** Refuses entered values: one problem per field concerned. */
    public AssessmentRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
