package org.guildhall.assessment;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The panel's outcome on one competency domain, with feedback written for the candidate: no assessor's name, no
 * individual score. The decision letter carries one per domain.
 *
 * @param result null while the chair has not chosen; refused then
 */
public record DomainVerdict(String domainCode, @Nullable DomainResult result, String feedback) {

    public static final int MAX_FEEDBACK = 1500;

    /** Every domain of the rubric met, no feedback yet: where the chair's form starts. */
    public static List<DomainVerdict> allMet(Rubric rubric) {
        return rubric.domains().stream().map(domain -> new DomainVerdict(domain.code(), DomainResult.MET, ""))
                .toList();
    }

    public boolean met() {
        return result == DomainResult.MET;
    }
}
