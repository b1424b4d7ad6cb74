package org.guildhall.events.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.guildhall.events.AttendanceService;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.events.EventDetails;
import org.guildhall.events.EventKind;
import org.guildhall.events.EventService;
import org.guildhall.events.RegistrationService;
import org.guildhall.events.domain.EventRegistration;
import org.guildhall.events.domain.EventRegistrationRepository;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.stereotype.Component;

/**
 * The institute's programme for the demo: upcoming events of every kind (one nearly full, one with a waiting
 * list) and a past seminar the demo member attended, with the points it earned. Demo profile only; runs once.
 */
@Component
@Profile("demo")
@Order(10)
class DemoEvents implements ApplicationRunner {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String REGISTRAR = "registrar@guildhall.example";
    private static final String MEMBER = "member@guildhall.example";

    private final EventService events;
    private final RegistrationService registrations;
    private final AttendanceService attendance;
    private final EventRegistrationRepository registrationRows;
    private final AccountService accounts;
    private final Clock clock;

    DemoEvents(EventService events, RegistrationService registrations, AttendanceService attendance,
            EventRegistrationRepository registrationRows, AccountService accounts, Clock clock) {
        this.events = events;
        this.registrations = registrations;
        this.attendance = attendance;
        this.registrationRows = registrationRows;
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        var previous = SecurityContextHolder.getContext();
        try {
            signInAs(REGISTRAR, Role.REGISTRAR);
            if (events.countAll() > 0 || accounts.findByEmail(MEMBER).isEmpty()) {
                return;
            }
            publishProgramme();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private void publishProgramme() {
        var presenter = accounts.findByEmail("assessor@guildhall.example").orElseThrow();
        var complaints = events.publish(details(EventKind.SEMINAR, "Complaint handling that keeps customers",
                "Three contact centres show how they turned complaints into loyalty: triage, ownership and the "
                        + "follow-up call. Bring one complaint from your own operation to work on.",
                9, LocalTime.of(14, 0), 3, LONDON, "Guildhall Conference Centre, Aldermanbury, London", null, 40,
                "45.00", "85.00", "2.5", 15, Set.of(presenter.id())));
        var journeyMaps = events.publish(details(EventKind.WORKSHOP, "Designing a customer journey map",
                "A hands-on day in small teams: from research notes to a journey map your board will read. "
                        + "Places are limited so every team gets a facilitator.",
                16, LocalTime.of(9, 30), 7, LONDON, "Institute Training Rooms, 12 Moorgate, London", null, 6,
                "120.00", "180.00", "6", 25, Set.of()));
        var forum = events.publish(details(EventKind.FORUM, "Contact-centre leaders' forum: AI in the queue",
                "Heads of contact centres compare notes on chatbots, agent assist and what customers actually "
                        + "think of them. Chatham House rule.",
                23, LocalTime.of(17, 30), 2, LONDON, "The Lantern Room, Deansgate, Manchester", null, 3,
                "0.00", "25.00", "2", 10, Set.of()));
        events.publish(details(EventKind.WEBINAR, "Measuring customer effort",
                "How to measure Customer Effort Score well, and what to do with it once you have it.",
                12, LocalTime.of(12, 30), 1, LONDON, null, "https://meet.guildhall.example/effort", 500,
                "0.00", "0.00", "1", 5, Set.of()));
        events.publish(details(EventKind.DISCUSSION_GROUP, "Monthly discussion group: first-contact resolution",
                "This month's open discussion: what stops us resolving at first contact, and what worked.",
                30, LocalTime.of(18, 0), 2, LONDON, "Institute Library, 12 Moorgate, London",
                "https://meet.guildhall.example/monthly", 25, "0.00", "10.00", "1.5", 5, Set.of()));
        events.publish(details(EventKind.CONFERENCE, "Customer Service Standards Conference 2027",
                "Two days on the International Customer Service Standards: keynotes, case studies from certification "
                        + "partners, and the institute's annual awards dinner.",
                70, LocalTime.of(9, 0), 8, ZoneId.of("Africa/Lagos"), "Eko Hotel and Suites, Victoria Island, Lagos",
                null, 300, "295.00", "395.00", "12", 40, Set.of(presenter.id())));

        register(journeyMaps.id(), "assessor@guildhall.example", "grace.lindqvist@northwind-telecom.example",
                "kwame.mensah@accra-bank.example", "sofia.marchetti@contoso-retail.example",
                "liam.oconnor@harbour-insurance.example");
        register(forum.id(), "grace.lindqvist@northwind-telecom.example", "kwame.mensah@accra-bank.example",
                "sofia.marchetti@contoso-retail.example", "liam.oconnor@harbour-insurance.example",
                "mei.chen@lumen-care.example");
        register(complaints.id(), "grace.lindqvist@northwind-telecom.example", "mei.chen@lumen-care.example",
                "applicant@guildhall.example");
        pastSeminarAttendedByTheDemoMember();
    }

    /** A seminar three weeks ago: its places were taken before it began, and the registrar has taken attendance. */
    private void pastSeminarAttendedByTheDemoMember() {
        signInAs(REGISTRAR, Role.REGISTRAR);
        var past = events.publish(details(EventKind.SEMINAR, "Serving customers in vulnerable circumstances",
                "Recognising vulnerability on the phone and in chat, and what good support looks like.",
                -21, LocalTime.of(10, 0), 3, LONDON, "Guildhall Conference Centre, Aldermanbury, London", null, 40,
                "35.00", "70.00", "2.5", 15, Set.of()));
        Instant before = past.startsAt().minus(Duration.ofDays(10));
        for (String email : List.of(MEMBER, "kwame.mensah@accra-bank.example")) {
            var person = accounts.findByEmail(email).orElseThrow();
            registrationRows.save(new EventRegistration(past.id(), person.id(), new BigDecimal("35.00"), true,
                    before));
        }
        attendance.markAttended(past.id(), accounts.findByEmail(MEMBER).orElseThrow().id());
    }

    private void register(long eventId, String... emails) {
        for (String email : emails) {
            accounts.findByEmail(email).ifPresent(person -> {
                signInAs(person);
                registrations.register(eventId);
            });
        }
        signInAs(REGISTRAR, Role.REGISTRAR);
    }

    private EventDetails details(EventKind kind, String title, String description, int daysAhead, LocalTime start,
            int hoursLong, ZoneId zone, @Nullable String venue, @Nullable String link, int capacity, String memberFee,
            String nonMemberFee, String cpdHours, int points, Set<Long> presenters) {
        var startsAt = LocalDateTime.of(LocalDate.now(clock).plusDays(daysAhead), start);
        return new EventDetails(kind, title, description, startsAt, startsAt.plusHours(hoursLong), zone, venue, link,
                capacity, new BigDecimal(memberFee), new BigDecimal(nonMemberFee),
                CpdCategory.CONTINUING_EDUCATION, new BigDecimal(cpdHours), points, null, presenters);
    }

    private static void signInAs(AccountSummary person) {
        signInAs(person.email(), person.roles().toArray(Role[]::new));
    }

    private static void signInAs(String email, Role... roles) {
        SecurityContextHolder.setContext(new SecurityContextImpl(UsernamePasswordAuthenticationToken.authenticated(
                email, null, Arrays.stream(roles).map(role -> new SimpleGrantedAuthority("ROLE_" + role.name()))
                        .toList())));
    }
}
