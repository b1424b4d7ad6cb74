package org.guildhall.calendar.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import net.fortuna.ical4j.data.CalendarOutputter;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtEnd;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.DtStart;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.Sequence;
import net.fortuna.ical4j.model.property.Summary;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.guildhall.calendar.CalendarEntry;
import org.guildhall.platform.PortalAddress;
import org.guildhall.platform.Translations;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Writes calendar entries as one iCalendar object (RFC 5545) with ical4j: a VEVENT per entry, its times in the
 * zone where it takes place with that zone's VTIMEZONE (from ical4j's bundled definitions, never fetched), a UID
 * that stays the same for the booking's life, its STATUS and SEQUENCE. Texts are written in the reader's language.
 */
@Component
public class CalendarWriter {

    private static final String PRODUCT = "-//Guildhall//Member portal//EN";

    private final TimeZoneRegistry zones = TimeZoneRegistryFactory.getInstance().createRegistry();
    private final Translations translations;
    private final PortalAddress portal;

    CalendarWriter(Translations translations, PortalAddress portal) {
        this.translations = translations;
        this.portal = portal;
    }

    /**
     * The entries as an {@code .ics} file's bytes (UTF-8).
     *
     * @param name the calendar's name for a feed (X-WR-CALNAME, which calendar applications show); null for a file
     * @param now the moment written as each event's DTSTAMP
     */
    public byte[] write(List<CalendarEntry> entries, Locale locale, @Nullable String name, Instant now) {
        var calendar = new Calendar()
                .add(new ProdId(PRODUCT))
                .add(ImmutableVersion.VERSION_2_0)
                .<Calendar>add(ImmutableCalScale.GREGORIAN);
        if (name != null) {
            calendar.add(new XProperty("X-WR-CALNAME", name));
        }
        Map<String, VTimeZone> definitions = new LinkedHashMap<>();
        for (CalendarEntry entry : entries) {
            var event = new VEvent(false)
                    .add(new DtStamp(now))
                    .add(new Uid(uid(entry)))
                    .add(new Sequence((int) Math.min(entry.sequence(), Integer.MAX_VALUE)))
                    .add(status(entry))
                    .add(new Summary(translations.text(locale, entry.summary())))
                    .add(new DtStart<>(time(entry.start(), definitions)))
                    .<VEvent>add(new DtEnd<>(time(entry.end(), definitions)));
            if (entry.description() != null) {
                event.add(new Description(translations.text(locale, entry.description())));
            }
            if (entry.location() != null) {
                event.add(new Location(entry.location()));
            }
            if (entry.link() != null) {
                event.add(new Url(URI.create(portal.link(entry.link()))));
            }
            calendar.add(event);
        }
        definitions.values().forEach(calendar::add);
        var out = new ByteArrayOutputStream();
        try {
            new CalendarOutputter(false).output(calendar, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The same for a booking whatever its status or revision, and unique to the portal. */
    private String uid(CalendarEntry entry) {
        return entry.kind() + "-" + entry.bookingId() + "@" + URI.create(portal.baseUrl()).getHost();
    }

    private static ImmutableStatus status(CalendarEntry entry) {
        return switch (entry.status()) {
            case CONFIRMED -> (ImmutableStatus) ImmutableStatus.VEVENT_CONFIRMED;
            case TENTATIVE -> (ImmutableStatus) ImmutableStatus.VEVENT_TENTATIVE;
            case CANCELLED -> (ImmutableStatus) ImmutableStatus.VEVENT_CANCELLED;
        };
    }

    /**
     * The time with its zone's TZID, the VTIMEZONE added once; in UTC where the zone is a bare offset or one
     * ical4j has no definition of, which every calendar reads the same.
     */
    private Temporal time(ZonedDateTime at, Map<String, VTimeZone> definitions) {
        ZoneId zone = at.getZone();
        var timeZone = zone instanceof ZoneOffset ? null : zones.getTimeZone(zone.getId());
        if (timeZone == null) {
            return at.toInstant();
        }
        definitions.putIfAbsent(zone.getId(), timeZone.getVTimeZone());
        return at;
    }
}
