package org.guildhall.events;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.guildhall.cpd.CpdCategory;
import org.jspecify.annotations.Nullable;

/**
 * What a registrar writes when publishing or editing an event. Times are the local wall-clock times at the
 * event, in its time zone, as printed on the programme.
 *
 * @param educationalHours the CPD hours it carries: educational time only, without registration, meals and
 *                         breaks (seed 001)
 * @param cancellationCutoffHours how long before the start registrants may still cancel; null takes the
 *                                institute's default
 */
public record EventDetails(EventKind kind, String title, String description, LocalDateTime startsAt,
        LocalDateTime endsAt, ZoneId zone, @Nullable String venue, @Nullable String onlineLink, int capacity,
        BigDecimal memberFee, BigDecimal nonMemberFee, CpdCategory cpdCategory, BigDecimal educationalHours,
        int membershipPoints, @Nullable Integer cancellationCutoffHours, Set<Long> presenterAccountIds) {

    public static final int MAX_TITLE = 160;
    public static final int MAX_DESCRIPTION = 4000;
    public static final int MAX_VENUE = 300;
    public static final int MAX_LINK = 500;
    public static final int MAX_CAPACITY = 5000;
    public static final BigDecimal MAX_HOURS = new BigDecimal("100");

    public EventDetails {
        title = title.strip();
        description = description.strip();
        venue = blankToNull(venue);
        onlineLink = blankToNull(onlineLink);
        presenterAccountIds = Set.copyOf(presenterAccountIds);
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            throw new EventRefusedException("Give the event a title of 1 to " + MAX_TITLE + " characters.");
        }
        if (description.isEmpty() || description.length() > MAX_DESCRIPTION) {
            throw new EventRefusedException("Describe the event in 1 to " + MAX_DESCRIPTION + " characters.");
        }
        if (!endsAt.isAfter(startsAt)) {
            throw new EventRefusedException("The event must end after it starts.");
        }
        if (venue == null && onlineLink == null) {
            throw new EventRefusedException("Give a place, an online link, or both.");
        }
        if (venue != null && venue.length() > MAX_VENUE) {
            throw new EventRefusedException("The place has at most " + MAX_VENUE + " characters.");
        }
        if (onlineLink != null && !isWebAddress(onlineLink)) {
            throw new EventRefusedException("The online link must be a web address starting with https://.");
        }
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new EventRefusedException("Capacity is 1 to " + MAX_CAPACITY + " places.");
        }
        if (memberFee.signum() < 0 || nonMemberFee.signum() < 0 || memberFee.scale() > 2
                || nonMemberFee.scale() > 2) {
            throw new EventRefusedException("Fees are amounts of zero or more, in pounds and pence.");
        }
        if (educationalHours.signum() < 0 || educationalHours.compareTo(MAX_HOURS) > 0
                || educationalHours.scale() > 2) {
            throw new EventRefusedException("Educational hours are 0 to " + MAX_HOURS + ".");
        }
        if (membershipPoints < 0) {
            throw new EventRefusedException("Membership points are zero or more.");
        }
        if (cancellationCutoffHours != null && cancellationCutoffHours < 0) {
            throw new EventRefusedException("The cancellation cutoff is zero or more hours before the start.");
        }
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean isWebAddress(String link) {
        if (link.length() > MAX_LINK) {
            return false;
        }
        try {
            var uri = URI.create(link);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }
}
