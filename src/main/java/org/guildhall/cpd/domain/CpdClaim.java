package org.guildhall.cpd.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import org.guildhall.cpd.CpdActivityForm;
import org.guildhall.cpd.CpdActivityType;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.CpdRulebook;
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
    private static final BigDecimal HOURS_PER_DAY = BigDecimal.valueOf(24);

    /** Checks the form's answers against the rulebook; the first problem found is refused with its message. */
    public static CpdClaim of(CpdActivityForm form, CpdRulebook rules, LocalDate today) {
        if (form.category() == null) {
            throw refused("Choose the category of the activity.");
        }
        CpdActivityType type = form.activityType() == null ? null : rules.type(form.activityType())
                .filter(found -> found.category() == form.category()).orElse(null);
        if (type == null) {
            throw refused("Choose what kind of " + form.category().label() + " activity it was.");
        }
        String title = required(form.title(), "Enter the activity's title.");
        String provider = required(form.provider(), "Enter who provided or published it.");
        if (form.startsOn() == null || form.endsOn() == null) {
            throw refused("Enter the date, or the first and last day, of the activity.");
        }
        if (form.endsOn().isBefore(form.startsOn())) {
            throw refused("The last day cannot be before the first.");
        }
        if (form.endsOn().isAfter(today)) {
            throw refused("Log an activity once it is done: its date cannot be in the future.");
        }
        BigDecimal excluded = form.excludedHours() == null ? BigDecimal.ZERO : form.excludedHours();
        BigDecimal hours = form.hours() == null ? BigDecimal.ZERO : form.hours();
        if (!type.isFixedCredit()) {
            checkHours(form, hours, excluded);
        } else if (hours.signum() < 0) {
            throw refused("Hours cannot be negative.");
        }
        if (!form.category().excludesNonEducationalTime()) {
            excluded = BigDecimal.ZERO;
        }
        String audience = form.category().recordsAudience()
                ? required(form.audience(), "Say who you delivered it to: the same audience earns credit once.")
                : null;
        if (form.category().needsIndependenceDeclaration() && !form.independenceDeclared()) {
            throw refused("Research and Publishing counts only when it is independent of your normal job "
                    + "responsibilities: confirm that it is.");
        }
        String description = form.description() == null || form.description().isBlank() ? null
                : form.description().strip();
        if (description != null && description.length() > MAX_DESCRIPTION) {
            throw refused("Keep the description to " + MAX_DESCRIPTION + " characters.");
        }
        return new CpdClaim(form.category(), type.code(), title, provider, form.startsOn(), form.endsOn(), hours,
                excluded, description, audience, form.category().needsIndependenceDeclaration());
    }

    private static void checkHours(CpdActivityForm form, BigDecimal hours, BigDecimal excluded) {
        if (hours.signum() <= 0) {
            throw refused("Enter the hours the activity took, more than zero.");
        }
        long days = ChronoUnit.DAYS.between(form.startsOn(), form.endsOn()) + 1;
        if (hours.compareTo(HOURS_PER_DAY.multiply(BigDecimal.valueOf(days))) > 0) {
            throw refused(days == 1 ? "A day has 24 hours: enter at most 24 for a one-day activity."
                    : "A day has 24 hours: enter at most " + 24 * days + " for " + days + " days.");
        }
        if (excluded.signum() < 0) {
            throw refused("Non-educational time cannot be negative.");
        }
        if (excluded.compareTo(hours) >= 0) {
            throw refused("The non-educational time must be less than the total time.");
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

    private static String required(@Nullable String value, String message) {
        if (value == null || value.isBlank()) {
            throw refused(message);
        }
        if (value.strip().length() > MAX_TEXT) {
            throw refused("Keep it to " + MAX_TEXT + " characters: " + message.toLowerCase(Locale.ROOT));
        }
        return value.strip();
    }

    private static CpdRefusedException refused(String message) {
        return new CpdRefusedException(message);
    }
}
