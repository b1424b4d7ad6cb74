package org.guildhall.partners;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.guildhall.cpd.CpdCategory;

/** What a redeemed claim code recorded: the approved CPD activity and its course. */
public record RedeemedCourse(long activityId, String title, String provider, CpdCategory category,
        BigDecimal hours, LocalDate completedOn) {
}
