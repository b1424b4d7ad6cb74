package org.guildhall.privacy;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;

/** A privacy request that cannot go ahead, with the reason by key. */
public class PrivacyRefusedException extends Refused {

    public PrivacyRefusedException(String key) {
        super(key);
    }

    /** Entered values refused, each problem on the input record's component it concerns. */
    public PrivacyRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
