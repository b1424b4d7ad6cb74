package org.guildhall.events;

import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.events.RegistrationEvents.PlaceWaitlisted;
import org.guildhall.events.RegistrationEvents.PromotedFromWaitingList;
import org.guildhall.events.RegistrationEvents.RegisteredEventCancelled;
import org.guildhall.events.RegistrationEvents.RegistrationConfirmed;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipCategory;
import org.guildhall.membership.MembershipService;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.guildhall.TestAccounts.member;
import static org.guildhall.events.EventFixtures.publish;
import static org.guildhall.events.EventFixtures.registerAs;
import static org.guildhall.events.EventFixtures.seminar;

/** Issue 7: places, fees, the waiting list and its automatic promotion, the cutoff, and the last place. */
@IntegrationTest
@RecordApplicationEvents
class RegistrationIntegrationTest {

    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired PaymentService payments;
    @Autowired MutableClock clock;
    @Autowired ApplicationEvents published;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void a_member_pays_the_member_fee_and_an_applicant_the_non_member_fee_each_invoiced_once() {
        var event = publish(events, seminar(clock, Duration.ofDays(20), 10, "40.00", Set.of()));
        var member = member(provisioning, memberships, "Amara Okafor");
        var applicant = EventFixtures.applicant(provisioning, "Tomas Berg");

        var memberPlace = registerAs(registrations, member, event.id());
        var applicantPlace = registerAs(registrations, applicant, event.id());

        assertThat(memberPlace.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(memberPlace.fee()).isEqualByComparingTo("40.00");
        assertThat(applicantPlace.fee()).isEqualByComparingTo("95.00");
        var invoice = payments.invoiceFor(PaymentPurpose.EVENT_REGISTRATION,
                "event:" + event.id() + ":registration:" + memberPlace.id()).orElseThrow();
        assertThat(invoice.accountId()).isEqualTo(member.id());
        assertThat(invoice.amount()).isEqualByComparingTo("40.00");
        assertThat(memberPlace.invoiceReference()).isEqualTo(invoice.reference());
        assertThat(published.stream(RegistrationConfirmed.class).filter(sent -> sent.eventId() == event.id()))
                .hasSize(2);
    }

    @Test
    void a_lapsed_member_pays_the_non_member_fee_issue_16() {
        var event = publish(events, seminar(clock, Duration.ofDays(20), 10, "40.00", Set.of()));
        var lapsed = TestAccounts.account(provisioning, "Liam O'Connor", Role.MEMBER);
        memberships.enrolExistingMember(lapsed.id(), MembershipCategory.CUSTOMER_SERVICE_PROFESSIONAL,
                TestAccounts.MEMBER_SINCE, LocalDate.now(clock).minusDays(60));

        assertThat(registerAs(registrations, lapsed, event.id()).fee()).isEqualByComparingTo("95.00");
    }

    @Test
    void a_free_event_issues_no_invoice() {
        var event = publish(events, seminar(clock, Duration.ofDays(20), 10, "0.00", Set.of()));
        var member = member(provisioning, memberships, "Kwame Mensah");

        var place = registerAs(registrations, member, event.id());

        assertThat(place.invoiceReference()).isNull();
        assertThat(payments.invoiceFor(PaymentPurpose.EVENT_REGISTRATION,
                "event:" + event.id() + ":registration:" + place.id())).isEmpty();
    }

    @Test
    void registering_twice_is_refused_with_a_clear_message() {
        var event = publish(events, seminar(clock, Duration.ofDays(20), 10, "0.00", Set.of()));
        var member = member(provisioning, memberships, "Sofia Marchetti");
        registerAs(registrations, member, event.id());

        assertThatExceptionOfType(EventRefusedException.class)
                .isThrownBy(() -> registrations.register(event.id()))
                .withMessage("You are already registered for this event.");
    }

    @Test
    void when_full_people_join_the_waiting_list_and_the_next_moves_up_when_a_place_is_cancelled() {
        var event = publish(events, seminar(clock, Duration.ofDays(20), 1, "25.00", Set.of()));
        var first = member(provisioning, memberships, "Grace Lindqvist");
        var second = member(provisioning, memberships, "Liam Oconnor");
        var third = member(provisioning, memberships, "Mei Chen");
        registerAs(registrations, first, event.id());

        var waiting = registerAs(registrations, second, event.id());
        var waitingToo = registerAs(registrations, third, event.id());

        assertThat(waiting.status()).isEqualTo(RegistrationStatus.WAITLISTED);
        assertThat(waiting.waitingPosition()).isEqualTo(1);
        assertThat(waiting.invoiceReference()).as("nothing to pay while waiting").isNull();
        assertThat(waitingToo.waitingPosition()).isEqualTo(2);
        assertThat(published.stream(PlaceWaitlisted.class).filter(sent -> sent.eventId() == event.id()))
                .extracting(PlaceWaitlisted::position).containsExactly(1, 2);

        TestAccounts.signInAs(first.email(), Role.MEMBER);
        registrations.cancel(event.id());

        TestAccounts.signInAs(second.email(), Role.MEMBER);
        var promoted = registrations.mine(event.id()).orElseThrow();
        assertThat(promoted.status()).isEqualTo(RegistrationStatus.CONFIRMED);
        assertThat(promoted.invoiceReference()).as("invoiced on promotion").isNotNull();
        assertThat(published.stream(PromotedFromWaitingList.class).filter(sent -> sent.eventId() == event.id()))
                .singleElement().extracting(PromotedFromWaitingList::accountId).isEqualTo(second.id());
        TestAccounts.signInAs(third.email(), Role.MEMBER);
        assertThat(registrations.mine(event.id()).orElseThrow().waitingPosition()).isEqualTo(1);
        assertThat(events.event(event.id()).placesTaken()).isEqualTo(1);
        assertThat(events.event(event.id()).waitingCount()).isEqualTo(1);
    }

    @Test
    void a_registrar_raising_the_capacity_moves_the_waiting_list_up() {
        var details = seminar(clock, Duration.ofDays(20), 1, "0.00", Set.of());
        var event = publish(events, details);
        registerAs(registrations, member(provisioning, memberships, "Ada Place"), event.id());
        var waiting = member(provisioning, memberships, "Ben Waiting");
        registerAs(registrations, waiting, event.id());

        TestAccounts.asRegistrar();
        var current = events.event(event.id());
        events.edit(event.id(), current.version(), withCapacity(current.details(), 2));

        TestAccounts.signInAs(waiting.email(), Role.MEMBER);
        assertThat(registrations.mine(event.id()).orElseThrow().status()).isEqualTo(RegistrationStatus.CONFIRMED);
    }

    @Test
    void the_capacity_cannot_drop_below_the_places_taken() {
        var event = publish(events, seminar(clock, Duration.ofDays(20), 2, "0.00", Set.of()));
        registerAs(registrations, member(provisioning, memberships, "Cai One"), event.id());
        registerAs(registrations, member(provisioning, memberships, "Dee Two"), event.id());

        TestAccounts.asRegistrar();
        var current = events.event(event.id());
        assertThatExceptionOfType(EventRefusedException.class)
                .isThrownBy(() -> events.edit(event.id(), current.version(), withCapacity(current.details(), 1)))
                .withMessageContaining("2 places are already taken");
    }

    @Test
    void two_people_taking_the_last_place_at_once_get_one_place_and_one_waiting_list_place() throws Exception {
        var event = publish(events, seminar(clock, Duration.ofDays(20), 1, "30.00", Set.of()));
        var people = List.of(member(provisioning, memberships, "Racer One"),
                member(provisioning, memberships, "Racer Two"));
        var start = new CountDownLatch(1);
        var attempts = new ArrayList<Callable<MyRegistration>>();
        for (var person : people) {
            TestAccounts.signInAs(person.email(), Role.MEMBER);
            var signedIn = new SecurityContextImpl(SecurityContextHolder.getContext().getAuthentication());
            attempts.add(() -> {
                SecurityContextHolder.setContext(signedIn);
                start.await();
                return registrations.register(event.id());
            });
        }
        var outcomes = new ArrayList<RegistrationStatus>();
        try (var pool = Executors.newFixedThreadPool(2)) {
            var futures = attempts.stream().map(pool::submit).toList();
            start.countDown();
            for (var future : futures) {
                outcomes.add(future.get().status());
            }
        }

        assertThat(outcomes).containsExactlyInAnyOrder(RegistrationStatus.CONFIRMED, RegistrationStatus.WAITLISTED);
        TestAccounts.asRegistrar();
        assertThat(events.event(event.id()).placesTaken()).isEqualTo(1);
        assertThat(events.event(event.id()).waitingCount()).isEqualTo(1);
    }

    @Test
    void a_place_cannot_be_cancelled_after_the_cutoff_but_a_waiting_list_place_can() {
        // Starts in 30 hours: inside the default 48-hour cutoff the migration seeds.
        var event = publish(events, seminar(clock, Duration.ofHours(30), 1, "0.00", Set.of()));
        var holder = member(provisioning, memberships, "Holder Late");
        var waiter = member(provisioning, memberships, "Waiter Late");
        registerAs(registrations, holder, event.id());
        registerAs(registrations, waiter, event.id());

        TestAccounts.signInAs(holder.email(), Role.MEMBER);
        assertThatExceptionOfType(EventRefusedException.class).isThrownBy(() -> registrations.cancel(event.id()))
                .withMessageStartingWith("Places can be cancelled until");

        TestAccounts.signInAs(waiter.email(), Role.MEMBER);
        registrations.cancel(event.id());
        assertThat(registrations.mine(event.id())).isEmpty();
    }

    @Test
    void an_events_own_cutoff_overrides_the_default() {
        var details = seminar(clock, Duration.ofHours(30), 5, "0.00", Set.of());
        var event = publish(events, withCutoff(details, 24));
        var member = member(provisioning, memberships, "Early Leaver");
        registerAs(registrations, member, event.id());

        registrations.cancel(event.id());

        assertThat(registrations.mine(event.id())).isEmpty();
    }

    @Test
    void registering_for_a_past_or_cancelled_event_is_refused() {
        var past = publish(events, seminar(clock, Duration.ofHours(-3), 5, "0.00", Set.of()));
        var cancelled = publish(events, seminar(clock, Duration.ofDays(9), 5, "0.00", Set.of()));
        var holder = member(provisioning, memberships, "Place Holder");
        registerAs(registrations, holder, cancelled.id());
        TestAccounts.asRegistrar();
        events.cancel(cancelled.id());
        var member = member(provisioning, memberships, "Too Late");

        TestAccounts.signInAs(member.email(), Role.MEMBER);
        assertThatExceptionOfType(EventRefusedException.class).isThrownBy(() -> registrations.register(past.id()))
                .withMessageContaining("has already started");
        assertThatExceptionOfType(EventRefusedException.class)
                .isThrownBy(() -> registrations.register(cancelled.id()))
                .withMessageContaining("has been cancelled");
        assertThat(published.stream(RegisteredEventCancelled.class)
                .filter(sent -> sent.eventId() == cancelled.id())).singleElement()
                .extracting(RegisteredEventCancelled::accountId).isEqualTo(holder.id());
    }

    @Test
    void only_registrars_publish_and_cancel_events() {
        var member = member(provisioning, memberships, "Not Staff");
        TestAccounts.signInAs(member.email(), Role.MEMBER);

        assertThatExceptionOfType(AccessDeniedException.class)
                .isThrownBy(() -> events.publish(seminar(clock, Duration.ofDays(3), 5, "0.00", Set.of())));
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> events.cancel(1L));
    }

