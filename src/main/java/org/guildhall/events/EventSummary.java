package org.guildhall.events;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Collectors;

import org.guildhall.cpd.CpdCategory;
import org.jspecify.annotations.Nullable;

/**
 * An event as people browsing and registrars see it, with its places taken and waiting list.
 *
 * @param online whether the event is held online (too)
 * @param onlineLink where to join it, only for the registrars and those holding a place (null for everyone else,
 *         so no view can show it by mistake)
 * @param cancellationCutoff the last moment registrants may cancel their place
 */
public record EventSummary(long id, long version, EventKind kind, String title, String description,
        Instant startsAt, Instant endsAt, ZoneId zone, @Nullable String venue, boolean online,
        @Nullable String onlineLink, int capacity, int placesTaken, int waitingCount, BigDecimal memberFee,
        BigDecimal nonMemberFee,
        CpdCategory cpdCategory, BigDecimal educationalHours, int membershipPoints,
        @Nullable Integer cancellationCutoffHours, Instant cancellationCutoff, EventStatus status,
        List<Presenter> presenters) {

    public record Presenter(long accountId, String fullName) {
    }

    /**
     * This event with its places counted now; the online link is kept only when {@code showOnlineLink} (a
     * registrar, or a reader holding a place).
     */
    public EventSummary withPlaces(int placesTaken, int waitingCount, boolean showOnlineLink) {
        return new EventSummary(id, version, kind, title, description, startsAt, endsAt, zone, venue, online,
                showOnlineLink ? onlineLink : null, capacity, placesTaken, waitingCount, memberFee, nonMemberFee,
                cpdCategory, educationalHours, membershipPoints, cancellationCutoffHours, cancellationCutoff, status,
                presenters);
    }

    public int placesLeft() {
        return Math.max(0, capacity - placesTaken);
    }

    public boolean isFull() {
        return placesLeft() == 0;
    }

    public boolean isCancelled() {
        return status == EventStatus.CANCELLED;
    }

    public ZonedDateTime localStart() {
        return startsAt.atZone(zone);
    }

    public ZonedDateTime localEnd() {
        return endsAt.atZone(zone);
    }

    /** The details as the registrar wrote them, to edit (only registrars, who are given the online link, do). */
    public EventDetails details() {
        return new EventDetails(kind, title, description, localStart().toLocalDateTime(),
                localEnd().toLocalDateTime(), zone, venue, onlineLink, capacity, memberFee, nonMemberFee,
                cpdCategory, educationalHours, membershipPoints, cancellationCutoffHours,
                presenters.stream().map(Presenter::accountId).collect(Collectors.toSet()));
    }
}
