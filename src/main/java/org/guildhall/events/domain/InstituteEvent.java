package org.guildhall.events.domain;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.calendar.CalendarEntry;
import org.guildhall.calendar.CalendarEntryStatus;
import org.guildhall.events.AttendedEvent;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.events.EventDetails;
import org.guildhall.events.EventKind;
import org.guildhall.events.EventRefusedException;
import org.guildhall.events.EventStatus;
import org.guildhall.events.EventSummary;
import org.guildhall.events.MyRegistration;
import org.guildhall.events.RegistrationStatus;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * An event the institute publishes. Its row is the lock that serialises registrations, so the last place goes
 * to exactly one person.
 */
@Entity
@Table(name = "institute_event")
public class InstituteEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private EventKind kind;

    private String title;

    private String description;

    private Instant startsAt;

    private Instant endsAt;

    @Convert(converter = ZoneIdConverter.class)
    private ZoneId timeZone;

    private @Nullable String venue;

    private @Nullable String onlineLink;

    private int capacity;

    private BigDecimal memberFee;

    private BigDecimal nonMemberFee;

    @Enumerated(EnumType.STRING)
    private CpdCategory cpdCategory;

    private BigDecimal educationalHours;

    private int membershipPoints;

    private @Nullable Integer cancellationCutoffHours;

    @Enumerated(EnumType.STRING)
    private EventStatus status;

    private Instant publishedAt;

    private @Nullable Instant cancelledAt;

    @ElementCollection
    @CollectionTable(name = "event_presenter", joinColumns = @JoinColumn(name = "event_id"))
    @Column(name = "account_id")
    private Set<Long> presenterAccountIds = new HashSet<>();

    protected InstituteEvent() {
    }

    public InstituteEvent(EventDetails details, Instant publishedAt) {
        this.status = EventStatus.PUBLISHED;
        this.publishedAt = publishedAt;
        apply(details);
    }

    /**
     * Rewrites the event. The capacity cannot drop below the places already given: those people keep them.
     */
    public void edit(EventDetails details, int placesTaken) {
        requirePublished();
        if (details.capacity() < placesTaken) {
            throw new EventRefusedException(Text.of("events.refused.capacity-below-taken", placesTaken));
        }
        apply(details);
    }

    public void cancel(Instant at) {
        requirePublished();
        status = EventStatus.CANCELLED;
        cancelledAt = at;
    }

    private void apply(EventDetails details) {
        kind = details.kind();
        title = details.title();
        description = details.description();
        timeZone = details.zone();
        startsAt = details.startsAt().atZone(timeZone).toInstant();
        endsAt = details.endsAt().atZone(timeZone).toInstant();
        venue = details.venue();
        onlineLink = details.onlineLink();
        capacity = details.capacity();
        memberFee = details.memberFee();
        nonMemberFee = details.nonMemberFee();
        cpdCategory = details.cpdCategory();
        educationalHours = details.educationalHours();
        membershipPoints = details.membershipPoints();
        cancellationCutoffHours = details.cancellationCutoffHours();
        presenterAccountIds.clear();
        presenterAccountIds.addAll(details.presenterAccountIds());
    }

    public void requirePublished() {
        if (status == EventStatus.CANCELLED) {
            throw new EventRefusedException(Text.of("events.refused.cancelled", title));
        }
    }

    /** Registration is open from publication until the event starts. */
    public void requireOpenForRegistration(Instant now) {
        requirePublished();
        if (!now.isBefore(startsAt)) {
            throw new EventRefusedException(Text.of("events.refused.started", title));
        }
    }

    /** Attendance is recorded once the event has begun. */
    public void requireStarted(Instant now) {
        requirePublished();
        if (now.isBefore(startsAt)) {
            throw new EventRefusedException("events.refused.not-started");
        }
    }

    public boolean hasRoomBeyond(long placesTaken) {
        return placesTaken < capacity;
    }

    /** The last moment a registrant may cancel: the event's own cutoff, or the institute's default. */
    public Instant cancellationCutoff(int defaultCutoffHours) {
        int hours = cancellationCutoffHours != null ? cancellationCutoffHours : defaultCutoffHours;
        return startsAt.minus(Duration.ofHours(hours));
    }

    public BigDecimal feeFor(boolean member) {
        return member ? memberFee : nonMemberFee;
    }

    public boolean isPresenter(long accountId) {
        return presenterAccountIds.contains(accountId);
    }

    /** @param withOnlineLink whether the reader may join online (a registrar, or someone holding a place) */
    public EventSummary toSummary(int placesTaken, int waitingCount, int defaultCutoffHours,
            List<EventSummary.Presenter> presenters, boolean withOnlineLink) {
        return new EventSummary(id, version, kind, title, description, startsAt, endsAt, timeZone, venue,
                onlineLink != null, withOnlineLink ? onlineLink : null, capacity, placesTaken, waitingCount, memberFee,
                nonMemberFee, cpdCategory, educationalHours,
                membershipPoints, cancellationCutoffHours, cancellationCutoff(defaultCutoffHours), status,
                presenters);
    }

    /** What attending earned: presenters are credited Instruction hours (seed 001), attendees the event's category. */
    public AttendedEvent attended(boolean asPresenter) {
        return new AttendedEvent(id, kind, title, startsAt, timeZone, asPresenter, educationalHours,
                asPresenter ? CpdCategory.INSTRUCTION : cpdCategory, membershipPoints);
    }

    public Long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public String title() {
        return title;
    }

    public EventKind kind() {
        return kind;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public ZoneId zone() {
        return timeZone;
    }

    public CpdCategory cpdCategory() {
        return cpdCategory;
    }

    public BigDecimal educationalHours() {
        return educationalHours;
    }

    public int membershipPoints() {
        return membershipPoints;
    }

    public EventStatus status() {
        return status;
    }

    /**
     * One person's registration as a calendar entry: tentative while waiting, cancelled when either the
     * registration or the event is; the online link only for a confirmed place (as on the event's page). The
     * revision adds the two rows' versions, so it grows with every change to either.
     */
    public CalendarEntry calendarEntry(EventRegistration registration) {
        boolean cancelled = status == EventStatus.CANCELLED || registration.status() == RegistrationStatus.CANCELLED;
        var entryStatus = cancelled ? CalendarEntryStatus.CANCELLED
                : registration.status() == RegistrationStatus.WAITLISTED ? CalendarEntryStatus.TENTATIVE
                : CalendarEntryStatus.CONFIRMED;
        String location = venue != null ? venue : entryStatus == CalendarEntryStatus.CONFIRMED ? onlineLink : null;
        return new CalendarEntry(MyRegistration.CALENDAR_KIND, registration.id(),
                Text.of("events.calendar.summary", title),
                Text.of("events.calendar.description." + entryStatus.name().toLowerCase(Locale.ROOT)),
                startsAt.atZone(timeZone), endsAt.atZone(timeZone), location, "event/" + id, entryStatus,
                version + registration.version());
    }

    public Set<Long> presenterAccountIds() {
        return Set.copyOf(presenterAccountIds);
    }
}
