package org.guildhall.assessment.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.guildhall.assessment.Conflict;
import org.guildhall.assessment.ConflictKind;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * Issue 5's conflict rules: an assessor may not judge their own portfolio, the portfolio of someone whose
 * membership they sponsored, of someone at their current employer, or of someone with whom either side declared a
 * conflict.
 */
public final class ConflictPolicy {

    /** What is known about the candidate when checking assessors against them. */
    public record Candidate(long accountId, @Nullable String employer, Set<Long> sponsorAccountIds,
            Set<Long> declaredConflictAccountIds) {
    }

    private ConflictPolicy() {
    }

    public static List<Conflict> conflicts(long assessorAccountId, @Nullable String assessorEmployer,
            Candidate candidate) {
        if (assessorAccountId == candidate.accountId()) {
            // Nothing else matters, and nothing overrides it.
            return List.of(new Conflict(ConflictKind.SELF, Text.of("assessment.conflict.self.detail")));
        }
        var found = new ArrayList<Conflict>();
        if (candidate.sponsorAccountIds().contains(assessorAccountId)) {
            found.add(new Conflict(ConflictKind.SPONSOR, Text.of("assessment.conflict.sponsor.detail")));
        }
        if (sameEmployer(assessorEmployer, candidate.employer())) {
            found.add(new Conflict(ConflictKind.SAME_EMPLOYER, 
                    Text.of("assessment.conflict.same-employer.detail", candidate.employer().strip())));
        }
        if (candidate.declaredConflictAccountIds().contains(assessorAccountId)) {
            found.add(new Conflict(ConflictKind.DECLARED, Text.of("assessment.conflict.declared.detail")));
        }
        return found;
    }

    /** Employers compare by name, ignoring case, spacing and a trailing "Ltd"/"Limited"/"plc"/"Inc". */
    static boolean sameEmployer(@Nullable String one, @Nullable String other) {
        if (one == null || other == null || one.isBlank() || other.isBlank()) {
            return false;
        }
        return normalised(one).equals(normalised(other));
    }

    private static String normalised(String employer) {
        return employer.toLowerCase(Locale.ROOT).replaceAll("[.,]", " ").strip()
                .replaceAll("\\s+(ltd|limited|plc|inc)$", "").replaceAll("\\s+", " ");
    }
}
