package org.guildhall.cpd.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.guildhall.certification.CertificationCycle;
import org.guildhall.shared.Text;

/**
 * What seed 001 asks before a certification renews: the window is open (from six weeks before expiry until
 * expiry), the CPD requirement is met, the renewal fee is paid, and, where the designation asks for it, the
 * recertification essay has been accepted.
 */
public record RenewalReadiness(List<Text> outstanding) {

    public static RenewalReadiness evaluate(CertificationCycle cycle, LocalDate today, CpdLedger.Tally tally,
            boolean feePaid, boolean essayRequired, boolean essayAccepted) {
        var outstanding = new ArrayList<Text>();
        if (cycle.hasExpired(today)) {
            outstanding.add(Text.of("cpd.renewal.outstanding.expired", cycle.lastValidDay()));
        } else if (!cycle.isRenewalWindowOpen(today)) {
            outstanding.add(Text.of("cpd.renewal.outstanding.window", cycle.renewalOpensOn()));
        }
        if (!tally.met()) {
            outstanding.add(Text.of("cpd.renewal.outstanding.credits", tally.shortBy()));
        }
        if (!feePaid) {
            outstanding.add(Text.of("cpd.renewal.outstanding.fee"));
        }
        if (essayRequired && !essayAccepted) {
            outstanding.add(Text.of("cpd.renewal.outstanding.essay"));
        }
        return new RenewalReadiness(List.copyOf(outstanding));
    }

    public boolean ready() {
        return outstanding.isEmpty();
    }
}
