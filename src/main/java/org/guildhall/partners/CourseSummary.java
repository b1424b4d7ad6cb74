package org.guildhall.partners;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.guildhall.cpd.CpdCategory;
import org.jspecify.annotations.Nullable;

/**
 * An approved course as its registrar or partner sees it, with its claim code and how many members it credited.
 *
 * @param partnerName null for the institute's own course
 */
public record CourseSummary(long id, @Nullable String partnerName, String claimCode, String title, String provider,
        CpdCategory category, String activityType, BigDecimal hours, LocalDate validFrom, LocalDate validTo,
        long credited) {
}
