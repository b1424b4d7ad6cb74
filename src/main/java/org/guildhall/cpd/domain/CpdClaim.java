package org.guildhall.cpd.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.guildhall.cpd.CpdActivityData;
import org.guildhall.cpd.CpdActivityType;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.CpdRulebook;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * One activity as claimed, checked on its own: the kind belongs to the category, the dates are past and in
 * order, the hours are possible, and the category's own questions are answered. Rules that need the member's
 * other activities and certifications live in {@link CpdLedger}.
 */
public record CpdClaim(CpdCategory category, String activityType, String title, String provider,
        LocalDate startsOn, LocalDate endsOn, BigDecimal hours, BigDecimal excludedHours,
        @Nullable String description, @Nullable String audience, boolean independenceDeclared) {

    public static final int MAX_TEXT = 200;
    public static final int MAX_DESCRIPTION = 2000;
    /** A day has 24 hours: an activity claims at most this many for each calendar day from its first to its last. */
    public static final int MAX_HOURS_PER_DAY = 24;
    /**
     * The most hours one activity may claim, about six months of full-time work: far beyond any category's cap per
     * cycle (30 credits at most, seed 001), so a larger figure is a slip (9000 typed for 9.00), not an activity.
     */
    public static final BigDecimal MAX_HOURS_PER_ACTIVITY = new BigDecimal("1000");
    /** Hours are kept to the hundredth, as {@code cpd_activity.hours} (DECIMAL(6, 2)) holds them. */
    public static final int HOURS_DECIMALS = 2;
    /** The largest figure {@code cpd_activity.hours} can hold; {@link #MAX_HOURS_PER_ACTIVITY} stays below it. */
    static final BigDecimal HOURS_COLUMN_MAX = new BigDecimal("9999.99");

    /**
     * Checks the form's answers against the rulebook. Every problem found is refused at once, each on the
     * {@link CpdActivityData} component it concerns, so the member can put them all right in one go.
     */
    public static CpdClaim of(CpdActivityData form, CpdRulebook rules, LocalDate today) {
        var problems = new ArrayList<FieldProblem>();
        CpdCategory category = form.category();
        if (category == null) {
            problems.add(new FieldProblem(CpdActivityData.CATEGORY, "cpd.claim.category-needed"));
        }
        CpdActivityType type = category == null || form.activityType() == null ? null
                : rules.type(form.activityType()).filter(found -> found.category() == category).orElse(null);
        if (category != null && type == null) {
            problems.add(new FieldProblem(CpdActivityData.ACTIVITY_TYPE,
                    Text.of("cpd.claim.type-needed", Text.of(category.labelKey()))));
        }
        String title = text(problems, CpdActivityData.TITLE, form.title(), "cpd.claim.title-needed");
        String provider = text(problems, CpdActivityData.PROVIDER, form.provider(),
                "cpd.claim.provider-needed");
        long days = checkDates(problems, form, today);
        BigDecimal hours = form.hours() == null ? BigDecimal.ZERO : form.hours();
        checkHours(problems, hours, type == null || !type.isFixedCredit(), days);
        boolean excludes = category != null && category.excludesNonEducationalTime();
        BigDecimal excluded = !excludes || form.excludedHours() == null ? BigDecimal.ZERO : form.excludedHours();
        checkExcludedHours(problems, excluded, hours);
        String audience = category != null && category.recordsAudience()
                ? text(problems, CpdActivityData.AUDIENCE, form.audience(),
                        "cpd.claim.audience-needed")
                : null;
        if (category != null && category.needsIndependenceDeclaration() && !form.independenceDeclared()) {
            problems.add(new FieldProblem(CpdActivityData.INDEPENDENCE_DECLARED, 
                    "cpd.claim.independence-needed"));
        }
        String description = form.description() == null || form.description().isBlank() ? null
                : form.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem(CpdActivityData.DESCRIPTION,
                    Text.of("cpd.claim.description-too-long", MAX_DESCRIPTION)));
        }
        if (!problems.isEmpty()) {
            throw new CpdRefusedException(problems);
        }
        return new CpdClaim(category, type.code(), title, provider, form.startsOn(), form.endsOn(), hours,
                excluded, description, audience, category.needsIndependenceDeclaration());
    }

    /**
     * The claim as far as the form's answers weigh it, for the live preview while the member types: empty until the
     * kind of activity, a date and (for kinds credited by the hour) possible hours are there. Only what decides the
     * credits is read; {@link #of} still judges everything when the form is saved.
     */
    public static Optional<CpdClaim> weighable(CpdActivityData form, CpdRulebook rules) {
        var type = form.category() == null || form.activityType() == null ? Optional.<CpdActivityType>empty()
                : rules.type(form.activityType()).filter(found -> found.category() == form.category());
        LocalDate endsOn = form.endsOn() != null ? form.endsOn() : form.startsOn();
        if (type.isEmpty() || endsOn == null) {
            return Optional.empty();
        }
        BigDecimal hours = form.hours() == null ? BigDecimal.ZERO : form.hours();
        BigDecimal excluded = !form.category().excludesNonEducationalTime() || form.excludedHours() == null
                ? BigDecimal.ZERO : form.excludedHours();
        boolean possible = type.get().isFixedCredit() || hours.signum() > 0 && excluded.signum() >= 0
                && excluded.compareTo(hours) < 0 && hours.compareTo(MAX_HOURS_PER_ACTIVITY) <= 0;
        if (!possible) {
            return Optional.empty();
        }
        return Optional.of(new CpdClaim(form.category(), type.get().code(), "", "",
                form.startsOn() != null ? form.startsOn() : endsOn, endsOn, hours, excluded, null, null,
                form.independenceDeclared()));
    }

    /** An offering the member has not yet taken part in (an institute event), to weigh what it would add. */
    public static CpdClaim offered(CpdCategory category, String activityType, String title, LocalDate on,
            BigDecimal hours) {
        return new CpdClaim(category, activityType, title, "", on, on, hours, BigDecimal.ZERO, null,
                category.recordsAudience() ? title : null, false);
    }

    /**
     * A stored activity as a cycle's tally weighs it: its kind, the day it was completed and its hours. The
     * compliance walk reads no more of 1M activities (docs/decisions/operations-dashboard-at-scale.md).
     */
    public static CpdClaim weighed(CpdCategory category, String activityType, LocalDate completedOn,
            BigDecimal hours, BigDecimal excludedHours) {
        return new CpdClaim(category, activityType, "", "", completedOn, completedOn, hours, excludedHours, null,
                null, false);
    }

    /** The days from the first to the last, both counted; 0 while the dates are missing or out of order. */
    private static long checkDates(List<FieldProblem> problems, CpdActivityData form, LocalDate today) {
        if (form.startsOn() == null) {
            problems.add(new FieldProblem(CpdActivityData.STARTS_ON,
                    "cpd.claim.starts-needed"));
        }
        if (form.endsOn() == null) {
            problems.add(new FieldProblem(CpdActivityData.ENDS_ON,
                    "cpd.claim.ends-needed"));
        }
        LocalDate latest = form.endsOn() != null ? form.endsOn() : form.startsOn();
        if (latest != null && latest.isAfter(today)) {
            problems.add(new FieldProblem(form.endsOn() != null ? CpdActivityData.ENDS_ON : CpdActivityData.STARTS_ON,
                    "cpd.claim.date-in-future"));
            return 0;
        }
        if (form.startsOn() == null || form.endsOn() == null) {
            return 0;
        }
        if (form.endsOn().isBefore(form.startsOn())) {
            problems.add(new FieldProblem(CpdActivityData.ENDS_ON, "cpd.claim.ends-before-starts"));
            return 0;
        }
        return ChronoUnit.DAYS.between(form.startsOn(), form.endsOn()) + 1;
    }

    /**
     * Hours a person could have spent: more than zero where they earn the credits, at most 24 for each day of the
     * activity, at most {@link #MAX_HOURS_PER_ACTIVITY}, to the hundredth.
     */
    private static void checkHours(List<FieldProblem> problems, BigDecimal hours, boolean creditedByTheHour,
            long days) {
        Text problem = null;
        if (creditedByTheHour && hours.signum() <= 0) {
            problem = Text.of("cpd.claim.hours-needed");
        } else if (hours.signum() < 0) {
            problem = Text.of("cpd.claim.hours-negative");
        } else if (hours.stripTrailingZeros().scale() > HOURS_DECIMALS) {
            problem = Text.of("cpd.claim.hours-decimals");
        } else if (hours.compareTo(MAX_HOURS_PER_ACTIVITY) > 0) {
            problem = Text.of("cpd.claim.hours-per-activity", MAX_HOURS_PER_ACTIVITY);
        } else if (creditedByTheHour && days > 0 && hours.compareTo(BigDecimal.valueOf(MAX_HOURS_PER_DAY * days)) > 0) {
            problem = Text.of("cpd.claim.hours-per-day", MAX_HOURS_PER_DAY * days, days);
        }
        if (problem != null) {
            problems.add(new FieldProblem(CpdActivityData.HOURS, problem));
        }
    }

    private static void checkExcludedHours(List<FieldProblem> problems, BigDecimal excluded, BigDecimal hours) {
        Text problem = null;
        if (excluded.signum() < 0) {
            problem = Text.of("cpd.claim.excluded-negative");
        } else if (excluded.stripTrailingZeros().scale() > HOURS_DECIMALS) {
            problem = Text.of("cpd.claim.excluded-decimals");
        } else if (excluded.signum() > 0 && excluded.compareTo(hours) >= 0) {
            problem = Text.of("cpd.claim.excluded-not-less");
        }
        if (problem != null) {
            problems.add(new FieldProblem(CpdActivityData.EXCLUDED_HOURS, problem));
        }
    }

    /** The date the activity counts on: the day it was completed. */
    public LocalDate completedOn() {
        return endsOn;
    }

    /** Same activity: same kind, title and provider over the same days, whatever the case or spacing. */
    public boolean isSameActivityAs(CpdClaim other) {
        return activityType.equals(other.activityType) && normal(title).equals(normal(other.title))
                && normal(provider).equals(normal(other.provider)) && startsOn.equals(other.startsOn)
                && endsOn.equals(other.endsOn);
    }

    /** Same presentation to the same audience, which Instruction credits once. */
    public boolean repeatsPresentationOf(CpdClaim other) {
        return category == CpdCategory.INSTRUCTION && other.category == CpdCategory.INSTRUCTION
                && normal(title).equals(normal(other.title)) && audience != null && other.audience != null
                && normal(audience).equals(normal(other.audience));
    }

    private static String normal(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The text stripped, or null with a problem when it is blank or longer than {@link #MAX_TEXT}. */
    private static @Nullable String text(List<FieldProblem> problems, String field, @Nullable String value,
            String whenBlank) {
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field, whenBlank));
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            problems.add(new FieldProblem(field, Text.of("cpd.claim.text-too-long", MAX_TEXT)));
            return null;
        }
        return value.strip();
    }
}
