package org.guildhall.assessment;

import java.util.List;

import org.guildhall.settings.Setting;
import org.guildhall.settings.Setting.Unit;
import org.guildhall.settings.SettingGroup;
import org.springframework.stereotype.Component;

/** The calibration numbers an institute tunes (issue 20), changed by an admin from a day on. */
@Component
public class CalibrationSettings implements SettingGroup {

    /** Each assessor scores each benchmark once in this many months; drift is read over the same months. */
    public static final Setting CALIBRATION_MONTHS =
            Setting.whole("assessment.setting.calibration-months", Unit.MONTHS, 12, 1, 36);

    /** Flagged when the mean absolute difference in a domain exceeds this share of the rubric's 0 to 4 range. */
    public static final Setting DRIFT_THRESHOLD_PERCENT =
            Setting.whole("assessment.setting.drift-threshold-percent", Unit.PERCENT, 25, 1, 100);

    /** 1: a flagged assessor's panels need a second marker before the decision is final; 0: they do not. */
    public static final Setting SECOND_MARKING =
            Setting.whole("assessment.setting.second-marking", Unit.COUNT, 1, 0, 1);

    @Override
    public String titleKey() {
        return "assessment.settings.calibration-title";
    }

    @Override
    public List<Setting> settings() {
        return List.of(CALIBRATION_MONTHS, DRIFT_THRESHOLD_PERCENT, SECOND_MARKING);
    }
}
