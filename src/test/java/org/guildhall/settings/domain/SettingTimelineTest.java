package org.guildhall.settings.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.settings.Setting;
import org.guildhall.settings.Setting.Unit;
import org.junit.jupiter.api.Test;

/** Issue 18: a setting is effective-dated, so what was decided under an earlier value keeps it. */
class SettingTimelineTest {

    private static final Setting DEADLINE = Setting.whole("cpd.setting.audit-deadline-days", Unit.DAYS, 90, 1, 365);
    private static final LocalDate MAY = LocalDate.of(2026, 5, 1);

    @Test
    void the_default_holds_until_the_first_change_takes_effect() {
        var timeline = new SettingTimeline(DEADLINE, List.of(change("60", MAY, 1)));

        assertThat(timeline.valueOn(MAY.minusDays(1))).isEqualByComparingTo("90");
        assertThat(timeline.valueOn(MAY)).isEqualByComparingTo("60");
        assertThat(timeline.valueOn(MAY.plusYears(3))).isEqualByComparingTo("60");
    }

    @Test
    void each_day_has_the_latest_change_not_after_it_and_of_two_from_one_day_the_later_recorded() {
        var timeline = new SettingTimeline(DEADLINE,
                List.of(change("30", MAY.plusMonths(1), 2), change("45", MAY, 3), change("60", MAY, 1)));

        assertThat(timeline.valueOn(MAY)).isEqualByComparingTo("45");
        assertThat(timeline.valueOn(MAY.plusMonths(1).minusDays(1))).isEqualByComparingTo("45");
        assertThat(timeline.valueOn(MAY.plusMonths(1))).isEqualByComparingTo("30");
        assertThat(timeline.nextAfter(MAY).map(RecordedValue::value)).contains(new BigDecimal("30"));
        assertThat(timeline.nextAfter(MAY.plusMonths(1))).isEmpty();
    }

    @Test
    void a_new_value_keeps_the_bounds_and_the_precision_of_its_setting() {
        assertThat(DEADLINE.problemsWith(new BigDecimal("1"))).isEmpty();
        assertThat(DEADLINE.problemsWith(new BigDecimal("365.00"))).isEmpty();
        assertThat(DEADLINE.problemsWith(new BigDecimal("0"))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).isEqualTo("Enter a value from 1 to 365 days."));
        assertThat(DEADLINE.problemsWith(new BigDecimal("366"))).hasSize(1);
        assertThat(DEADLINE.problemsWith(new BigDecimal("12.5"))).singleElement()
                .satisfies(problem -> assertThat(problem.message()).isEqualTo("Enter a whole number."));
        assertThat(DEADLINE.problemsWith(null)).singleElement()
                .satisfies(problem -> assertThat(problem.field()).isEqualTo("value"));
        assertThat(Setting.hours("x.setting.credit", "2", "0", "40").problemsWith(new BigDecimal("2.25"))).isEmpty();
    }

    private static RecordedValue change(String value, LocalDate from, int recordedSecond) {
        return new RecordedValue(DEADLINE.key(), new BigDecimal(value), from, "admin@example.org",
                Instant.ofEpochSecond(recordedSecond), "test");
    }
}
