package org.guildhall.events;

import java.time.Duration;
import java.util.Set;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.TestAccounts.member;
import static org.guildhall.events.EventFixtures.publish;
import static org.guildhall.events.EventFixtures.registerAs;
import static org.guildhall.events.EventFixtures.seminar;

/**
 * Issue 11: a view cannot show what it is never given. An event's online link reaches only registrars and those
 * holding a place; everyone else learns only that the event is online.
 */
@IntegrationTest
class OnlineLinkIntegrationTest {

    private static final String LINK = "https://meet.guildhall.example/j/4417";

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired MutableClock clock;

    private long webinarOfOnePlace;

    @BeforeEach
    void aWebinarWithOnePlace() {
        TestAccounts.ensure(accounts, provisioning);
        var details = seminar(clock, Duration.ofDays(15), 1, "0.00", Set.of());
        webinarOfOnePlace = publish(events, new EventDetails(EventKind.WEBINAR, "Coaching agents remotely",
                details.description(), details.startsAt(), details.endsAt(), details.zone(), null, LINK, 1,
                details.memberFee(), details.nonMemberFee(), details.cpdCategory(), details.educationalHours(),
                details.membershipPoints(), null, Set.of())).id();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_member_without_a_place_is_told_the_event_is_online_but_not_given_the_link() {
        signIn(member(provisioning, memberships, "Bea Browser"));

        var seen = events.event(webinarOfOnePlace);
        assertThat(seen.online()).isTrue();
        assertThat(seen.onlineLink()).isNull();
        assertThat(events.upcoming(new EventFilter(null, null), Pageable.ofSize(500)))
                .filteredOn(event -> event.id() == webinarOfOnePlace)
                .singleElement().extracting(EventSummary::onlineLink).isNull();
    }

    @Test
    void the_member_holding_the_place_gets_the_link_and_the_one_waiting_does_not() {
        var holder = member(provisioning, memberships, "Hal Holder");
        var waiting = member(provisioning, memberships, "Wyn Waiting");
        assertThat(registerAs(registrations, holder, webinarOfOnePlace).status())
                .isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(registerAs(registrations, waiting, webinarOfOnePlace).status())
                .isEqualTo(RegistrationStatus.WAITLISTED);

        assertThat(events.event(webinarOfOnePlace).onlineLink()).isNull();
        signIn(holder);
        assertThat(events.event(webinarOfOnePlace).onlineLink()).isEqualTo(LINK);
    }

    @Test
    void a_registrar_gets_the_link_to_edit_it() {
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);

        assertThat(events.event(webinarOfOnePlace).onlineLink()).isEqualTo(LINK);
        assertThat(events.event(webinarOfOnePlace).details().onlineLink()).isEqualTo(LINK);
    }

    private static void signIn(AccountSummary person) {
        TestAccounts.signInAs(person.email(), person.roles().toArray(Role[]::new));
    }
}
