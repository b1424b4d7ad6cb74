package org.guildhall.events;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.guildhall.cpd.AutomaticCreditOutcome;
import org.guildhall.cpd.AutomaticCredits;
import org.guildhall.cpd.CpdService;
import org.guildhall.events.AttendanceImportReport.Outcome;
import org.guildhall.events.domain.AttendanceCredit;
import org.guildhall.events.domain.CurrentEventSettings;
import org.guildhall.events.domain.EventAttendance;
import org.guildhall.events.domain.EventAttendanceRepository;
import org.guildhall.events.domain.EventRegistration;
import org.guildhall.events.domain.EventRegistrationRepository;
import org.guildhall.events.domain.InstituteEvent;
import org.guildhall.events.domain.InstituteEventRepository;
import org.guildhall.events.domain.PointsEntry;
import org.guildhall.events.domain.PointsEntryRepository;
import org.guildhall.events.domain.RegistrantRows;
import org.guildhall.events.internal.AttendanceCertificate;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipRecord;
import org.guildhall.membership.MembershipService;
import org.guildhall.membership.PeopleSheets;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Attendance at events, as registrars record it (one by one or from an attendance sheet), and what it earns: the
 * event's membership points and an approved CPD activity ({@link AttendanceCredit}), in the same transaction, so
 * none stands without the others. Taking attendance back takes both back. Attendees download their
 * attendance certificate.
 */
@Service
@Transactional(readOnly = true)
public class AttendanceService {

    private final InstituteEventRepository events;
    private final EventRegistrationRepository registrations;
    private final EventAttendanceRepository attendance;
    private final RegistrantRows registrantRows;
    private final PointsEntryRepository points;
    private final CurrentEventSettings settings;
    private final AccountService accounts;
    private final MembershipService memberships;
    private final PeopleSheets peopleSheets;
    private final AttendanceCertificate certificates;
    private final CpdService cpd;
    private final AutomaticCredits credits;
    private final Clock clock;

    AttendanceService(InstituteEventRepository events, EventRegistrationRepository registrations,
            EventAttendanceRepository attendance, RegistrantRows registrantRows, PointsEntryRepository points,
            CurrentEventSettings settings, AccountService accounts, MembershipService memberships, PeopleSheets peopleSheets, AttendanceCertificate certificates,
            CpdService cpd, AutomaticCredits credits, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.attendance = attendance;
        this.registrantRows = registrantRows;
        this.points = points;
        this.settings = settings;
        this.accounts = accounts;
        this.memberships = memberships;
        this.peopleSheets = peopleSheets;
        this.certificates = certificates;
        this.cpd = cpd;
        this.credits = credits;
        this.clock = clock;
    }

    /**
     * Everyone whose attendance can be recorded: people with a confirmed place (or waiting), and the listed
     * presenters, in four queries however many; without a transaction of its own, as a list needs no snapshot
     * (docs/decisions/constant-statement-lists.md).
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
    public List<Registrant> registrants(long eventId) {
        var presenters = registrantRows.presenters(eventId);
        var presenterIds = presenters.stream().map(Registrant::accountId).collect(Collectors.toSet());
        var attended = Set.copyOf(registrantRows.attended(eventId));
        var result = new ArrayList<Registrant>();
        registrantRows.registered(eventId).forEach(registrant -> result.add(new Registrant(
                registrant.accountId(), registrant.fullName(), registrant.email(), registrant.memberNumber(),
                registrant.status(), registrant.registeredAt(), presenterIds.contains(registrant.accountId()),
                attended.contains(registrant.accountId()))));
        var listed = result.stream().map(Registrant::accountId).collect(Collectors.toSet());
        presenters.stream().filter(presenter -> !listed.contains(presenter.accountId()))
                .forEach(presenter -> result.add(new Registrant(presenter.accountId(), presenter.fullName(),
                        presenter.email(), presenter.memberNumber(), null, null, true,
                        attended.contains(presenter.accountId()))));
        return result;
    }

    /**
     * Records that the person attended; doing it again changes nothing. Returns why no CPD credit was recorded
     * (say, they hold no certification whose cycle the event falls in), or null when it was, or there was none
     * to give: attendance and points stand either way.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public @Nullable String markAttended(long eventId, long accountId) {
        var event = lockStarted(eventId);
        if (attendance.existsByEventIdAndAccountId(eventId, accountId)) {
            return null;
        }
        if (!mayAttend(event, accountId)) {
            throw new EventRefusedException("events.refused.may-not-attend");
        }
        return record(event, accountId);
    }

    /** Takes back attendance recorded by mistake, with the points and CPD credit it earned. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public void removeAttendance(long eventId, long accountId) {
        lockStarted(eventId);
        var record = attendance.findByEventIdAndAccountId(eventId, accountId)
                .orElseThrow(() -> new EventRefusedException("events.refused.not-attending"));
        attendance.delete(record);
        String sourceKey = EventAttendance.sourceKey(eventId, accountId);
        points.findBySourceKey(sourceKey).ifPresent(points::delete);
        credits.withdraw(sourceKey);
    }

    /** What an attendance sheet would record, line by line, without recording anything. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public AttendanceImportReport previewImport(long eventId, byte[] sheet) {
        var event = load(eventId);
        event.requireStarted(clock.instant());
        return new AttendanceImportReport(false, evaluate(event, sheet).rows(), 0);
    }

    /**
     * Records attendance for every matched line of the sheet, together: a failure part-way records none of them.
     * Lines that match nobody are reported and change nothing.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional(isolation = Isolation.READ_COMMITTED)
    public AttendanceImportReport importAttendance(long eventId, byte[] sheet) {
        var event = lockStarted(eventId);
        var evaluation = evaluate(event, sheet);
        int withoutCpdCredit = 0;
        for (long accountId : evaluation.matched()) {
            if (record(event, accountId) != null) {
                withoutCpdCredit++;
            }
        }
        return new AttendanceImportReport(true, evaluation.rows(), withoutCpdCredit);
    }

    /** The events the signed-in person attended, latest first, each with its certificate. */
    @PreAuthorize("isAuthenticated()")
    public List<AttendedEvent> myAttendance() {
        long me = accounts.currentAccount().id();
        return attendance.findByAccountId(me).stream()
                .map(record -> load(record.eventId()).attended(record.asPresenter()))
                .sorted(Comparator.comparing(AttendedEvent::startsAt).reversed()).toList();
    }

