package org.guildhall.membership;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;

/** A step on an application that its current state does not allow; the message says why, for the user. */
public class ApplicationNotAllowedException extends Refused {

    /** The name of the application's category field in refusals. */
    public static final String CATEGORY = "category";

    public ApplicationNotAllowedException(String message) {
        super(message);
    }

    private ApplicationNotAllowedException(List<FieldProblem> problems) {
        super(problems);
    }

    /** The category chosen (or not) cannot be submitted; the form shows it on the category field. */
    public static ApplicationNotAllowedException onCategory(String message) {
        return new ApplicationNotAllowedException(List.of(new FieldProblem(CATEGORY, message)));
    }
}
