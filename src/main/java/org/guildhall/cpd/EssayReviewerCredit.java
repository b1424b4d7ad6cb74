package org.guildhall.cpd;

import org.guildhall.cpd.domain.RecertificationEssay;
import org.springframework.stereotype.Component;

/**
 * Giving-back CPD credit for an assessor's review of a recertification essay (issue 20), recorded with the review
 * in the same transaction at the hours the setting gives on the day of the review
 * ({@link AutomaticCredits#recordGivingBack}). Accepting and returning with feedback are both a completed review;
 * a reviewer who reviews the same essay again after it is rewritten earns it once.
 */
@Component
class EssayReviewerCredit {

    private final AutomaticCredits credits;

    EssayReviewerCredit(AutomaticCredits credits) {
        this.credits = credits;
    }

    static String sourceKey(long essayId, long reviewerAccountId) {
        return "essay:" + essayId + ":reviewer:" + reviewerAccountId;
    }

    void grant(RecertificationEssay essay, long reviewerAccountId) {
        credits.recordGivingBack(CpdSettings.ESSAY_REVIEWER_CREDIT_HOURS, reviewerAccountId,
                sourceKey(essay.id(), reviewerAccountId),
                // The essay's id in the title: reviews on one day are distinct activities, not one logged twice.
                "Recertification essay review " + essay.id() + ", " + essay.designationCode(),
                "Essay " + essay.id());
    }
}
