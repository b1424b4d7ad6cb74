package org.guildhall.events;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Set;

import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.component.VTimeZone;
import org.guildhall.CoversWebPaths;
import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.calendar.CalendarFiles;
import org.guildhall.calendar.CalendarService;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.membership.MembershipService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.TestAccounts.member;
import static org.guildhall.calendar.CalendarFiles.parameter;
import static org.guildhall.calendar.CalendarFiles.value;
import static org.guildhall.events.EventFixtures.publish;
import static org.guildhall.events.EventFixtures.registerAs;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: an event registration as an iCalendar file, read back with ical4j field by field (in the event's own
 * time zone, a stable UID, cancelled with a higher SEQUENCE), and the personal feed by its secret address, over
 * HTTP through the real security filters.
 */
@IntegrationTest
@CoversWebPaths({"/calendar/files/{kind}/{bookingId}", "/calendar/feed/{secret}"})
class RegistrationCalendarFileTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

    @Autowired WebApplicationContext context;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired CalendarService calendars;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired MutableClock clock;

    private MockMvc http;
    private AccountSummary registrant;
    private AccountSummary someoneElse;
    private LocalDateTime startsAt;
    private EventSummary event;
    private MyRegistration registration;

    @BeforeEach
    void aPlaceAtAWorkshopInNewYork() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        registrant = member(provisioning, memberships, "Rosa Registrant");
        someoneElse = member(provisioning, memberships, "Otto Other");
        startsAt = clock.instant().plus(Duration.ofDays(10)).atZone(NEW_YORK).toLocalDateTime().withNano(0)
                .withSecond(0);
        event = publish(events, new EventDetails(EventKind.WORKSHOP, "Service recovery, hands on",
                "A day of role play.", startsAt, startsAt.plusHours(6), NEW_YORK, "Javits Center, Room 1E",
                null, 30, BigDecimal.ZERO, BigDecimal.ZERO, CpdCategory.CONTINUING_EDUCATION, new BigDecimal("5"),
                5, 24, Set.of()));
        registration = registerAs(registrations, registrant, event.id());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_registrant_gets_their_place_in_the_events_time_zone() throws Exception {
        var file = http.perform(get(fileOf(registration)).with(user(registrant.email()).roles("MEMBER")))
                .andExpect(status().isOk())
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();

        VEvent entry = CalendarFiles.onlyEvent(file);
        assertThat(value(entry, "SUMMARY")).isEqualTo("Service recovery, hands on");
        assertThat(value(entry, "DTSTART")).isEqualTo(LOCAL.format(startsAt));
        assertThat(parameter(entry, "DTSTART", "TZID")).isEqualTo("America/New_York");
        assertThat(value(entry, "DTEND")).isEqualTo(LOCAL.format(startsAt.plusHours(6)));
        assertThat(parameter(entry, "DTEND", "TZID")).isEqualTo("America/New_York");
        assertThat(value(entry, "LOCATION")).isEqualTo("Javits Center, Room 1E");
        assertThat(value(entry, "UID")).isEqualTo("event-" + registration.id() + "@localhost");
        assertThat(value(entry, "STATUS")).isEqualTo("CONFIRMED");
        assertThat(value(entry, "URL")).endsWith("/event/" + event.id());
        assertThat(value(entry, "DESCRIPTION")).contains("is confirmed");
        assertThat(CalendarFiles.parse(file).<VTimeZone>getComponents(Component.VTIMEZONE))
                .singleElement().satisfies(zone -> assertThat(zone.getTimeZoneId().getValue())
                        .isEqualTo("America/New_York"));
    }

    @Test
    void a_cancelled_place_keeps_its_uid_and_comes_with_a_higher_sequence() throws Exception {
        var before = CalendarFiles.onlyEvent(download(registrant, fileOf(registration)));
        TestAccounts.signInAs(registrant);
        registrations.cancel(event.id());
        SecurityContextHolder.clearContext();

        var after = CalendarFiles.onlyEvent(download(registrant, fileOf(registration)));
        assertThat(value(after, "STATUS")).isEqualTo("CANCELLED");
        assertThat(value(after, "UID")).isEqualTo(value(before, "UID"));
        assertThat(Integer.parseInt(value(after, "SEQUENCE")))
                .isGreaterThan(Integer.parseInt(value(before, "SEQUENCE")));
        assertThat(value(after, "DTSTART")).isEqualTo(value(before, "DTSTART"));
    }

    @Test
    void the_file_is_written_in_the_language_asked_for() throws Exception {
        var entry = CalendarFiles.onlyEvent(download(registrant, fileOf(registration) + "?lang=fr-FR"));
        assertThat(value(entry, "DESCRIPTION")).isEqualTo("Votre place à cet événement Guildhall est confirmée.");
    }

    @Test
    void another_member_gets_not_found_and_a_visitor_is_sent_to_sign_in() throws Exception {
        http.perform(get(fileOf(registration)).with(user(someoneElse.email()).roles("MEMBER")))
                .andExpect(status().isNotFound());
        http.perform(get("/calendar/files/no-such-kind/" + registration.id())
                .with(user(registrant.email()).roles("MEMBER"))).andExpect(status().isNotFound());
        http.perform(get(fileOf(registration))).andExpect(redirectedUrl("/login"));
    }

    @Test
    void the_feed_lists_coming_places_by_its_secret_address_until_revoked() throws Exception {
        TestAccounts.signInAs(registrant);
        String first = feedPath(calendars.openMyFeed());
        SecurityContextHolder.clearContext();

        var feed = http.perform(get(first)).andExpect(status().isOk())
                .andExpect(content().contentType("text/calendar;charset=UTF-8"))
                .andReturn().getResponse().getContentAsByteArray();
        assertThat(CalendarFiles.parse(feed).<VEvent>getComponents(Component.VEVENT))
                .extracting(entry -> value(entry, "UID"))
                .contains("event-" + registration.id() + "@localhost");

        TestAccounts.signInAs(registrant);
        String second = feedPath(calendars.openMyFeed());
        SecurityContextHolder.clearContext();
        http.perform(get(first)).andExpect(status().isNotFound());
        http.perform(get(second)).andExpect(status().isOk());

        TestAccounts.signInAs(registrant);
        calendars.revokeMyFeed();
        SecurityContextHolder.clearContext();
        http.perform(get(second)).andExpect(status().isNotFound());
        http.perform(get("/calendar/feed/not-a-secret-anyone-was-given")).andExpect(status().isNotFound());
    }

    @Test
    void the_feed_leaves_out_a_cancelled_place() throws Exception {
        TestAccounts.signInAs(registrant);
        String feed = feedPath(calendars.openMyFeed());
        registrations.cancel(event.id());
        SecurityContextHolder.clearContext();

        var file = http.perform(get(feed)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
        assertThat(CalendarFiles.parse(file).<VEvent>getComponents(Component.VEVENT))
                .extracting(entry -> value(entry, "UID"))
                .doesNotContain("event-" + registration.id() + "@localhost");
    }

    private byte[] download(AccountSummary as, String path) throws Exception {
        return http.perform(get(path).with(user(as.email()).roles("MEMBER"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
    }

    private static String fileOf(MyRegistration registration) {
        return "/calendar/files/event/" + registration.id();
    }

    /** The path of a feed address the portal gave out. */
    private static String feedPath(String address) {
        return address.substring(address.indexOf("/calendar/feed/"));
    }
}
