package org.guildhall.settings.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.guildhall.settings.Setting;

/**
 * One setting's values through time: the default until the first change, then each change from its day on. The
 * value on a day is the one whose day is the latest not after it; of two from the same day, the later recorded.
 */
public record SettingTimeline(Setting setting, List<RecordedValue> changes) {

    private static final Comparator<RecordedValue> IN_FORCE_ORDER = Comparator
            .comparing(RecordedValue::effectiveFrom).thenComparing(RecordedValue::recordedAt);

    public SettingTimeline {
        changes = changes.stream().sorted(IN_FORCE_ORDER).toList();
    }

    public BigDecimal valueOn(LocalDate day) {
        return inForceOn(day).map(RecordedValue::value).orElse(setting.defaultValue());
    }

    /** The first change that takes effect after {@code day}, if one is scheduled. */
    public Optional<RecordedValue> nextAfter(LocalDate day) {
        return changes.stream().filter(change -> change.effectiveFrom().isAfter(day)).findFirst();
    }

    private Optional<RecordedValue> inForceOn(LocalDate day) {
        return changes.reversed().stream().filter(change -> !change.effectiveFrom().isAfter(day)).findFirst();
    }
}
