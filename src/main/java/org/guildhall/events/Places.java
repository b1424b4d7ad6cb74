package org.guildhall.events;

import java.time.Clock;
import java.time.Instant;

import org.guildhall.events.RegistrationEvents.PromotedFromWaitingList;
import org.guildhall.events.domain.EventRegistration;
import org.guildhall.events.domain.EventRegistrationRepository;
import org.guildhall.events.domain.InstituteEvent;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.guildhall.shared.Shortened;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * The places of an event: how many are taken, the fee's invoice for a confirmed place, and moving people up the
 * waiting list when places come free. Callers hold the event's row lock.
 */
@Component
class Places {

    private final EventRegistrationRepository registrations;
    private final PaymentService payments;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    Places(EventRegistrationRepository registrations, PaymentService payments, ApplicationEventPublisher publisher,
            Clock clock) {
        this.registrations = registrations;
        this.payments = payments;
        this.publisher = publisher;
        this.clock = clock;
    }

    long taken(long eventId) {
        return registrations.countByEventIdAndStatus(eventId, RegistrationStatus.CONFIRMED);
    }

    /** The fee's invoice, issued once per registration; null when the place is free of charge. */
    @Nullable InvoiceSummary invoiceFor(InstituteEvent event, EventRegistration registration) {
        if (registration.fee().signum() == 0) {
            return null;
        }
        return payments.issue(registration.accountId(), PaymentPurpose.EVENT_REGISTRATION,
                registration.invoiceSubject(), "Place at \u201c" + shortTitle(event) + "\u201d", registration.fee());
    }

    /** Gives every free place to the next person waiting, in the order they joined, and tells each of them. */
    void promoteWaiting(InstituteEvent event) {
        Instant now = clock.instant();
        if (!now.isBefore(event.startsAt())) {
            return;
        }
        long taken = taken(event.id());
        for (var waiting : registrations.findByEventIdAndStatusOrderByRegisteredAtAscIdAsc(event.id(),
                RegistrationStatus.WAITLISTED)) {
            if (!event.hasRoomBeyond(taken)) {
                return;
            }
            waiting.promote(now);
            taken++;
            var invoice = invoiceFor(event, waiting);
            publisher.publishEvent(new PromotedFromWaitingList(waiting.id(), event.id(), waiting.accountId(),
                    event.title(), event.startsAt(), event.zone(), waiting.fee(),
                    invoice == null ? null : invoice.reference(), now));
        }
    }

    /** Invoice descriptions hold 200 characters. */
    private static String shortTitle(InstituteEvent event) {
        return Shortened.toFit(event.title(), 150);
    }
}
