package org.guildhall.appeals.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

/** Issue 20: a decision may be appealed within N days (a setting), the N-th day after it included. */
class AppealWindowTest {

    private final AppealWindow window = new AppealWindow(LocalDate.of(2026, 1, 31), 30);

    @Test
    void the_last_day_is_n_days_after_the_decision() {
        assertThat(window.lastDay()).isEqualTo(LocalDate.of(2026, 3, 2));
    }

    @Test
    void open_on_the_day_of_the_decision_and_on_the_last_day() {
        assertThat(window.isOpenOn(LocalDate.of(2026, 1, 31))).isTrue();
        assertThat(window.isOpenOn(LocalDate.of(2026, 3, 2))).isTrue();
    }

    @Test
    void closed_the_day_after_the_last_day() {
        assertThat(window.isOpenOn(LocalDate.of(2026, 3, 3))).isFalse();
    }
}
