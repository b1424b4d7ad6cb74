package org.guildhall.events.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guildhall.calendar.CalendarContributor;
import org.guildhall.calendar.CalendarEntry;
import org.guildhall.events.EventStatus;
import org.guildhall.events.MyRegistration;
import org.guildhall.events.domain.EventRegistration;
import org.guildhall.events.domain.EventRegistrationRepository;
import org.guildhall.events.domain.InstituteEvent;
import org.guildhall.events.domain.InstituteEventRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Event registrations in their holders' calendars: one entry per registration, the event's own time zone. */
@Component
@Transactional(readOnly = true)
class EventsCalendar implements CalendarContributor {

    private final EventRegistrationRepository registrations;
    private final InstituteEventRepository events;

    EventsCalendar(EventRegistrationRepository registrations, InstituteEventRepository events) {
        this.registrations = registrations;
        this.events = events;
    }

    @Override
    public String kind() {
        return MyRegistration.CALENDAR_KIND;
    }

    @Override
    public Optional<CalendarEntry> entryOf(long registrationId, long accountId) {
        return registrations.findById(registrationId)
                .filter(registration -> registration.accountId() == accountId)
                .flatMap(registration -> events.findById(registration.eventId())
                        .map(event -> event.calendarEntry(registration)));
    }

    /** Places and waiting-list places at published events that have not ended. */
    @Override
    public List<CalendarEntry> upcomingFor(long accountId, Instant now) {
        var active = registrations.findActiveOf(accountId);
        var byId = events.findAllById(active.stream().map(EventRegistration::eventId).toList()).stream()
                .filter(event -> event.status() == EventStatus.PUBLISHED && event.endsAt().isAfter(now))
                .collect(Collectors.toMap(InstituteEvent::id, Function.identity()));
        return active.stream().filter(registration -> byId.containsKey(registration.eventId()))
                .map(registration -> byId.get(registration.eventId()).calendarEntry(registration))
                .toList();
    }
}
