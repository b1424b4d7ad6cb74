package org.guildhall.settings;

import java.math.BigDecimal;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Gives a setting another value for every day, for tests about something else (a CPD decision without the random
 * audit draw), and takes it back. An admin cannot do this: changes take effect today or later.
 */
public final class TestSettings {

    private static final String TEST_ROW = "test override";

    private TestSettings() {
    }

    public static void override(JdbcTemplate jdbc, Settings settings, Setting setting, int value) {
        restore(jdbc, settings, setting);
        jdbc.update("""
                insert into setting_value (setting_key, setting_value, effective_from, recorded_by, recorded_at, reason)
                values (?, ?, date '1900-01-01', 'test', current_timestamp(6), ?)""",
                setting.key(), BigDecimal.valueOf(value), TEST_ROW);
        settings.forget();
    }

    public static void restore(JdbcTemplate jdbc, Settings settings, Setting setting) {
        jdbc.update("delete from setting_value where setting_key = ? and reason = ?", setting.key(), TEST_ROW);
        settings.forget();
    }

    /** Takes back the changes a test made through the admin's screen (recorded with {@code reason}). */
    public static void withdraw(JdbcTemplate jdbc, Settings settings, String reason) {
        jdbc.update("delete from setting_value where reason = ?", reason);
        settings.forget();
    }
}
