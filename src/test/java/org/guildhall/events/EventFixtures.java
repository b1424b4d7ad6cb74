package org.guildhall.events;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.guildhall.cpd.CpdCategory;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;

/** Events and people for the events tests: each call makes new ones, so tests share the database safely. */
final class EventFixtures {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private EventFixtures() {
    }

    static EventDetails seminar(Clock clock, Duration startsIn, int capacity, String memberFee,
            Set<Long> presenters) {
        LocalDateTime start = clock.instant().plus(startsIn).atZone(LONDON).toLocalDateTime();
        return new EventDetails(EventKind.SEMINAR, "Complaint handling that keeps customers", "Case studies from "
                + "three contact centres.", start, start.plusHours(3), LONDON, "Guildhall, Aldermanbury, London",
                null, capacity, new BigDecimal(memberFee), new BigDecimal("95.00"),
                CpdCategory.CONTINUING_EDUCATION, new BigDecimal("2.5"), 10, null, presenters);
    }

    static EventSummary publish(EventService events, EventDetails details) {
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        return events.publish(details);
    }

    static AccountSummary member(AccountProvisioning provisioning, MembershipService memberships, String name) {
        var account = provisioning.createAccount(name, TestAccounts.uniqueEmail(name.toLowerCase().replace(' ', '.')),
                TestAccounts.PASSWORD, Role.MEMBER);
        memberships.enrolExistingMember(account.id(), MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL,
                LocalDate.of(2022, 1, 10));
        return account;
    }

    static AccountSummary applicant(AccountProvisioning provisioning, String name) {
        return provisioning.createAccount(name, TestAccounts.uniqueEmail(name.toLowerCase().replace(' ', '.')),
                TestAccounts.PASSWORD, Role.APPLICANT);
    }

    static MyRegistration registerAs(RegistrationService registrations, AccountSummary person, long eventId) {
        TestAccounts.signInAs(person.email(), person.roles().toArray(Role[]::new));
        return registrations.register(eventId);
    }
}