    @Test
    void upcoming_events_filter_by_kind_and_month() {
        var details = seminar(clock, Duration.ofDays(400), 5, "0.00", Set.of());
        var seminar = publish(events, details);
        var member = member(provisioning, memberships, "Browsing Member");
        TestAccounts.signInAs(member.email(), Role.MEMBER);
        var month = YearMonth.from(seminar.localStart());

        assertThat(events.upcoming(new EventFilter(EventKind.SEMINAR, month), Pageable.ofSize(50)))
                .extracting(EventSummary::id).contains(seminar.id());
        assertThat(events.upcoming(new EventFilter(EventKind.WEBINAR, month), Pageable.ofSize(50)))
                .extracting(EventSummary::id).doesNotContain(seminar.id());
        assertThat(events.upcoming(new EventFilter(null, month.plusMonths(1)), Pageable.ofSize(50)))
                .extracting(EventSummary::id).doesNotContain(seminar.id());
    }

    static EventDetails withCapacity(EventDetails details, int capacity) {
        return copy(details, capacity, details.cancellationCutoffHours());
    }

    static EventDetails withCutoff(EventDetails details, int hours) {
        return copy(details, details.capacity(), hours);
    }

    private static EventDetails copy(EventDetails details, int capacity, Integer cutoffHours) {
        return new EventDetails(details.kind(), details.title(), details.description(), details.startsAt(),
                details.endsAt(), details.zone(), details.venue(), details.onlineLink(), capacity,
                details.memberFee(), details.nonMemberFee(), details.cpdCategory(), details.educationalHours(),
                details.membershipPoints(), cutoffHours, details.presenterAccountIds());
    }
}
