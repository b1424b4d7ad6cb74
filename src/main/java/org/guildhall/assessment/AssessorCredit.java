package org.guildhall.assessment;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.assessment.domain.Panel;
import org.guildhall.cpd.AutomaticCredit;
import org.guildhall.cpd.AutomaticCredits;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * Giving-back CPD credit for an assessor's submitted score (issue 20): recorded with the score, in the same
 * transaction, and withdrawn when the score is reopened or its assessor leaves the panel. Instruction (seed 001:
 * sharing one's expertise with others) at the hours the setting gives on the day of the score; the category's cap
 * applies as to any claim.
 */
@Component
class AssessorCredit {

    static final CpdCategory CATEGORY = CpdCategory.INSTRUCTION;
    static final String ACTIVITY_TYPE = "COURSE_OR_SESSION";
    private static final String PROVIDER = "The institute";

    private final AutomaticCredits credits;
    private final Settings settings;
    private final Clock clock;

    AssessorCredit(AutomaticCredits credits, Settings settings, Clock clock) {
        this.credits = credits;
        this.settings = settings;
        this.clock = clock;
    }

    static String sourceKey(long panelId, long assessorAccountId) {
        return "panel:" + panelId + ":assessor:" + assessorAccountId;
    }

    void grant(Panel panel, long assessorAccountId) {
        LocalDate today = LocalDate.now(clock);
        BigDecimal hours = settings.valueOn(AssessmentSettings.ASSESSOR_CREDIT_HOURS, today);
        if (hours.signum() == 0) {
            return;
        }
        String title = "Portfolio assessment, " + panel.designationCode() + " panel " + panel.id();
        credits.record(new AutomaticCredit(assessorAccountId, sourceKey(panel.id(), assessorAccountId), CATEGORY,
                ACTIVITY_TYPE, title, PROVIDER, today, hours, "Panel " + panel.id()));
    }

    void withdraw(long panelId, long assessorAccountId) {
        credits.withdraw(sourceKey(panelId, assessorAccountId));
    }
}
