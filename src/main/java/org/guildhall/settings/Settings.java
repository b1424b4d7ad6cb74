package org.guildhall.settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guildhall.platform.ReferenceCache;
import org.guildhall.settings.domain.SettingTimeline;
import org.guildhall.settings.domain.RecordedValue;
import org.guildhall.settings.domain.SettingValue;
import org.guildhall.settings.domain.SettingValueRepository;
import org.springframework.stereotype.Service;

/**
 * The value of a setting on a day, for any module's rules. The changes are read from the database at most once a
 * minute ({@link ReferenceCache}: a change made on this instance is seen at once; on another instance within the
 * minute), so reading a setting on every view costs no statement. What is kept are immutable copies of the rows.
 */
@Service
public class Settings {

    private final Clock clock;
    private final ReferenceCache.Single<Map<String, List<RecordedValue>>> changes;

    Settings(SettingValueRepository values, Clock clock) {
        this.clock = clock;
        this.changes = ReferenceCache.single(clock, () -> values
                .findAllByOrderBySettingKeyAscEffectiveFromAscRecordedAtAsc().stream().map(SettingValue::recorded)
                .collect(Collectors.groupingBy(RecordedValue::settingKey, Collectors.toUnmodifiableList())));
    }

    /** The value in force on {@code day}: what decisions about that day are made under. */
    public BigDecimal valueOn(Setting setting, LocalDate day) {
        return timeline(setting).valueOn(day);
    }

    /** The value in force on {@code day} of a whole-number setting (days, months, a percentage). */
    public int intOn(Setting setting, LocalDate day) {
        return valueOn(setting, day).intValueExact();
    }

    public int intToday(Setting setting) {
        return intOn(setting, LocalDate.now(clock));
    }

    public BigDecimal valueToday(Setting setting) {
        return valueOn(setting, LocalDate.now(clock));
    }

    SettingTimeline timeline(Setting setting) {
        return new SettingTimeline(setting, changes.get().getOrDefault(setting.key(), List.of()));
    }

    /** Forgets what was read, so this instance sees a change it has just made. */
    void forget() {
        changes.forget();
    }
}
