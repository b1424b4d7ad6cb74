package org.guildhall.cpd;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;

/** A CPD claim or step the rules do not allow; the message says why, in words for the person who asked. */
public class CpdRefusedException extends Refused {

    public CpdRefusedException(String message) {
        super(message);
    }

    /** Entered values refused, each problem on the {@link CpdActivityData} component it concerns. */
    public CpdRefusedException(List<FieldProblem> problems) {
        super(problems);
    }

    /** One entered value refused: {@code field} names the {@link CpdActivityData} component. */
    public static CpdRefusedException onField(String field, String message) {
        return new CpdRefusedException(List.of(new FieldProblem(field, message)));
    }
}
