package org.guildhall.appeals.domain;

import java.time.LocalDate;

/**
 * The time to appeal a decision: from the day it was taken up to and including the day {@code days} later, the
 * number of days in force on the decision's day (a later change never shortens or lengthens an open window).
 */
public record AppealWindow(LocalDate decidedOn, int days) {

    public LocalDate lastDay() {
        return decidedOn.plusDays(days);
    }

    public boolean isOpenOn(LocalDate day) {
        return !day.isAfter(lastDay());
    }
}
