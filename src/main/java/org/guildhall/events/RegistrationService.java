package org.guildhall.events;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.events.RegistrationEvents.PlaceWaitlisted;
import org.guildhall.events.RegistrationEvents.RegistrationConfirmed;
import org.guildhall.events.domain.CurrentEventSettings;
import org.guildhall.events.domain.EventAttendanceRepository;
import org.guildhall.events.domain.EventRegistration;
import org.guildhall.events.domain.EventRegistrationRepository;
import org.guildhall.events.domain.InstituteEvent;
import org.guildhall.events.domain.InstituteEventRepository;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipStanding;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.guildhall.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members and applicants taking places at events: registering (or joining the waiting list when it is full),
 * cancelling before the cutoff, and seeing their own registrations. Every change to an event's places takes the
 * event's row lock first, so two people going for the last place get one place between them; those changes read
 * committed data, so the second to get the lock counts the place the first just took (under MariaDB's default
 * repeatable read it would count from a snapshot taken before it waited).
 */
@Service
@Transactional(readOnly = true)
public class RegistrationService {

    private final InstituteEventRepository events;
    private final EventRegistrationRepository registrations;
    private final EventAttendanceRepository attendance;
    private final CurrentEventSettings settings;
    private final Places places;
    private final AccountService accounts;
    private final MembershipStanding standing;
    private final PaymentService payments;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    RegistrationService(InstituteEventRepository events, EventRegistrationRepository registrations,
            EventAttendanceRepository attendance, CurrentEventSettings settings, Places places,
            AccountService accounts, MembershipStanding standing, PaymentService payments,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.attendance = attendance;
        this.settings = settings;
        this.places = places;
        this.accounts = accounts;
        this.standing = standing;
        this.payments = payments;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * A place for the signed-in person if one is free, otherwise a place on the waiting list. Members in good
     * standing pay the member fee, everyone else (a lapsed member too) the non-member fee; a fee is invoiced when
     * the place is confirmed.
     */
    @PreAuthorize("hasAnyRole('" + Role.Names.MEMBER + "', '" + Role.Names.APPLICANT + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public MyRegistration register(long eventId) {
        var me = accounts.currentAccount();
        Instant now = clock.instant();
        var event = lock(eventId);
        event.requireOpenForRegistration(now);
        boolean placeFree = event.hasRoomBeyond(places.taken(eventId));
        var fee = event.feeFor(standing.standingOf(me.id()).inGoodStanding());
        var existing = registrations.findByEventIdAndAccountId(eventId, me.id());
        EventRegistration registration;
        if (existing.isPresent()) {
            registration = existing.get();
            registration.reopen(fee, placeFree, now);
        } else {
            registration = registrations.save(new EventRegistration(eventId, me.id(), fee, placeFree, now));
        }
        registrations.flush();
        if (placeFree) {
            var invoice = places.invoiceFor(event, registration);
            publisher.publishEvent(new RegistrationConfirmed(registration.id(), eventId, me.id(), event.title(),
                    event.startsAt(), event.zone(), fee, invoice == null ? null : invoice.reference(), now));
        } else {
            publisher.publishEvent(new PlaceWaitlisted(registration.id(), eventId, me.id(), event.title(),
                    waitingPosition(registration), now));
        }
        return toMine(registration);
    }

    /**
     * Gives up the signed-in person's place (until the cutoff) or their place on the waiting list (until the
     * event starts). A place given up goes to the next person waiting.
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void cancel(long eventId) {
        var me = accounts.currentAccount();
        Instant now = clock.instant();
        var event = lock(eventId);
        var registration = registrations.findByEventIdAndAccountId(eventId, me.id())
                .filter(found -> found.status().isActive())
                .orElseThrow(() -> new EventNotFoundException("events.not-found.registration"));
        event.requireOpenForRegistration(now);
        boolean hadPlace = registration.status() == RegistrationStatus.CONFIRMED;
        Instant cutoff = event.cancellationCutoff(settings.current().defaultCancellationCutoffHours());
        if (hadPlace && now.isAfter(cutoff)) {
            throw new EventRefusedException(Text.of("events.refused.after-cutoff",
                    cutoff.atZone(event.zone()), event.zone().getId()));
        }
        registration.cancel(now);
        registrations.flush();
        if (hadPlace) {
            places.promoteWaiting(event);
        }
    }

    /** The signed-in person's registration for one event, if they have an active one or attended. */
    @PreAuthorize("isAuthenticated()")
    public Optional<MyRegistration> mine(long eventId) {
        return registrations.findByEventIdAndAccountId(eventId, accounts.currentAccount().id())
                .filter(registration -> registration.status().isActive()
                        || attendance.existsByEventIdAndAccountId(eventId, registration.accountId()))
                .map(this::toMine);
    }

    /**
     * The signed-in person's cancelled registration for one event, if that is what they have: its calendar file
     * tells their calendar to drop the event.
     */
    @PreAuthorize("isAuthenticated()")
    public Optional<Long> myCancelledRegistration(long eventId) {
        return registrations.findByEventIdAndAccountId(eventId, accounts.currentAccount().id())
                .filter(registration -> registration.status() == RegistrationStatus.CANCELLED)
                .map(EventRegistration::id);
    }

    /** The signed-in person's current places and waiting-list places, for their home page and the event list. */
    @PreAuthorize("isAuthenticated()")
    public List<MyRegistration> myActiveRegistrations() {
        return asSeenByHolder(registrations.activeOf(accounts.currentAccount().id()));
    }

    private MyRegistration toMine(EventRegistration registration) {
        return asSeenByHolder(List.of(registration)).getFirst();
    }

    /**
     * One holder's registrations as they see them: their invoices, waiting positions and attendance read for all
     * of them at once (three queries at most, whatever their number).
     */
    private List<MyRegistration> asSeenByHolder(List<EventRegistration> held) {
        if (held.isEmpty()) {
            return List.of();
        }
        var invoices = payments.invoicesFor(PaymentPurpose.EVENT_REGISTRATION, held.stream()
                .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED
                        && registration.fee().signum() > 0)
                .map(EventRegistration::invoiceSubject).toList());
        var queues = waitingQueues(held.stream()
                .filter(registration -> registration.status() == RegistrationStatus.WAITLISTED)
                .map(EventRegistration::eventId).collect(Collectors.toSet()));
        var attended = attendance.findEventIdsAttended(held.getFirst().accountId());
        return held.stream().map(registration -> {
            var invoice = invoices.get(registration.invoiceSubject());
            return new MyRegistration(registration.id(), registration.eventId(), registration.status(),
                    registration.fee(), positionIn(queues, registration), invoice == null ? null : invoice.reference(),
                    attended.contains(registration.eventId()));
        }).toList();
    }

    private int waitingPosition(EventRegistration registration) {
        return positionIn(waitingQueues(Set.of(registration.eventId())), registration);
    }

    /** 1 for the first on its event's waiting list, 0 when not waiting. */
    private static int positionIn(Map<Long, List<Long>> queues, EventRegistration registration) {
        return registration.status() != RegistrationStatus.WAITLISTED ? 0
                : queues.getOrDefault(registration.eventId(), List.of()).indexOf(registration.id()) + 1;
    }

    /** The waiting lists of these events (registration ids, first to move up first), in one query. */
    private Map<Long, List<Long>> waitingQueues(Set<Long> eventIds) {
        return eventIds.isEmpty() ? Map.of() : registrations
                .findByEventIdInAndStatusOrderByRegisteredAtAscIdAsc(eventIds, RegistrationStatus.WAITLISTED)
                .stream().collect(Collectors.groupingBy(EventRegistration::eventId,
                        Collectors.mapping(EventRegistration::id, Collectors.toList())));
    }

    private InstituteEvent lock(long eventId) {
        return events.lockById(eventId).orElseThrow(() -> EventNotFoundException.event(eventId));
    }
}
