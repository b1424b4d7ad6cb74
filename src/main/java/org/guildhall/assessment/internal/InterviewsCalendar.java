package org.guildhall.assessment.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.guildhall.assessment.PanelDetail;
import org.guildhall.assessment.PanelStatus;
import org.guildhall.assessment.domain.Panel;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.calendar.CalendarContributor;
import org.guildhall.calendar.CalendarEntry;
import org.guildhall.calendar.CalendarEntryStatus;
import org.guildhall.shared.Text;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Panel interviews in the calendars of the candidate and of the assessors seated on the panel. The interview's
 * time is the institute's local time, so the entry is in the portal's time zone (the injected clock's).
 */
@Component
@Transactional(readOnly = true)
class InterviewsCalendar implements CalendarContributor {

    /** The chair records when an interview starts, not how long it takes; calendars block an hour for it. */
    static final Duration INTERVIEW_BLOCK = Duration.ofHours(1);

    private final PanelRepository panels;
    private final Clock clock;

    InterviewsCalendar(PanelRepository panels, Clock clock) {
        this.panels = panels;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return PanelDetail.INTERVIEW_CALENDAR_KIND;
    }

    @Override
    public Optional<CalendarEntry> entryOf(long panelId, long accountId) {
        return panels.findById(panelId)
                .filter(panel -> panel.interviewAt() != null && concerns(panel, accountId))
                .map(this::entry);
    }

    /** Interviews of undecided panels that have not ended, the account's own or on a panel where it sits. */
    @Override
    public List<CalendarEntry> upcomingFor(long accountId, Instant now) {
        LocalDateTime localNow = LocalDateTime.ofInstant(now, clock.getZone());
        return Stream.concat(panels.findByCandidateAccountId(accountId).stream(),
                        panels.seatedOn(accountId).stream())
                .filter(panel -> panel.status() == PanelStatus.INTERVIEW && panel.interviewAt() != null
                        && panel.interviewAt().plus(INTERVIEW_BLOCK).isAfter(localNow))
                .map(this::entry)
                .toList();
    }

    private static boolean concerns(Panel panel, long accountId) {
        return panel.candidateAccountId() == accountId || panel.activeSeatOf(accountId).isPresent();
    }

    /** A new time or place changes the panel's version, so the entry's revision grows with it. */
    private CalendarEntry entry(Panel panel) {
        var start = panel.interviewAt().atZone(clock.getZone());
        return new CalendarEntry(PanelDetail.INTERVIEW_CALENDAR_KIND, panel.id(), Text.of("assessment.calendar.summary", panel.designationCode()),
                Text.of("assessment.calendar.description", panel.designationCode()), start,
                start.plus(INTERVIEW_BLOCK), panel.interviewPlace(), null, CalendarEntryStatus.CONFIRMED,
                panel.version());
    }
}
