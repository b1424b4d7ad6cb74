package org.guildhall.cpd;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/** A CPD claim or step the rules do not allow; the message says why, in words for the person who asked. */
public class CpdRefusedException extends Refused {

    /** {@code key} is a message of the cpd bundle without arguments. */
    public CpdRefusedException(String key) {
        super(key);
    }

    public CpdRefusedException(String key, Object... arguments) {
        super(Text.of(key, arguments));
    }

    /** Entered values refused, each problem on the {@link CpdActivityData} component it concerns. */
    public CpdRefusedException(List<FieldProblem> problems) {
        super(problems);
    }

    /** One entered value refused: {@code field} names the {@link CpdActivityData} component. */
    public static CpdRefusedException onField(String field, String key) {
        return onField(field, Text.of(key));
    }

    public static CpdRefusedException onField(String field, Text problem) {
        return new CpdRefusedException(List.of(new FieldProblem(field, problem)));
    }
}
