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
import org.guildhall.shared.Shortened;
import org.guildhall.shared.Text;
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
                registrant, Text.of("notification.event.confirmed.subject", shorten(confirmed.eventTitle())),
                Text.of("notification.event.confirmed.text", confirmed.eventTitle(),
                        when(confirmed.startsAt(), confirmed.zone()),
                        fee(confirmed.fee(), confirmed.invoiceReference())),
                "event/" + confirmed.eventId());
    }

    static Notice waitlisted(PlaceWaitlisted waitlisted, Recipient registrant) {
        return new Notice("PlaceWaitlisted:" + waitlisted.registrationId() + "@" + waitlisted.registeredAt(),
                registrant, Text.of("notification.event.waitlisted.subject", shorten(waitlisted.eventTitle())),
                Text.of("notification.event.waitlisted.text", waitlisted.eventTitle(), waitlisted.position()),
                "event/" + waitlisted.eventId());
    }

    static Notice promoted(PromotedFromWaitingList promoted, Recipient registrant) {
        return new Notice("PromotedFromWaitingList:" + promoted.registrationId() + "@" + promoted.promotedAt(),
                registrant, Text.of("notification.event.promoted.subject", shorten(promoted.eventTitle())),
                Text.of("notification.event.promoted.text", promoted.eventTitle(),
                        when(promoted.startsAt(), promoted.zone()), fee(promoted.fee(), promoted.invoiceReference())),
                "event/" + promoted.eventId());
    }

    static Notice cancelled(RegisteredEventCancelled cancelled, Recipient registrant) {
        return new Notice("RegisteredEventCancelled:" + cancelled.eventId(), registrant,
                Text.of("notification.event.cancelled.subject", shorten(cancelled.eventTitle())),
                Text.of("notification.event.cancelled.text", cancelled.eventTitle(),
                        when(cancelled.startsAt(), cancelled.zone())),
                "events");
    }

    private static Text when(Instant startsAt, ZoneId zone) {
        return Text.of("notification.event.when", startsAt.atZone(zone), zone.getId());
    }

    private static Text fee(BigDecimal fee, @Nullable String invoiceReference) {
        return invoiceReference == null ? Text.of("notification.empty")
                : Text.of("notification.event.fee", SubscriptionNotifications.amount(fee), invoiceReference);
    }

    /** Subjects hold 200 characters; event titles hold 160. */
    private static String shorten(String title) {
        return Shortened.toFit(title, 120);
    }
}
