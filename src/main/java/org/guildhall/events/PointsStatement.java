package org.guildhall.events;

import java.time.LocalDate;
import java.util.List;

/** A member's membership points: the total and every entry that earned them, newest first. */
public record PointsStatement(int total, List<Entry> entries) {

    public record Entry(LocalDate earnedOn, int points, String reason) {
    }
}
