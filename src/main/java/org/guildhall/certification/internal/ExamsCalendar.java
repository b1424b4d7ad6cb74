package org.guildhall.certification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.guildhall.calendar.CalendarContributor;
import org.guildhall.calendar.CalendarEntry;
import org.guildhall.calendar.CalendarEntryStatus;
import org.guildhall.certification.BookingSummary;
import org.guildhall.certification.domain.ExamBooking;
import org.guildhall.certification.domain.ExamBookingRepository;
import org.guildhall.certification.domain.ExamEnrolment;
import org.guildhall.certification.domain.ExamEnrolmentRepository;
import org.guildhall.certification.domain.ExamSitting;
import org.guildhall.certification.domain.ExamSittingRepository;
import org.guildhall.shared.Text;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Candidates' seats at exam sittings in their calendars. A sitting's times are the institute's local times, so the
 * entry is in the portal's time zone (the injected clock's, which decides whether a sitting has begun).
 */
@Component
@Transactional(readOnly = true)
class ExamsCalendar implements CalendarContributor {

    private final ExamBookingRepository bookings;
    private final ExamEnrolmentRepository enrolments;
    private final ExamSittingRepository sittings;
    private final Clock clock;

    ExamsCalendar(ExamBookingRepository bookings, ExamEnrolmentRepository enrolments, ExamSittingRepository sittings,
            Clock clock) {
        this.bookings = bookings;
        this.enrolments = enrolments;
        this.sittings = sittings;
        this.clock = clock;
    }

    @Override
    public String kind() {
        return BookingSummary.CALENDAR_KIND;
    }

    @Override
    public Optional<CalendarEntry> entryOf(long bookingId, long accountId) {
        return bookings.findById(bookingId).flatMap(booking -> enrolments.findById(booking.enrolmentId())
                .filter(enrolment -> enrolment.candidateAccountId() == accountId)
                .flatMap(enrolment -> sittings.findById(booking.sittingId())
                        .map(sitting -> entry(booking, enrolment, sitting))));
    }

    /** Seats at sittings that have not ended. */
    @Override
    public List<CalendarEntry> upcomingFor(long accountId, Instant now) {
        Map<Long, ExamEnrolment> mine = enrolments.findByCandidateAccountIdOrderByEnrolledAtDesc(accountId).stream()
                .collect(Collectors.toMap(ExamEnrolment::id, Function.identity()));
        var booked = bookings.findByEnrolmentIdInOrderByBookedAtDesc(mine.keySet());
        LocalDateTime localNow = LocalDateTime.ofInstant(now, clock.getZone());
        Map<Long, ExamSitting> upcoming = sittings.findAllById(booked.stream().map(ExamBooking::sittingId).toList())
                .stream().filter(sitting -> sitting.endsAt().isAfter(localNow))
                .collect(Collectors.toMap(ExamSitting::id, Function.identity()));
        return booked.stream().filter(booking -> upcoming.containsKey(booking.sittingId()))
                .map(booking -> entry(booking, mine.get(booking.enrolmentId()), upcoming.get(booking.sittingId())))
                .toList();
    }

    /**
     * A seat is never given back, so the entry stays confirmed; its revision is the booking's (a sitting's own
     * version moves with every seat taken, which is no change for this candidate).
     */
    private CalendarEntry entry(ExamBooking booking, ExamEnrolment enrolment, ExamSitting sitting) {
        var zone = clock.getZone();
        return new CalendarEntry(BookingSummary.CALENDAR_KIND, booking.id(), Text.of("certification.calendar.summary",
                enrolment.designationCode()), Text.of("certification.calendar.description",
                enrolment.designationCode()), sitting.startsAt().atZone(zone), sitting.endsAt().atZone(zone),
                sitting.place(), "certification/exams", CalendarEntryStatus.CONFIRMED, booking.version());
    }
}
