package org.guildhall.events;

import java.time.Duration;
import java.util.Comparator;
import java.util.Set;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.membership.MembershipService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.events.EventFixtures.publish;
import static org.guildhall.events.EventFixtures.registerAs;
import static org.guildhall.events.EventFixtures.seminar;

/**
 * The published programme, kept in memory for a minute as immutable listings: the home page's glance reads titles
 * and times from it alone, while the Events view still counts places afresh on each read.
 */
@IntegrationTest
class ProgrammeIntegrationTest {

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired MutableClock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void the_glance_lists_the_next_events_by_title_and_time_soonest_first() {
        var later = publish(events, seminar("Glance later " + System.nanoTime(), clock, Duration.ofDays(40), 10,
                "0.00", Set.of()));
        var started = publish(events, seminar("Glance started " + System.nanoTime(), clock, Duration.ofHours(-1), 10,
                "0.00", Set.of()));
        TestAccounts.signInAs(TestAccounts.member(provisioning, memberships, "Gita Glance"));

        var coming = events.comingUp(1000);

        assertThat(coming).contains(new EventHeading(later.id(), later.title(), later.startsAt(), later.endsAt(),
                later.zone()));
        assertThat(coming).extracting(EventHeading::id).doesNotContain(started.id());
        assertThat(coming).isSortedAccordingTo(Comparator.comparing(EventHeading::startsAt));
        assertThat(events.comingUp(1)).hasSize(1);
    }

    @Test
    void places_are_counted_afresh_while_the_programme_is_kept() {
        var event = publish(events, seminar("Places afresh " + System.nanoTime(), clock, Duration.ofDays(12), 5,
                "0.00", Set.of()));
        var member = TestAccounts.member(provisioning, memberships, "Hana Fresh");
        TestAccounts.signInAs(member);
        assertThat(placesTaken(event.id())).isZero();

        registerAs(registrations, TestAccounts.member(provisioning, memberships, "Ivo Taker"), event.id());
        TestAccounts.signInAs(member);

        assertThat(placesTaken(event.id())).as("a registration does not forget the programme; places are read")
                .isEqualTo(1);
    }

    private int placesTaken(long eventId) {
        return events.upcoming(EventFilter.ALL, Pageable.unpaged()).stream().filter(event -> event.id() == eventId)
                .findFirst().orElseThrow().placesTaken();
    }
}
