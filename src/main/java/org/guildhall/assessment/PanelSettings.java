package org.guildhall.assessment;

import java.util.List;

import org.guildhall.settings.Setting;
import org.guildhall.settings.Setting.Unit;
import org.guildhall.settings.SettingGroup;
import org.springframework.stereotype.Component;

/** The panel numbers an institute tunes (issue 20), changed by an admin from a day on. */
@Component
public class PanelSettings implements SettingGroup {

    /** How long after a decision asking for a resubmission the candidate may resubmit the domains not yet met. */
    public static final Setting RESUBMISSION_WINDOW_MONTHS =
            Setting.whole("assessment.setting.resubmission-window-months", Unit.MONTHS, 12, 1, 60);

    /** How far back a shared employer still makes a conflict of interest. */
    public static final Setting EMPLOYER_CONFLICT_YEARS =
            Setting.whole("assessment.setting.employer-conflict-years", Unit.YEARS, 3, 0, 20);

    @Override
    public String titleKey() {
        return "assessment.settings.panels.title";
    }

    @Override
    public List<Setting> settings() {
        return List.of(RESUBMISSION_WINDOW_MONTHS, EMPLOYER_CONFLICT_YEARS);
    }
}
