package org.guildhall.events;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

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
        var listed = programme.get().listed(filter, window(filter)).stream().map(Listing::summary).toList();
        return withPlaces(page.isUnpaged() ? listed
                : listed.stream().skip(page.getOffset()).limit(page.getPageSize()).toList());
    }

    @PreAuthorize("isAuthenticated()")
    public long countUpcoming(EventFilter filter) {
        return programme.get().listed(filter, window(filter)).size();
    }

    /**
     * The next {@code count} published events yet to start, soonest first, by title and time only: for a glance
     * (the home page), from the programme in memory, so without the places taken that {@link #upcoming} counts.
     */
    @PreAuthorize("isAuthenticated()")
    public List<EventHeading> comingUp(int count) {
        return programme.get().listed(EventFilter.ALL, window(EventFilter.ALL)).stream().limit(count)
                .map(listing -> EventHeading.of(listing.summary())).toList();
    }

    /**
     * The published events yet to start on or before {@code lastDay}, soonest first, as attending one would be
     * credited: for planning CPD, so without places or the reader's own registrations, from the programme in memory.
     */
    @PreAuthorize("isAuthenticated()")
    public List<AttendedEvent> comingUntil(LocalDate lastDay) {
        return programme.get().listed(EventFilter.ALL, window(EventFilter.ALL)).stream()
                .filter(listing -> !listing.summary().localStart().toLocalDate().isAfter(lastDay))
                .map(Listing::attended).toList();
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

    /** Summaries of a page of events with their places, as {@link #withPlaces} counts them. */
    List<EventSummary> summaries(List<InstituteEvent> page) {
        return withPlaces(listings(page));
    }

    /**
     * The events as listed before their places are counted (with their online links, which {@link #withPlaces}
     * keeps only for those who may join), with the presenters' names read in one call.
     */
    private List<EventSummary> listings(List<InstituteEvent> events) {
        var presenterNames = directory.namesOf(events.stream()
                .flatMap(event -> event.presenterAccountIds().stream()).toList());
        int defaultCutoff = settings.current().defaultCancellationCutoffHours();
        return events.stream().map(event -> event.toSummary(0, 0, defaultCutoff,
                presenters(event.presenterAccountIds(), presenterNames), true)).toList();
    }

    /**
     * The listings with places and waiting counts, counted for the page in one query. The online link is given
     * only to registrars and to the signed-in person where they hold a place.
     */
    private List<EventSummary> withPlaces(List<EventSummary> page) {
        var counts = new HashMap<Long, Map<RegistrationStatus, Integer>>();
        var ids = page.stream().map(EventSummary::id).toList();
        if (!page.isEmpty()) {
            for (Object[] row : registrations.countActiveByEvent(ids)) {
                counts.computeIfAbsent((Long) row[0], id -> new HashMap<>())
                        .put((RegistrationStatus) row[1], ((Long) row[2]).intValue());
            }
        }
        var reader = accounts.currentAccount();
        Set<Long> mayJoin = reader.has(Role.REGISTRAR) ? Set.copyOf(ids)
                : page.isEmpty() ? Set.of() : placesHeld(reader.id(), ids);
        return page.stream().map(listing -> {
            var count = counts.getOrDefault(listing.id(), Map.of());
            return listing.withPlaces(count.getOrDefault(RegistrationStatus.CONFIRMED, 0),
                    count.getOrDefault(RegistrationStatus.WAITLISTED, 0), mayJoin.contains(listing.id()));
        }).toList();
    }

    /**
     * The published programme from now on, read at most once a minute ({@link ReferenceCache}): every member's
     * home page, events page and CPD page list it. It keeps immutable listings, not the entities, so no reader can
     * change what the next one sees; places taken and what the reader holds are read fresh on each page
     * ({@link #withPlaces}).
     */
    private Programme readProgramme() {
        var listed = events.findProgrammeFrom(clock.instant());
        var summaries = listings(listed);
        return new Programme(IntStream.range(0, listed.size())
                .mapToObj(i -> new Listing(summaries.get(i), listed.get(i).attended(false))).toList());
    }

    /** A published event as the programme lists it, and as attending it would be credited. */
    private record Listing(EventSummary summary, AttendedEvent attended) {
    }

    private record Programme(List<Listing> events) {

        /** The events starting in [from, to) of the filter's kind; the window's start moves on with the clock. */
        List<Listing> listed(EventFilter filter, Instant[] window) {
            return events.stream()
                    .filter(listing -> !listing.summary().startsAt().isBefore(window[0])
                            && listing.summary().startsAt().isBefore(window[1]))
                    .filter(listing -> filter.kind() == null || listing.summary().kind() == filter.kind()).toList();
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
