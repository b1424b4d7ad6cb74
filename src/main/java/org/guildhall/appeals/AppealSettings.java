package org.guildhall.appeals;

import java.util.List;

import org.guildhall.settings.Setting;
import org.guildhall.settings.Setting.Unit;
import org.guildhall.settings.SettingGroup;
import org.springframework.stereotype.Component;

/**
 * The appeal numbers an institute tunes. The key keeps the assessment prefix the issue names, because appeals
 * belong to the assessment scheme an institute publishes; the label lives in this module's bundle.
 */
@Component
public class AppealSettings implements SettingGroup {

    /** Days after a decision within which it may be appealed; the value in force on the decision's day applies. */
    public static final Setting APPEAL_DAYS = Setting.whole("appeals.setting.appeal-days", Unit.DAYS, 30, 1, 365);

    @Override
    public String titleKey() {
        return "appeals.settings.title";
    }

    @Override
    public List<Setting> settings() {
        return List.of(APPEAL_DAYS);
    }
}
