package org.guildhall.events.internal;

import java.time.LocalDate;
import java.util.List;

import org.guildhall.cpd.CpdOpportunities;
import org.guildhall.cpd.CpdOpportunity;
import org.guildhall.cpd.CpdService;
import org.guildhall.events.EventService;
import org.guildhall.events.domain.AttendanceCredit;
import org.springframework.stereotype.Component;

/**
 * The institute's coming events that carry educational hours, offered to "Close your gap" on My CPD: each as the
 * credit attending it would record ({@link AttendanceCredit}: its category, the kind its event kind is, its hours).
 */
@Component
class EventsAsCpdOpportunities implements CpdOpportunities {

    private final EventService events;
    private final CpdService cpd;

    EventsAsCpdOpportunities(EventService events, CpdService cpd) {
        this.events = events;
        this.cpd = cpd;
    }

    @Override
    public List<CpdOpportunity> until(LocalDate lastDay) {
        var rulebook = cpd.rulebook();
        return events.comingUntil(lastDay).stream()
                .filter(event -> event.cpdHours().signum() > 0)
                .map(event -> new CpdOpportunity(event.title(), event.startsAt().atZone(event.zone()).toLocalDate(),
                        event.cpdCategory(), AttendanceCredit.activityType(event.cpdCategory(),
                                event.kind().cpdActivityType(), rulebook),
                        event.cpdHours(), "event/" + event.eventId()))
                .toList();
    }
}
