package org.guildhall.settings;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.guildhall.settings.domain.SettingTimeline;
import org.guildhall.settings.domain.SettingValue;
import org.guildhall.settings.domain.SettingValueRepository;
import org.springframework.stereotype.Service;

/**
 * The value of a setting on a day, for any module's rules. The changes are read from the database at most once a
 * minute (a change made on this instance is seen at once; on another instance within the minute), so reading a
 * setting on every view costs no statement.
 */
@Service
public class Settings {

    static final Duration FRESH_FOR = Duration.ofMinutes(1);

    private final SettingValueRepository values;
    private final Clock clock;
    private volatile Read last = new Read(Map.of(), Instant.MIN);

    Settings(SettingValueRepository values, Clock clock) {
        this.values = values;
        this.clock = clock;
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
        return new SettingTimeline(setting, changes().getOrDefault(setting.key(), List.of()));
    }

    /** Forgets what was read, so this instance sees a change it has just made. */
    void forget() {
        last = new Read(Map.of(), Instant.MIN);
    }

    private Map<String, List<SettingValue>> changes() {
        var read = last;
        Instant now = clock.instant();
        if (now.isBefore(read.at()) || !now.isBefore(read.at().plus(FRESH_FOR))) {
            read = new Read(values.findAllByOrderBySettingKeyAscEffectiveFromAscRecordedAtAsc().stream()
                    .collect(Collectors.groupingBy(SettingValue::settingKey)), now);
            last = read;
        }
        return read.changes();
    }

    private record Read(Map<String, List<SettingValue>> changes, Instant at) {
    }
}
