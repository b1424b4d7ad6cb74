package org.guildhall.events.ui;

import java.math.BigDecimal;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import org.guildhall.events.EventSummary;
import org.guildhall.events.MyRegistration;
import org.guildhall.events.RegistrationStatus;
import org.guildhall.shell.Formats;

/** How an event's facts read on cards and pages, the same everywhere. */
final class EventTexts {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("EEE d MMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);
    static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

    private EventTexts() {
    }

    /** "Thu 3 Dec 2026, 14:00–17:00 (Europe/London)", the times local to the event. */
    static String when(EventSummary event) {
        var start = event.localStart();
        var end = event.localEnd();
        String endText = end.toLocalDate().equals(start.toLocalDate()) ? TIME.format(end)
                : DAY.format(end) + ", " + TIME.format(end);
        return DAY.format(start) + ", " + TIME.format(start) + "\u2013" + endText + " (" + event.zone().getId() + ")";
    }

    static String place(EventSummary event) {
        if (event.venue() != null && event.online()) {
            return event.venue() + " and online";
        }
        return event.venue() != null ? event.venue() : "Online";
    }

    static String fees(EventSummary event) {
        if (event.memberFee().signum() == 0 && event.nonMemberFee().signum() == 0) {
            return "Free";
        }
        return "Members " + money(event.memberFee()) + " \u00b7 non-members " + money(event.nonMemberFee());
    }

    static String money(BigDecimal amount) {
        return amount.signum() == 0 ? "free" : "\u00a3" + amount.setScale(2).toPlainString();
    }

    static String credit(EventSummary event) {
        return hours(event.educationalHours()) + " CPD " + (event.educationalHours().compareTo(BigDecimal.ONE) == 0
                ? "hour" : "hours") + " (" + event.cpdCategory().label() + ") \u00b7 " + event.membershipPoints()
                + " membership points";
    }

    static String hours(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    static String places(EventSummary event) {
        if (event.isCancelled()) {
            return "Cancelled";
        }
        if (event.isFull()) {
            return event.waitingCount() == 0 ? "Full" : "Full \u00b7 " + event.waitingCount() + " on the waiting list";
        }
        return event.placesLeft() + " of " + Formats.count(event.capacity(), "place", "places") + " left";
    }

    static String status(MyRegistration mine) {
        if (mine.attended()) {
            return "You attended";
        }
        return mine.status() == RegistrationStatus.WAITLISTED
                ? "Waiting list: number " + mine.waitingPosition()
                : "You are registered";
    }
}
