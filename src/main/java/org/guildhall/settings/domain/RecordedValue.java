package org.guildhall.settings.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A setting's value from a day on, as an admin recorded it: an immutable copy of a {@link SettingValue} row, so the
 * settings every request shares ({@code Settings}, read at most once a minute) cannot be changed by one of them.
 */
public record RecordedValue(String settingKey, BigDecimal value, LocalDate effectiveFrom, String recordedBy,
        Instant recordedAt, String reason) {
}
