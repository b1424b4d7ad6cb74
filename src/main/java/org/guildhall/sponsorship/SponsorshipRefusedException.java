package org.guildhall.sponsorship;

import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Refused;
import org.guildhall.shared.Text;

/** A nomination or answer the sponsorship rules do not allow; the message tells the user why. */
public class SponsorshipRefusedException extends Refused {

    public SponsorshipRefusedException(String message) {
        super(message);
    }

    public SponsorshipRefusedException(Text reason) {
        super(reason);
    }

    /** Refuses a nomination as typed: one problem per field concerned. */
    public SponsorshipRefusedException(List<FieldProblem> problems) {
        super(problems);
    }
}
