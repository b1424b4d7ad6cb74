package org.guildhall.settings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A number the institute tunes, with the value it has until an admin changes it and the bounds a change must keep.
 * Its label and help are in the declaring module's bundle under {@code <key>.label} and {@code <key>.help}.
 *
 * @param key {@code <module>.setting.<name>}, e.g. {@code cpd.setting.audit-deadline-days}
 * @param scale the decimal places a value may have (0 for whole days, months, percentages)
 */
public record Setting(String key, Unit unit, BigDecimal defaultValue, BigDecimal minimum, BigDecimal maximum,
        int scale) {

    /** What the number counts, for the screen ("90 days") and for its bounds. */
    public enum Unit {
        DAYS, MONTHS, YEARS, PERCENT, COUNT, HOURS, CREDITS;

        public String key() {
            return "settings.unit." + name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Setting {
        if (minimum.compareTo(maximum) > 0 || defaultValue.compareTo(minimum) < 0
                || defaultValue.compareTo(maximum) > 0) {
            throw new IllegalArgumentException("The default of " + key + " lies outside its bounds");
        }
    }

    public static Setting whole(String key, Unit unit, int defaultValue, int minimum, int maximum) {
        return new Setting(key, unit, BigDecimal.valueOf(defaultValue), BigDecimal.valueOf(minimum),
                BigDecimal.valueOf(maximum), 0);
    }

    public static Setting hours(String key, String defaultValue, String minimum, String maximum) {
        return new Setting(key, Unit.HOURS, new BigDecimal(defaultValue), new BigDecimal(minimum),
                new BigDecimal(maximum), 2);
    }

    public String labelKey() {
        return key + ".label";
    }

    public String helpKey() {
        return key + ".help";
    }

    /** Every problem with a new value for this setting: it is there, within the bounds, and not too precise. */
    public List<FieldProblem> problemsWith(@Nullable BigDecimal value) {
        var problems = new ArrayList<FieldProblem>();
        if (value == null) {
            problems.add(new FieldProblem(SettingChangeData.VALUE, "settings.change.value-needed"));
        } else if (value.compareTo(minimum) < 0 || value.compareTo(maximum) > 0) {
            // A plain count has no unit to name.
            problems.add(new FieldProblem(SettingChangeData.VALUE, unit == Unit.COUNT
                    ? Text.of("settings.change.value-bounds-count", minimum, maximum)
                    : Text.of("settings.change.value-bounds", minimum, maximum, Text.of(unit.key()))));
        } else if (value.stripTrailingZeros().scale() > scale) {
            problems.add(new FieldProblem(SettingChangeData.VALUE, Text.of("settings.change.value-scale", scale)));
        }
        return problems;
    }
}
