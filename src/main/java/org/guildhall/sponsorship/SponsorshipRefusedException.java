package org.guildhall.sponsorship;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;

/** A nomination or answer the sponsorship rules do not allow; the message tells the user why. */
public class SponsorshipRefusedException extends Refused {

    public SponsorshipRefusedException(String message) {
        super(message);
    }

    /** Refuses a nomination as typed: one problem per field concerned. */
    public SponsorshipRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
