package org.guildhall.cpd.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guildhall.certification.CertificationCycle;
import org.guildhall.shell.Formats;

/**
 * What seed 001 asks before a certification renews: the window is open (from six weeks before expiry until
 * expiry), the CPD requirement is met, the renewal fee is paid, and, where the designation asks for it, the
 * recertification essay has been accepted.
 */
public record RenewalReadiness(List<String> outstanding) {

    public static RenewalReadiness evaluate(CertificationCycle cycle, LocalDate today, CpdLedger.Tally tally,
            boolean feePaid, boolean essayRequired, boolean essayAccepted) {
        var outstanding = new ArrayList<String>();
        if (cycle.hasExpired(today)) {
            outstanding.add("The cycle ended on " + Formats.date(cycle.lastValidDay()) + "; only retaking the exam "
                    + "reinstates the designation.");
        } else if (!cycle.isRenewalWindowOpen(today)) {
            outstanding.add("The renewal window opens on " + Formats.date(cycle.renewalOpensOn()) + ".");
        }
        if (!tally.met()) {
            outstanding.add("Earn " + tally.shortBy().stripTrailingZeros().toPlainString()
                    + " more counted CPD credits.");
        }
        if (!feePaid) {
            outstanding.add("Pay the renewal fee.");
        }
        if (essayRequired && !essayAccepted) {
            outstanding.add("Have your recertification essay accepted by an assessor.");
        }
        return new RenewalReadiness(List.copyOf(outstanding));
    }

    public boolean ready() {
        return outstanding.isEmpty();
    }
}
