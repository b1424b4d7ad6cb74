package org.guildhall.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.guildhall.TestAccounts;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;

/** Events and people for the events tests: each call makes new ones, so tests share the database safely. */
public final class EventFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private EventFixtures() {
    }

    static EventDetails seminar(Clock clock, Duration startsIn, int capacity, String memberFee,
            Set<Long> presenters) {
        return seminar("Complaint handling that keeps customers", clock, startsIn, capacity, memberFee, presenters);
    }

    public static EventDetails seminar(String title, Clock clock, Duration startsIn, int capacity, String memberFee,
            Set<Long> presenters) {
        LocalDateTime start = clock.instant().plus(startsIn).atZone(LONDON).toLocalDateTime();
        return new EventDetails(EventKind.SEMINAR, title, "Case studies from "
                + "three contact centres.", start, start.plusHours(3), LONDON, "Guildhall, Aldermanbury, London",
                null, capacity, new BigDecimal(memberFee), new BigDecimal("95.00"),
                CpdCategory.CONTINUING_EDUCATION, new BigDecimal("2.5"), 10, null, presenters);
    }

    public static EventSummary publish(EventService events, EventDetails details) {
        TestAccounts.asRegistrar();
        return events.publish(details);
    }

    static AccountSummary applicant(AccountProvisioning provisioning, String name) {
        return TestAccounts.account(provisioning, name, Role.APPLICANT);
    }

    static MyRegistration registerAs(RegistrationService registrations, AccountSummary person, long eventId) {
        TestAccounts.signInAs(person);
        return registrations.register(eventId);
    }
}
