package org.guildhall.assessment;

import org.guildhall.assessment.domain.Panel;
import org.guildhall.cpd.AutomaticCredits;
import org.springframework.stereotype.Component;

/**
 * Giving-back CPD credit for an assessor's submitted score (issue 20): recorded with the score, in the same
 * transaction, and withdrawn when the score is reopened or its assessor leaves the panel, at the hours the setting
 * gives on the day of the score ({@link AutomaticCredits#recordGivingBack}).
 */
@Component
class AssessorCredit {

    private final AutomaticCredits credits;

    AssessorCredit(AutomaticCredits credits) {
        this.credits = credits;
    }

    static String sourceKey(long panelId, long assessorAccountId) {
        return "panel:" + panelId + ":assessor:" + assessorAccountId;
    }

    void grant(Panel panel, long assessorAccountId) {
        credits.recordGivingBack(AssessmentSettings.ASSESSOR_CREDIT_HOURS, assessorAccountId,
                sourceKey(panel.id(), assessorAccountId),
                "Portfolio assessment, " + panel.designationCode() + " panel " + panel.id(), "Panel " + panel.id());
    }

    void withdraw(long panelId, long assessorAccountId) {
        credits.withdraw(sourceKey(panelId, assessorAccountId));
    }
}