    /** The signed-in person's certificate of attendance, written in {@code language}. */
    @PreAuthorize("isAuthenticated()")
    public byte[] myCertificate(long eventId, Locale language) {
        return certificate(eventId, accounts.currentAccount().id(), language);
    }

    /** Anyone's certificate, for the registrar; others are told it does not exist. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public byte[] certificateOf(long eventId, long accountId, Locale language) {
        return certificate(eventId, accountId, language);
    }

    private byte[] certificate(long eventId, long accountId, Locale language) {
        var record = attendance.findByEventIdAndAccountId(eventId, accountId)
                .orElseThrow(() -> new EventNotFoundException("events.not-found.certificate"));
        var event = load(eventId);
        var person = accounts.summaryOf(accountId);
        return certificates.render(event.toSummary(0, 0, settings.current().defaultCancellationCutoffHours(),
                List.of(), false), person.fullName(), memberships.membershipOf(accountId)
                .map(MembershipRecord::memberNumber).orElse(null), record.asPresenter(), language);
    }

    /** Attendance, its points and its CPD credit, together; returns why CPD refused the credit, if it did. */
    private @Nullable String record(InstituteEvent event, long accountId) {
        boolean presenter = event.isPresenter(accountId);
        attendance.save(new EventAttendance(event.id(), accountId, presenter, clock.instant(),
                accounts.currentAccount().email()));
        String sourceKey = EventAttendance.sourceKey(event.id(), accountId);
        LocalDate heldOn = event.startsAt().atZone(event.zone()).toLocalDate();
        if (event.membershipPoints() > 0 && !points.existsBySourceKey(sourceKey)) {
            points.save(new PointsEntry(accountId, sourceKey, event.membershipPoints(),
                    event.kind().label() + ": " + event.title() + (presenter ? " (presenter)" : ""), heldOn,
                    clock.instant()));
        }
        return AttendanceCredit.of(event, accountId, presenter, cpd.rulebook())
                .map(credits::record)
                .filter(outcome -> !outcome.isRecorded())
                .map(AutomaticCreditOutcome::refusal)
                .orElse(null);
    }

    private boolean mayAttend(InstituteEvent event, long accountId) {
        return event.isPresenter(accountId) || registrations.findByEventIdAndAccountId(event.id(), accountId)
                .map(EventRegistration::status).filter(status -> status == RegistrationStatus.CONFIRMED).isPresent();
    }

    private record Evaluation(List<AttendanceImportReport.Row> rows, List<Long> matched) {
    }

    private Evaluation evaluate(InstituteEvent event, byte[] sheet) {
        var rows = new ArrayList<AttendanceImportReport.Row>();
        var matched = new ArrayList<Long>();
        for (var entry : peopleSheets.read(sheet, settings.current().attendanceImportMaxRows())) {
            var person = entry.person();
            Outcome outcome = switch (entry.match()) {
                case UNREADABLE -> Outcome.UNREADABLE;
                case UNKNOWN_PERSON -> Outcome.UNKNOWN_PERSON;
                case DUPLICATE -> Outcome.DUPLICATE;
                case FOUND -> attendance.existsByEventIdAndAccountId(event.id(), person.id())
                        ? Outcome.ALREADY_RECORDED
                        : mayAttend(event, person.id()) ? Outcome.MATCHED : Outcome.NOT_REGISTERED;
            };
            if (outcome == Outcome.MATCHED) {
                matched.add(person.id());
            }
            rows.add(new AttendanceImportReport.Row(entry.lineNumber(), entry.value(), outcome,
                    person == null ? null : person.fullName()));
        }
        return new Evaluation(rows, matched);
    }

    private InstituteEvent load(long eventId) {
        return events.findById(eventId).orElseThrow(() -> EventNotFoundException.event(eventId));
    }

    private InstituteEvent lockStarted(long eventId) {
        var event = events.lockById(eventId).orElseThrow(() -> EventNotFoundException.event(eventId));
        event.requireStarted(clock.instant());
        return event;
    }
}
