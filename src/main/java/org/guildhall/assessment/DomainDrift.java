package org.guildhall.assessment;

import java.util.Locale;

import org.guildhall.shared.Text;

/**
 * One assessor's drift on one competency domain against the benchmarks' agreed scores: over how many benchmarks,
 * the mean signed difference (positive: more lenient) and the mean absolute difference, in rubric points.
 */
public record DomainDrift(String domainCode, int benchmarks, double meanSigned, double meanAbsolute,
        boolean beyondThreshold) {

    public Text domain() {
        return Text.of("assessment.domain." + domainCode.toLowerCase(Locale.ROOT));
    }
}
