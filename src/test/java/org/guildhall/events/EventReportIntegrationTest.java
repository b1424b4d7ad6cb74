package org.guildhall.events;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.Route;
import org.guildhall.events.EventReport.EventActivity;
import org.guildhall.events.EventReport.EventPeriod;
import org.guildhall.events.EventReport.EventReportFilter;
import org.guildhall.events.EventReport.EventSort;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.membership.MembershipService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.guildhall.events.EventFixtures.publish;
import static org.guildhall.events.EventFixtures.registerAs;
import static org.guildhall.events.EventFixtures.seminar;

/**
 * Issue 18 on MariaDB: the events report's places confirmed, waiting list, attendance rate (presenters not in the
 * audience) and the CPD hours attendance put in CPD logs; an event that starts this very instant has started.
 */
@IntegrationTest
class EventReportIntegrationTest {

    @Autowired EventReport report;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired CertificationAwards awards;
    @Autowired MutableClock clock;

    private final String token = "Ev" + Long.toString(System.nanoTime(), 36);

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void places_waiting_list_attendance_and_cpd_credit_per_event() {
        var certified = TestAccounts.member(provisioning, memberships, "Amara Certified");
        awards.award(certified.id(), "CCSP", Route.EXAM, LocalDate.now(clock).minusYears(1));
        var uncertified = TestAccounts.member(provisioning, memberships, "Bo Uncertified");
        var waiting = TestAccounts.member(provisioning, memberships, "Cy Waiting");
        var presenter = TestAccounts.account(provisioning, "Dana Presenter", Role.MEMBER);
        TestAccounts.asRegistrar();
        var nothingRegistered = report.overview();
        var alpha = publish(events, seminar("Alpha " + token, clock, Duration.ofDays(1), 2, "0.00",
                Set.of(presenter.id())));
        var beta = publish(events, seminar("Beta " + token, clock, Duration.ofDays(10), 5, "0.00", Set.of()));
        var gamma = publish(events, seminar("Gamma " + token, clock, Duration.ofDays(2), 5, "0.00", Set.of()));
        registerAs(registrations, certified, alpha.id());
        registerAs(registrations, uncertified, alpha.id());
        registerAs(registrations, waiting, alpha.id());
        registerAs(registrations, certified, beta.id());
        TestAccounts.asRegistrar();
        events.cancel(gamma.id());
        assertThat(report.overview().comingConfirmed()).isEqualTo(nothingRegistered.comingConfirmed() + 3);

        var coming = rows(EventPeriod.ALL, EventSort.LATEST_FIRST);
        assertThat(coming).extracting(EventActivity::title)
                .containsExactly("Beta " + token, "Gamma " + token, "Alpha " + token);
        var alphaRow = coming.getLast();
        assertThat(List.of((long) alphaRow.capacity(), alphaRow.confirmed(), alphaRow.waiting(), alphaRow.attendees()))
                .containsExactly(2L, 2L, 1L, 0L);
        assertThat(alphaRow.attendanceRate()).as("not started yet").isNull();
        assertThat(alphaRow.status()).isEqualTo(EventStatus.PUBLISHED);
        assertThat(coming.get(1).status()).isEqualTo(EventStatus.CANCELLED);
        assertThat(rows(EventPeriod.UPCOMING, EventSort.SOONEST_FIRST)).extracting(EventActivity::title)
                .containsExactly("Alpha " + token, "Gamma " + token, "Beta " + token);

        clock.advance(Duration.ofDays(1));
        assertThat(rows(EventPeriod.PAST, EventSort.LATEST_FIRST)).as("starting this instant, it has started")
                .extracting(EventActivity::title).containsExactly("Alpha " + token);
        assertThat(rows(EventPeriod.UPCOMING, EventSort.LATEST_FIRST)).extracting(EventActivity::title)
                .containsExactly("Beta " + token, "Gamma " + token);
        assertThat(rows(EventPeriod.PAST, EventSort.LATEST_FIRST).getFirst().attendanceRate()).isZero();

        TestAccounts.asRegistrar();
        var overviewBefore = report.overview();
        assertThat(attendance.markAttended(alpha.id(), certified.id())).as("credited").isNull();
        assertThat(attendance.markAttended(alpha.id(), presenter.id())).as("no certification, no credit")
                .isNotNull();
        var held = rows(EventPeriod.PAST, EventSort.LATEST_FIRST).getFirst();
        assertThat(held.attendees()).as("the presenter is not in the audience").isEqualTo(1);
        assertThat(held.attendanceRate()).as("1 of 2 places confirmed").isEqualTo(50);
        assertThat(held.cpdHoursCredited()).isEqualByComparingTo(new BigDecimal("2.5"));

        assertThat(rows(EventPeriod.ALL, EventSort.MOST_REGISTRATIONS)).extracting(EventActivity::title)
                .containsExactly("Alpha " + token, "Beta " + token, "Gamma " + token);
        assertThat(rows(EventPeriod.ALL, EventSort.LONGEST_WAITING_LIST).getFirst().title())
                .isEqualTo("Alpha " + token);
        assertThat(report.events(new EventReportFilter(token, EventPeriod.ALL), EventSort.TITLE, 1, 1))
                .extracting(EventActivity::title).containsExactly("Beta " + token);
        assertThat(report.countEvents(new EventReportFilter(token, EventPeriod.UPCOMING))).isEqualTo(2);

        var overview = report.overview();
        assertThat(overview.heldAttendees()).isEqualTo(overviewBefore.heldAttendees() + 1);
        assertThat(overview.heldConfirmed()).isEqualTo(overviewBefore.heldConfirmed())
                .as("alpha's places count as held").isGreaterThanOrEqualTo(2);
    }

    @Test
    void a_member_may_not_read_it() {
        TestAccounts.signInAs(TestAccounts.MEMBER, Role.MEMBER);
        assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(report::overview);
    }

    private List<EventActivity> rows(EventPeriod period, EventSort sort) {
        TestAccounts.asRegistrar();
        return report.events(new EventReportFilter(token, period), sort, 0, 50);
    }
}
