package org.guildhall.cpd;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * What a member enters for one activity, as the form holds it; blanks are allowed here and judged by the
 * service, which answers with a message for each.
 *
 * @param startsOn the first day; for a one-day activity the same as {@code endsOn}
 * @param excludedHours Continuing Education's non-educational time (registration, meals, breaks, ...)
 * @param evidence ids of the member's documents (documents module) proving the activity
 */
public record CpdActivityData(@Nullable CpdCategory category, @Nullable String activityType, @Nullable String title,
        @Nullable String provider, @Nullable LocalDate startsOn, @Nullable LocalDate endsOn,
        @Nullable BigDecimal hours, @Nullable BigDecimal excludedHours, @Nullable String description,
        @Nullable String audience, boolean independenceDeclared, List<UUID> evidence) {

    // The components' names: a refusal names the field it concerns with one of these.
    public static final String CATEGORY = "category";
    public static final String ACTIVITY_TYPE = "activityType";
    public static final String TITLE = "title";
    public static final String PROVIDER = "provider";
    public static final String STARTS_ON = "startsOn";
    public static final String ENDS_ON = "endsOn";
    public static final String HOURS = "hours";
    public static final String EXCLUDED_HOURS = "excludedHours";
    public static final String DESCRIPTION = "description";
    public static final String AUDIENCE = "audience";
    public static final String INDEPENDENCE_DECLARED = "independenceDeclared";
    public static final String EVIDENCE = "evidence";

    public CpdActivityData {
        evidence = List.copyOf(evidence);
    }
}
