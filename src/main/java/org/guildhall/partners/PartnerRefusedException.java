package org.guildhall.partners;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/** A partner, course, claim code or roster step the rules do not allow; the message says why. */
public class PartnerRefusedException extends Refused {

    /** {@code key} is a message of the partners bundle without arguments. */
    public PartnerRefusedException(String key) {
        super(key);
    }

    public PartnerRefusedException(Text reason) {
        super(reason);
    }

    /** Entered values refused, each problem on the input record's component it concerns. */
    public PartnerRefusedException(List<FieldProblem> problems) {
        super(problems);
    }

    public static PartnerRefusedException onField(String field, Text problem) {
        return new PartnerRefusedException(List.of(new FieldProblem(field, problem)));
    }
}
