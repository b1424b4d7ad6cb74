package org.guildhall.partners.domain;

import java.time.LocalDate;
import java.util.Optional;

import org.guildhall.partners.ClaimCodeData;
import org.guildhall.partners.PartnerRefusedException;
import org.guildhall.shared.Text;

/**
 * When a member may redeem a claim code (issue 19): the code names a course, today lies within the course's
 * validity (its first and last day included), and the member has not been credited for that course before, by
 * code or roster. Each refusal is said on the code field, so the member can correct what they typed.
 */
public final class CodeRedemption {

    private CodeRedemption() {
    }

    /** The course the code names, or a refusal on the code field. */
    public static ApprovedCourse check(Optional<ApprovedCourse> named, LocalDate today, boolean alreadyCredited) {
        var course = named.orElseThrow(() -> onCode(Text.of("partners.code.unknown")));
        if (today.isBefore(course.validFrom())) {
            throw onCode(Text.of("partners.code.not-yet-valid", course.validFrom()));
        }
        if (today.isAfter(course.validTo())) {
            throw onCode(Text.of("partners.code.expired", course.validTo()));
        }
        if (alreadyCredited) {
            throw onCode(Text.of("partners.code.already-used", course.title()));
        }
        return course;
    }

    public static PartnerRefusedException onCode(Text problem) {
        return PartnerRefusedException.onField(ClaimCodeData.CODE, problem);
    }
}
