package org.guildhall.assessment;

import java.time.Instant;

import org.guildhall.assessment.domain.AssessorQualification;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.guildhall.identity.AccountSummary;

/**
 * Test assessors hold no designation, so a test that seats them records the registrar's qualification for the
 * designation judged (issue 20), written straight to the repository as a fixture.
 */
public final class QualifiedAssessors {

    private QualifiedAssessors() {
    }

    public static void qualify(AssessorQualificationRepository qualifications, String designationCode,
            AccountSummary... assessors) {
        for (var assessor : assessors) {
            qualifications.save(new AssessorQualification(assessor.id(), designationCode, assessor.id(),
                    Instant.now(), "Test fixture"));
        }
    }
}
