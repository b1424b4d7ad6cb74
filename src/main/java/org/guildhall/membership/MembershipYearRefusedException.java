package org.guildhall.membership;

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
}
