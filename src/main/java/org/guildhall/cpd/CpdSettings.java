package org.guildhall.cpd;

import java.util.List;
import java.util.stream.Stream;

import org.guildhall.settings.Setting;
import org.guildhall.settings.Setting.Unit;
import org.guildhall.settings.SettingGroup;
import org.springframework.stereotype.Component;

/**
 * The CPD numbers an institute tunes, changed by an admin from a day on: the audit sample, and each category's cap
 * and each kind of activity's credit value ({@link CpdRulebooks}).
 */
@Component
public class CpdSettings implements SettingGroup {

    /** The chance that an approved claim is drawn for audit (seed 001: a sample of approved claims is audited). */
    public static final Setting AUDIT_SAMPLE_PERCENT =
            Setting.whole("cpd.setting.audit-sample-percent", Unit.PERCENT, 10, 0, 100);

    private final CpdRulebooks rulebooks;

    CpdSettings(CpdRulebooks rulebooks) {
        this.rulebooks = rulebooks;
    }

    @Override
    public String titleKey() {
        return "cpd.settings.title";
    }

    @Override
    public List<Setting> settings() {
        return Stream.concat(Stream.of(AUDIT_SAMPLE_PERCENT), rulebooks.settings().stream()).toList();
    }
}
