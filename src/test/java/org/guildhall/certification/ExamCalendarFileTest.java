package org.guildhall.certification;

import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.calendar.CalendarFiles;
import org.guildhall.certification.domain.DesignationRepository;
import org.guildhall.certification.domain.ExamBooking;
import org.guildhall.certification.domain.ExamBookingRepository;
import org.guildhall.certification.domain.ExamEnrolment;
import org.guildhall.certification.domain.ExamEnrolmentRepository;
import org.guildhall.certification.domain.ExamSitting;
import org.guildhall.certification.domain.ExamSittingRepository;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.guildhall.calendar.CalendarFiles.parameter;
import static org.guildhall.calendar.CalendarFiles.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: a candidate's seat at an exam sitting as an iCalendar file, read back with ical4j: the sitting's start
 * and its length, where it is held, a stable UID; only the candidate gets it. The tests' clock runs in UTC, so the
 * times are written in UTC (a portal whose clock is in a named zone writes that zone's TZID and VTIMEZONE).
 */
@IntegrationTest
class ExamCalendarFileTest {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Autowired WebApplicationContext context;
    @Autowired ExamSittingRepository sittings;
    @Autowired ExamEnrolmentRepository enrolments;
    @Autowired ExamBookingRepository bookings;
    @Autowired DesignationRepository designations;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MutableClock clock;

    private MockMvc http;
    private AccountSummary candidate;
    private LocalDateTime startsAt;
    private ExamBooking booking;

    @BeforeEach
    void aSeatAtASittingInThreeDays() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        candidate = TestAccounts.account(provisioning, "Kofi Candidate", Role.MEMBER);
        var now = LocalDateTime.now(clock);
        startsAt = now.plusDays(3).withHour(9).withMinute(30).withSecond(0).withNano(0);
        var sitting = sittings.save(new ExamSitting(new SittingData(startsAt.toLocalDate(), startsAt.toLocalTime(),
                "Guildhall, Room 3", null, 10, 150), now));
        var enrolment = new ExamEnrolment(candidate.id(), designations.findById("CCES").orElseThrow(), null,
                clock.instant());
        enrolment.feePaid(clock.instant());
        enrolment.booked();
        enrolment = enrolments.save(enrolment);
        booking = bookings.save(new ExamBooking(enrolment.id(), sitting.id(), clock.instant()));
    }

    @Test
    void the_candidate_gets_the_sitting_with_its_length_and_place() throws Exception {
        var file = http.perform(get(file()).with(user(candidate.email()).roles("MEMBER")))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();

        var entry = CalendarFiles.onlyEvent(file);
        assertThat(value(entry, "SUMMARY")).isEqualTo("CCES exam");
        assertThat(value(entry, "DTSTART")).isEqualTo(UTC.format(startsAt.atOffset(ZoneOffset.UTC)));
        assertThat(parameter(entry, "DTSTART", "TZID")).isEmpty();
        assertThat(value(entry, "DTEND")).isEqualTo(UTC.format(startsAt.plus(Duration.ofMinutes(150))
                .atOffset(ZoneOffset.UTC)));
        assertThat(value(entry, "LOCATION")).isEqualTo("Guildhall, Room 3");
        assertThat(value(entry, "UID")).isEqualTo("exam-" + booking.id() + "@localhost");
        assertThat(value(entry, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(entry, "SEQUENCE")).isEqualTo("0");
    }

    @Test
    void nobody_else_gets_the_candidates_seat() throws Exception {
        var other = TestAccounts.account(provisioning, "Nia Nosy", Role.MEMBER);
        http.perform(get(file()).with(user(other.email()).roles("MEMBER"))).andExpect(status().isNotFound());
        http.perform(get(file()).with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_sitting_too_short_or_too_long_is_refused_on_its_length() {
        var now = LocalDateTime.now(clock);
        for (int minutes : new int[] {ExamSitting.MIN_LENGTH_MINUTES - 1, ExamSitting.MAX_LENGTH_MINUTES + 1}) {
            var entered = new SittingData(startsAt.toLocalDate(), startsAt.toLocalTime(), "Room 1", null, 5, minutes);
            assertThatExceptionOfType(CertificationRefusedException.class)
                    .isThrownBy(() -> new ExamSitting(entered, now))
                    .satisfies(refused -> assertThat(refused.fieldProblems()).singleElement()
                            .satisfies(problem -> assertThat(problem.field()).isEqualTo(SittingData.LENGTH_MINUTES)));
        }
    }

    private String file() {
        return "/calendar/files/exam/" + booking.id();
    }
}
