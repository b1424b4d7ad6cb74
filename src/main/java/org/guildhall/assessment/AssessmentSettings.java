package org.guildhall.assessment;

import java.util.List;

import org.guildhall.settings.Setting;
import org.guildhall.settings.Setting.Unit;
import org.guildhall.settings.SettingGroup;
import org.springframework.stereotype.Component;

/**
 * The panel numbers an institute tunes, changed by an admin from a day on. A panel keeps the values in force on the
 * day it was formed, so a change never reopens or closes a panel already at work.
 */
@Component
public class AssessmentSettings implements SettingGroup {

    /** How many assessors sit on a panel (seed 004: a panel of assessors scores each portfolio). */
    public static final Setting PANEL_SIZE = Setting.whole("assessment.setting.panel-size", Unit.COUNT, 3, 1, 9);

    /** The days assessors have to score, proposed as the due date when a panel is formed. */
    public static final Setting DAYS_TO_SCORE =
            Setting.whole("assessment.setting.days-to-score", Unit.DAYS, 21, 1, 180);

    /** The spread of marks on one domain from which moderation flags a disagreement. */
    public static final Setting DISAGREEMENT_SPREAD =
            Setting.whole("assessment.setting.disagreement-spread", Unit.COUNT, 2, 1, 4);

    /** How long after a decision asking for a resubmission the candidate may resubmit the domains not yet met. */
    public static final Setting RESUBMISSION_WINDOW_MONTHS =
            Setting.whole("assessment.setting.resubmission-window-months", Unit.MONTHS, 12, 1, 60);

    /** How far back a shared employer still makes a conflict of interest. */
    public static final Setting EMPLOYER_CONFLICT_YEARS =
            Setting.whole("assessment.setting.employer-conflict-years", Unit.YEARS, 3, 0, 20);

    /** Each assessor scores each benchmark once in this many months; drift is read over the same months. */
    public static final Setting CALIBRATION_MONTHS =
            Setting.whole("assessment.setting.calibration-months", Unit.MONTHS, 12, 1, 36);

    /** Flagged when the mean absolute difference in a domain exceeds this share of the rubric's 0 to 4 range. */
    public static final Setting DRIFT_THRESHOLD_PERCENT =
            Setting.whole("assessment.setting.drift-threshold-percent", Unit.PERCENT, 25, 1, 100);

    /** 1: a flagged assessor's panels need a second marker before the decision is final; 0: they do not. */
    public static final Setting SECOND_MARKING =
            Setting.whole("assessment.setting.second-marking", Unit.COUNT, 1, 0, 1);

    /** How many days before a panel's due date an assessor who has not scored is reminded (issue 20). */
    public static final Setting REMINDER_DAYS_BEFORE =
            Setting.whole("assessment.setting.reminder-days-before", Unit.DAYS, 3, 1, 30);

    /** The CPD hours an assessor earns for a submitted score (issue 20: giving back); 0 grants none. */
    public static final Setting ASSESSOR_CREDIT_HOURS =
            Setting.hours("assessment.setting.assessor-credit-hours", "4", "0", "20");

    @Override
    public String titleKey() {
        return "assessment.settings.title";
    }

    @Override
    public List<Setting> settings() {
        return List.of(PANEL_SIZE, DAYS_TO_SCORE, DISAGREEMENT_SPREAD, RESUBMISSION_WINDOW_MONTHS,
                EMPLOYER_CONFLICT_YEARS, CALIBRATION_MONTHS, DRIFT_THRESHOLD_PERCENT, SECOND_MARKING,
                REMINDER_DAYS_BEFORE, ASSESSOR_CREDIT_HOURS);
    }
}
