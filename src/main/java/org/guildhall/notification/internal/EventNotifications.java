package org.guildhall.notification.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;

import org.guildhall.events.RegistrationEvents.PlaceWaitlisted;
import org.guildhall.events.RegistrationEvents.PromotedFromWaitingList;
import org.guildhall.events.RegistrationEvents.RegisteredEventCancelled;
import org.guildhall.events.RegistrationEvents.RegistrationConfirmed;
import org.guildhall.notification.domain.Notice;
import org.guildhall.notification.domain.Notice.Recipient;
import org.guildhall.shell.Formats;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** What registrants are told about their places at events, one template per registration event. */
@Component
class EventNotifications {

    private final Notifier notifier;

    EventNotifications(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(RegistrationConfirmed confirmed) {
        notifier.post(confirmed(confirmed, notifier.recipient(confirmed.accountId())));
    }

    @ApplicationModuleListener
    void on(PlaceWaitlisted waitlisted) {
        notifier.post(waitlisted(waitlisted, notifier.recipient(waitlisted.accountId())));
    }

    @ApplicationModuleListener
    void on(PromotedFromWaitingList promoted) {
        notifier.post(promoted(promoted, notifier.recipient(promoted.accountId())));
    }

    @ApplicationModuleListener
    void on(RegisteredEventCancelled cancelled) {
        notifier.post(cancelled(cancelled, notifier.recipient(cancelled.accountId())));
    }

    static Notice confirmed(RegistrationConfirmed confirmed, Recipient registrant) {
        return new Notice("RegistrationConfirmed:" + confirmed.registrationId() + "@" + confirmed.registeredAt(),
                registrant, "Your place at " + shorten(confirmed.eventTitle()),
                "Your place at \u201c" + confirmed.eventTitle() + "\u201d on " + when(confirmed.startsAt(),
                        confirmed.zone()) + " is confirmed." + fee(confirmed.fee(), confirmed.invoiceReference()),
                "event/" + confirmed.eventId());
    }

    static Notice waitlisted(PlaceWaitlisted waitlisted, Recipient registrant) {
        return new Notice("PlaceWaitlisted:" + waitlisted.registrationId() + "@" + waitlisted.registeredAt(),
                registrant, "On the waiting list for " + shorten(waitlisted.eventTitle()),
                "\u201c" + waitlisted.eventTitle() + "\u201d is full, so you are number " + waitlisted.position()
                        + " on its waiting list. If a place comes free it is yours automatically, and we will email "
                        + "you.",
                "event/" + waitlisted.eventId());
    }

    static Notice promoted(PromotedFromWaitingList promoted, Recipient registrant) {
        return new Notice("PromotedFromWaitingList:" + promoted.registrationId() + "@" + promoted.promotedAt(),
                registrant, "A place came free: " + shorten(promoted.eventTitle()),
                "A place came free at \u201c" + promoted.eventTitle() + "\u201d on " + when(promoted.startsAt(),
                        promoted.zone()) + ", and you were next on the waiting list: the place is yours."
                        + fee(promoted.fee(), promoted.invoiceReference())
                        + " If you can no longer come, cancel it on the event's page so the next person can go.",
                "event/" + promoted.eventId());
    }

    static Notice cancelled(RegisteredEventCancelled cancelled, Recipient registrant) {
        return new Notice("RegisteredEventCancelled:" + cancelled.eventId(), registrant,
                "Cancelled: " + shorten(cancelled.eventTitle()),
                "We are sorry: \u201c" + cancelled.eventTitle() + "\u201d, planned for " + when(cancelled.startsAt(),
                        cancelled.zone()) + ", has been cancelled. If you paid a fee for it, the registrar will "
                        + "be in touch about a refund.",
                "events");
    }

    private static String when(Instant startsAt, ZoneId zone) {
        return Formats.dateTime(startsAt, zone) + " (" + zone.getId() + ")";
    }

    private static String fee(BigDecimal fee, @Nullable String invoiceReference) {
        return invoiceReference == null ? "" : " The fee is \u00a3" + fee.toPlainString() + "; please pay it quoting "
                + "invoice " + invoiceReference + ".";
    }

    /** Subjects hold 200 characters; event titles hold 160. */
    private static String shorten(String title) {
        return title.length() > 120 ? title.substring(0, 119) + "\u2026" : title;
    }
}
