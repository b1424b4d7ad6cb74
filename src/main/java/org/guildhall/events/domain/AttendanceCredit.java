package org.guildhall.events.domain;

import java.util.Optional;

import org.guildhall.cpd.AutomaticCredit;
import org.guildhall.cpd.CpdActivityType;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRulebook;

/**
 * The CPD credit attending an event earns (seeds 000 and 001): attendees are credited the event's educational
 * hours in its category, as the activity type its kind is; a listed presenter is credited the same hours as
 * Instruction, delivered to the event's own audience, so presenting the same talk at another event counts again
 * but the same event never counts twice.
 */
public final class AttendanceCredit {

    static final String PROVIDER = "The institute";
    /** Instruction's activity type for a public seminar, workshop or conference session. */
    static final String PRESENTING = "COURSE_OR_SESSION";

    private AttendanceCredit() {
    }

    /** The credit to record, or empty when the event carries no educational hours. */
    public static Optional<AutomaticCredit> of(InstituteEvent event, long accountId, boolean asPresenter,
            CpdRulebook rulebook) {
        if (event.educationalHours().signum() == 0) {
            return Optional.empty();
        }
        var category = asPresenter ? CpdCategory.INSTRUCTION : event.cpdCategory();
        String preferred = asPresenter ? PRESENTING : event.kind().cpdActivityType();
        String activityType = activityType(category, preferred, rulebook);
        return Optional.of(new AutomaticCredit(accountId, EventAttendance.sourceKey(event.id(), accountId), category,
                activityType, event.title(), PROVIDER, event.startsAt().atZone(event.zone()).toLocalDate(),
                event.educationalHours(), category.recordsAudience() ? audience(event) : null));
    }

    /** The kind of activity {@code preferred} when it is in the category, else the category's first kind. */
    public static String activityType(CpdCategory category, String preferred, CpdRulebook rulebook) {
        return rulebook.type(preferred).filter(type -> type.category() == category)
                .or(() -> rulebook.typesOf(category).stream().findFirst())
                .map(CpdActivityType::code)
                .orElseThrow(() -> new IllegalStateException("No CPD activity type in " + category));
    }

    static String audience(InstituteEvent event) {
        return "Attendees of event no. " + event.id() + " (" + event.startsAt().atZone(event.zone()).toLocalDate()
                + ")";
    }
}
