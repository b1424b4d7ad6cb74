package org.guildhall.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.events.RegistrationEvents.RegisteredEventCancelled;
import org.guildhall.events.domain.CurrentEventSettings;
import org.guildhall.events.domain.EventRegistration;
import org.guildhall.events.domain.EventRegistrationRepository;
import org.guildhall.events.domain.InstituteEvent;
import org.guildhall.events.domain.InstituteEventRepository;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountNotFoundException;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.platform.ReferenceCache;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/** Publishing events (registrars) and browsing them (everyone signed in). */
@Service
@Transactional(readOnly = true)
public class EventService {

    /** Far enough ahead to hold every event anyone publishes, without an open-ended query. */
    private static final int BROWSE_YEARS_AHEAD = 5;

    private final InstituteEventRepository events;
    private final EventRegistrationRepository registrations;
    private final CurrentEventSettings settings;
    private final Places places;
    private final AccountService accounts;
    private final AccountDirectory directory;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final ReferenceCache.Single<Programme> programme;

    EventService(InstituteEventRepository events, EventRegistrationRepository registrations,
            CurrentEventSettings settings, Places places, AccountService accounts, AccountDirectory directory,
            ApplicationEventPublisher publisher, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.settings = settings;
        this.places = places;
        this.accounts = accounts;
        this.directory = directory;
        this.publisher = publisher;
        this.clock = clock;
        this.programme = ReferenceCache.single(clock, this::readProgramme);
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public EventSummary publish(EventDetails details) {
        requirePresentersAreMembers(details);
        var event = events.save(new InstituteEvent(details, clock.instant()));
        programme.forget();
        return summaries(List.of(event)).getFirst();
    }

    /**
     * Rewrites an event. {@code seenVersion} is the version the registrar edited, so two registrars editing at
     * once cannot silently overwrite each other. A larger capacity moves people up the waiting list.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public EventSummary edit(long eventId, long seenVersion, EventDetails details) {
        requirePresentersAreMembers(details);
        var event = events.lockById(eventId).orElseThrow(() -> EventNotFoundException.event(eventId));
        if (event.version() != seenVersion) {
            throw new EventRefusedException("events.refused.changed-meanwhile");
        }
        event.edit(details, Math.toIntExact(places.taken(eventId)));
        places.promoteWaiting(event);
        events.flush();
        programme.forget();
        return summaries(List.of(event)).getFirst();
    }

    /** Cancels an event and tells everyone who held or waited for a place. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public EventSummary cancel(long eventId) {
        var event = events.lockById(eventId).orElseThrow(() -> EventNotFoundException.event(eventId));
        event.cancel(clock.instant());
        programme.forget();
        registrations.activeAt(eventId).forEach(registration ->
                publisher.publishEvent(new RegisteredEventCancelled(eventId, registration.accountId(), event.title(),
                        event.startsAt(), event.zone())));
        return summaries(List.of(event)).getFirst();
    }

    /** Published events yet to start, soonest first. */
    @PreAuthorize("isAuthenticated()")
    public List<EventSummary> upcoming(EventFilter filter, Pageable page) {
        var programme = this.programme.get();
        var listed = programme.listed(filter, window(filter));
        var shown = page.isUnpaged() ? listed
                : listed.stream().skip(page.getOffset()).limit(page.getPageSize()).toList();
        return summaries(shown, programme.presenterNames());
    }

    @PreAuthorize("isAuthenticated()")
    public long countUpcoming(EventFilter filter) {
        return programme.get().listed(filter, window(filter)).size();
    }

    /**
     * The published events yet to start on or before {@code lastDay}, soonest first, as attending one would be
     * credited: for planning CPD, so without places or the reader's own registrations, from the programme in memory.
     */
    @PreAuthorize("isAuthenticated()")
    public List<AttendedEvent> comingUntil(LocalDate lastDay) {
        return programme.get().listed(EventFilter.ALL, window(EventFilter.ALL)).stream()
                .filter(event -> !event.startsAt().atZone(event.zone()).toLocalDate().isAfter(lastDay))
                .map(event -> event.attended(false)).toList();
    }

    /** Every event, past and future, newest first: the registrar's list. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<EventSummary> all(Pageable page) {
        return summaries(events.findAllNewestFirst(page));
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public long countAll() {
        return events.count();
    }

    @PreAuthorize("isAuthenticated()")
    public EventSummary event(long eventId) {
        return events.findWithPresentersById(eventId).map(found -> summaries(List.of(found)).getFirst())
                .orElseThrow(() -> EventNotFoundException.event(eventId));
    }

    /** How long before the start registrants may cancel, for events that do not set their own cutoff. */
    public int defaultCancellationCutoffHours() {
        return settings.current().defaultCancellationCutoffHours();
    }

    /**
     * Summaries with places and waiting counts for a page of events, counted in one query. The online link is
     * given only to registrars and to the signed-in person where they hold a place.
     */
    List<EventSummary> summaries(List<InstituteEvent> page) {
        return summaries(page, directory.namesOf(page.stream()
                .flatMap(event -> event.presenterAccountIds().stream()).toList()));
    }

    private List<EventSummary> summaries(List<InstituteEvent> page, Map<Long, String> presenterNames) {
        var counts = new HashMap<Long, Map<RegistrationStatus, Integer>>();
        var ids = page.stream().map(InstituteEvent::id).toList();
        if (!page.isEmpty()) {
            for (Object[] row : registrations.countActiveByEvent(ids)) {
                counts.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((RegistrationStatus) row[1], ((Long) row[2]).intValue());
            }
        }
        int defaultCutoff = settings.current().defaultCancellationCutoffHours();
        var reader = accounts.currentAccount();
        Set<Long> mayJoin = reader.has(Role.REGISTRAR) ? Set.copyOf(ids)
                : page.isEmpty() ? Set.of() : placesHeld(reader.id(), ids);
        var result = new ArrayList<EventSummary>(page.size());
        for (var event : page) {
            var count = counts.getOrDefault(event.id(), Map.of());
            result.add(event.toSummary(count.getOrDefault(RegistrationStatus.CONFIRMED, 0),
                    count.getOrDefault(RegistrationStatus.WAITLISTED, 0), defaultCutoff,
                    presenters(event.presenterAccountIds(), presenterNames), mayJoin.contains(event.id())));
        }
        return result;
    }

    /**
     * The published programme from now on with its presenters' names, read at most once a minute
     * ({@link ReferenceCache}): every member's home page, events page and CPD page list it. Places taken and what the
     * reader holds are read fresh on each page ({@link #summaries}). The events are detached, read only.
     */
    private Programme readProgramme() {
        var listed = events.findProgrammeFrom(clock.instant());
        return new Programme(listed, directory.namesOf(listed.stream()
                .flatMap(event -> event.presenterAccountIds().stream()).toList()));
    }

    private record Programme(List<InstituteEvent> events, Map<Long, String> presenterNames) {

        /** The events starting in [from, to) of the filter's kind; the window's start moves on with the clock. */
        List<InstituteEvent> listed(EventFilter filter, Instant[] window) {
            return events.stream()
                    .filter(event -> !event.startsAt().isBefore(window[0]) && event.startsAt().isBefore(window[1]))
                    .filter(event -> filter.kind() == null || event.kind() == filter.kind()).toList();
        }
    }

    /** Those of the events where the account holds a place (confirmed, not waiting). */
    private Set<Long> placesHeld(long accountId, List<Long> eventIds) {
        return registrations.activeOf(accountId).stream()
                .filter(registration -> registration.status() == RegistrationStatus.CONFIRMED)
                .map(EventRegistration::eventId).filter(eventIds::contains).collect(Collectors.toSet());
    }

    /** The event's presenters by name, from names read for the whole page at once. */
    private static List<EventSummary.Presenter> presenters(Collection<Long> accountIds, Map<Long, String> names) {
        return accountIds.stream().sorted().filter(names::containsKey)
                .map(id -> new EventSummary.Presenter(id, names.get(id))).toList();
    }

    private void requirePresentersAreMembers(EventDetails details) {
        for (long accountId : details.presenterAccountIds()) {
            try {
                if (!accounts.summaryOf(accountId).has(Role.MEMBER)) {
                    throw new EventRefusedException("events.refused.presenter-member");
                }
            } catch (AccountNotFoundException unknown) {
                throw new EventRefusedException("events.refused.presenter-gone");
            }
        }
    }

    /** [from, to): from now (or the month's start, if later) to the month's end (or years ahead). */
    private Instant[] window(EventFilter filter) {
        Instant now = clock.instant();
        if (filter.month() == null) {
            return new Instant[] {now, now.atZone(clock.getZone()).plusYears(BROWSE_YEARS_AHEAD).toInstant()};
        }
        Instant monthStart = filter.month().atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant monthEnd = filter.month().plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        return new Instant[] {monthStart.isAfter(now) ? monthStart : now, monthEnd};
    }
}
