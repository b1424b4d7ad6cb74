package org.guildhall.events.ui;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.events.EventHeading;
import org.guildhall.events.EventSummary;
import org.guildhall.events.MyRegistration;
import org.guildhall.events.RegistrationStatus;

/**
 * How an event's facts read on cards and pages, the same everywhere, in the current user's language (days and
 * months in its words, money and plurals in its patterns).
 */
final class EventTexts {

    private EventTexts() {
    }

    /** "Thu 3 Dec 2026, 14:00–17:00 (Europe/London)", the times local to the event. */
    static String when(EventSummary event) {
        return when(event.localStart(), event.localEnd());
    }

    static String when(EventHeading event) {
        return when(event.localStart(), event.localEnd());
    }

    private static String when(ZonedDateTime start, ZonedDateTime end) {
        var day = DateTimeFormatter.ofPattern("EEE d MMM yyyy", locale());
        var time = DateTimeFormatter.ofPattern("HH:mm", locale());
        String endText = end.toLocalDate().equals(start.toLocalDate()) ? time.format(end)
                : day.format(end) + ", " + time.format(end);
        return t("events.when", day.format(start) + ", " + time.format(start), endText, start.getZone().getId());
    }

    /** "December 2026" / "décembre 2026". */
    static String month(YearMonth month) {
        return DateTimeFormatter.ofPattern("LLLL yyyy", locale()).format(month);
    }

    static String place(EventSummary event) {
        if (event.venue() != null && event.online()) {
            return t("events.place.venue-and-online", event.venue());
        }
        return event.venue() != null ? event.venue() : t("events.place.online");
    }

    static String fees(EventSummary event) {
        if (event.memberFee().signum() == 0 && event.nonMemberFee().signum() == 0) {
            return t("events.fees.free");
        }
        return t("events.fees", money(event.memberFee()), money(event.nonMemberFee()));
    }

    static String money(BigDecimal amount) {
        return amount.signum() == 0 ? t("events.money.free") : t("events.money", amount);
    }

    static String credit(EventSummary event) {
        return t("events.credit", event.educationalHours(), category(event.cpdCategory()), event.membershipPoints());
    }

    /** The CPD category an event counts in, named as the events pages name it. */
    static String category(CpdCategory category) {
        return t("events.cpd-category." + category.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    static String places(EventSummary event) {
        if (event.isCancelled()) {
            return t("events.places.cancelled");
        }
        if (event.isFull()) {
            return t("events.places.full", event.waitingCount());
        }
        return t("events.places.left", event.placesLeft(), event.capacity());
    }

    static String status(MyRegistration mine) {
        if (mine.attended()) {
            return t("events.mine.attended");
        }
        return mine.status() == RegistrationStatus.WAITLISTED
                ? t("events.mine.waiting", mine.waitingPosition())
                : t("events.mine.registered");
    }

    static String t(String key, Object... arguments) {
        return UI.getCurrent().getTranslation(key, arguments);
    }

    private static Locale locale() {
        return UI.getCurrent().getLocale();
    }
}
