package org.guildhall.settings;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One change of a setting as the audit shows it: the value before (in force the day before it took effect) and
 * after, from when, who made it, when and why.
 */
public record SettingChange(String key, BigDecimal previousValue, BigDecimal value, LocalDate effectiveFrom,
        String recordedBy, Instant recordedAt, String reason) {
}
