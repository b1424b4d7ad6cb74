package org.guildhall.assessment;

import java.util.List;

/** An assessor's calibration: their drift per domain, and whether it flags them for second marking. */
public record DriftSummary(long assessorAccountId, String assessorName, int benchmarksScored,
        List<DomainDrift> domains, boolean flagged) {

    public DriftSummary {
        domains = List.copyOf(domains);
    }
}
