package org.guildhall.events;

import java.time.Duration;
import java.util.Set;

import org.guildhall.CoversWebPaths;
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
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.guildhall.TestAccounts.member;
import static org.guildhall.events.EventFixtures.publish;
import static org.guildhall.events.EventFixtures.registerAs;
import static org.guildhall.events.EventFixtures.seminar;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 11: attendance certificates over HTTP through the real security filters (both paths answered 403 to
 * everyone): the attendee's own, and anyone's for registrars.
 */
@IntegrationTest
@CoversWebPaths({"/events/{eventId}/certificate", "/events/{eventId}/certificate/{accountId}"})
class AttendanceCertificateDownloadTest {

    @Autowired WebApplicationContext context;
    @Autowired EventService events;
    @Autowired RegistrationService registrations;
    @Autowired AttendanceService attendance;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MembershipService memberships;
    @Autowired MutableClock clock;

    private MockMvc http;
    private AccountSummary attendee;
    private AccountSummary otherRegistrant;
    private long eventId;

    @BeforeEach
    void anAttendedSeminar() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        attendee = member(provisioning, memberships, "Ayo Attendee");
        otherRegistrant = member(provisioning, memberships, "Noor Noshow");
        eventId = publish(events, seminar(clock, Duration.ofMinutes(1), 20, "0.00", Set.of())).id();
        registerAs(registrations, attendee, eventId);
        registerAs(registrations, otherRegistrant, eventId);
        clock.advance(Duration.ofMinutes(2));
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        attendance.markAttended(eventId, attendee.id());
        SecurityContextHolder.clearContext();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_attendee_downloads_their_own_as_a_pdf() throws Exception {
        http.perform(get(mine()).with(user(attendee.email()).roles("MEMBER")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void another_member_who_did_not_attend_has_none() throws Exception {
        http.perform(get(mine()).with(user(otherRegistrant.email()).roles("MEMBER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_registrar_downloads_the_attendees_certificate() throws Exception {
        http.perform(get(attendees()).with(user(TestAccounts.REGISTRAR).roles("REGISTRAR")))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
    }

    @Test
    void members_even_the_attendee_cannot_use_the_registrars_path() throws Exception {
        http.perform(get(attendees()).with(user(attendee.email()).roles("MEMBER")))
                .andExpect(status().isNotFound());
        http.perform(get(attendees()).with(user(otherRegistrant.email()).roles("MEMBER")))
                .andExpect(status().isNotFound());
    }

    @Test
    void a_visitor_is_sent_to_sign_in_on_either_path() throws Exception {
        http.perform(get(mine())).andExpect(redirectedUrl("/login"));
        http.perform(get(attendees())).andExpect(redirectedUrl("/login"));
    }

    private String mine() {
        return "/events/" + eventId + "/certificate";
    }

    private String attendees() {
        return "/events/" + eventId + "/certificate/" + attendee.id();
    }
}
