package org.guildhall.assessment;

import java.util.List;

import org.guildhall.settings.Setting;
import org.guildhall.settings.Setting.Unit;
import org.guildhall.settings.SettingGroup;
import org.springframework.stereotype.Component;

/** The assessment numbers an institute tunes, changed by an admin from a day on. */
@Component
public class AssessmentTunables implements SettingGroup {

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
        return List.of(REMINDER_DAYS_BEFORE, ASSESSOR_CREDIT_HOURS);
    }
}
