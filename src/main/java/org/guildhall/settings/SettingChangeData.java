package org.guildhall.settings;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.jspecify.annotations.Nullable;

/** What an admin enters to change a setting from a day on, with why. */
public record SettingChangeData(String key, @Nullable BigDecimal value, @Nullable LocalDate effectiveFrom,
        @Nullable String reason) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String KEY = "key";
    public static final String VALUE = "value";
    public static final String EFFECTIVE_FROM = "effectiveFrom";
    public static final String REASON = "reason";
}
