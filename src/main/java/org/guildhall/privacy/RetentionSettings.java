package org.guildhall.privacy;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;

import org.guildhall.privacy.internal.RetentionPeriods;
import org.guildhall.settings.Setting;
import org.guildhall.settings.Setting.Unit;
import org.guildhall.settings.SettingGroup;
import org.guildhall.settings.Settings;
import org.springframework.stereotype.Component;

/**
 * How long each kind of record is kept (issue 18), in whole months, changed by an admin from a day on; the
 * retention job deletes under the period in force on the day it runs. 0 months keeps the kind for good, as does a
 * kind no setting names.
 */
@Component
public class RetentionSettings implements SettingGroup, RetentionPeriods {

    public static final Setting REJECTED_APPLICATIONS = months("rejected-applications", 24);
    public static final Setting INBOX_ITEMS = months("inbox-items", 36);
    public static final Setting SENT_EMAILS = months("sent-emails", 12);

    private static final String PREFIX = "privacy.setting.retention.";

    private final Settings settings;

    RetentionSettings(Settings settings) {
        this.settings = settings;
    }

    @Override
    public String titleKey() {
        return "privacy.settings.title";
    }

    @Override
    public List<Setting> settings() {
        return List.of(REJECTED_APPLICATIONS, INBOX_ITEMS, SENT_EMAILS);
    }

    @Override
    public Optional<Period> periodOn(String kind, LocalDate day) {
        return settings().stream().filter(setting -> setting.key().equals(PREFIX + kind)).findFirst()
                .map(setting -> settings.intOn(setting, day)).filter(months -> months > 0).map(Period::ofMonths);
    }

    private static Setting months(String kind, int defaultMonths) {
        return Setting.whole(PREFIX + kind, Unit.MONTHS, defaultMonths, 0, 240);
    }
}
