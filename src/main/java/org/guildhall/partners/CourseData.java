package org.guildhall.partners;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.guildhall.cpd.CpdCategory;
import org.jspecify.annotations.Nullable;

/**
 * An approved course as the registrar or a partner's contact registers it.
 *
 * @param partnerId    the partner offering it; null for the institute's own course (registrar only)
 * @param activityType a code of the institute's activity types within {@code category}
 * @param validFrom    the first day a member may redeem its claim code or be on its roster
 * @param validTo      the last such day
 */
public record CourseData(@Nullable Long partnerId, @Nullable String title, @Nullable String provider,
        @Nullable CpdCategory category, @Nullable String activityType, @Nullable BigDecimal hours,
        @Nullable LocalDate validFrom, @Nullable LocalDate validTo) {

    public static final String PARTNER = "partnerId";
    public static final String TITLE = "title";
    public static final String PROVIDER = "provider";
    public static final String CATEGORY = "category";
    public static final String ACTIVITY_TYPE = "activityType";
    public static final String HOURS = "hours";
    public static final String VALID_FROM = "validFrom";
    public static final String VALID_TO = "validTo";
}
