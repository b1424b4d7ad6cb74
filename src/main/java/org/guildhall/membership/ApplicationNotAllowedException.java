package org.guildhall.membership;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/** A step on an application that its current state does not allow; the message says why, for the user. */
public class ApplicationNotAllowedException extends Refused {

    /** The name of the application's category field in refusals. */
    public static final String CATEGORY = "category";

    public ApplicationNotAllowedException(String message) {
        super(message);
    }

    public ApplicationNotAllowedException(Text reason) {
        super(reason);
    }

    private ApplicationNotAllowedException(List<FieldProblem> problems) {
        super(problems);
    }

    /** The registrar's words for a decision are missing; the form shows it on its reason field. */
    public static ApplicationNotAllowedException onReason(String problem) {
        return new ApplicationNotAllowedException(List.of(new FieldProblem(DecisionReasonData.REASON, problem)));
    }

    /** The category chosen (or not) cannot be submitted; the form shows it on the category field. */
    public static ApplicationNotAllowedException onCategory(Text problem) {
        return new ApplicationNotAllowedException(List.of(new FieldProblem(CATEGORY, problem)));
    }
}
