package org.guildhall.membership;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/** A step of the membership year the rules turn down (renewing a lapsed membership, waiving nothing...). */
public class MembershipYearRefusedException extends Refused {

    public MembershipYearRefusedException(String message) {
        super(message);
    }

    public MembershipYearRefusedException(Text reason) {
        super(reason);
    }

    /** Refuses entered values, each problem on the input record's component it concerns. */
    public MembershipYearRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
