package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.cpd.domain.RecertificationEssay;
import org.guildhall.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * Giving-back CPD credit for an assessor's review of a recertification essay (issue 20), recorded with the review
 * in the same transaction: Instruction (seed 001: sharing one's expertise with the profession, as for assessors'
 * scores and sponsors' endorsements) at the hours the setting gives on the day of the review. Accepting and
 * returning with feedback are both a completed review; a reviewer who reviews the same essay again after it is
 * rewritten earns it once. The category's cap applies as to any claim.
 */
@Component
class EssayReviewerCredit {

    private static final String ACTIVITY_TYPE = "COURSE_OR_SESSION";
    private static final String PROVIDER = "The institute";

    private final AutomaticCredits credits;
    private final Settings settings;
    private final Clock clock;

    EssayReviewerCredit(AutomaticCredits credits, Settings settings, Clock clock) {
        this.credits = credits;
        this.settings = settings;
        this.clock = clock;
    }

    static String sourceKey(long essayId, long reviewerAccountId) {
        return "essay:" + essayId + ":reviewer:" + reviewerAccountId;
    }

    void grant(RecertificationEssay essay, long reviewerAccountId) {
        LocalDate today = LocalDate.now(clock);
        BigDecimal hours = settings.valueOn(CpdSettings.ESSAY_REVIEWER_CREDIT_HOURS, today);
        if (hours.signum() == 0) {
            return;
        }
        credits.record(new AutomaticCredit(reviewerAccountId, sourceKey(essay.id(), reviewerAccountId),
                CpdCategory.INSTRUCTION, ACTIVITY_TYPE,
                // The essay's id in the title: reviews on one day are distinct activities, not one logged twice.
                "Recertification essay review " + essay.id() + ", " + essay.designationCode(),
                PROVIDER, today, hours, "Essay " + essay.id()));
    }
}
