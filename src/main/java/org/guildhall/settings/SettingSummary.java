package org.guildhall.settings;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** A setting as the settings screen lists it: its value today and the next change already scheduled, if any. */
public record SettingSummary(Setting setting, String groupTitleKey, BigDecimal valueToday,
        @Nullable BigDecimal nextValue, @Nullable LocalDate nextFrom) {
}
