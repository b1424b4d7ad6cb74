package org.guildhall.payment;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;

/** A payment declaration the invoice cannot take as typed; each problem names its field. Nothing is recorded. */
public class PaymentDeclarationRefusedException extends Refused {

    public PaymentDeclarationRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
