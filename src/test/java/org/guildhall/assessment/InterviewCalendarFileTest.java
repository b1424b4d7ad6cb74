package org.guildhall.assessment;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.assessment.domain.PanelRepository;
import org.guildhall.calendar.CalendarFiles;
import org.guildhall.calendar.CalendarService;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.guildhall.calendar.CalendarFiles.value;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 19: a panel interview as an iCalendar file for the candidate and the panel's assessors (an hour from its
 * start, where the chair said), and in the candidate's feed; nobody else gets it.
 */
@IntegrationTest
class InterviewCalendarFileTest {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'");

    @Autowired WebApplicationContext context;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired PortfolioService portfolios;
    @Autowired PanelService panels;
    @Autowired PanelRepository panelRows;
    @Autowired CalendarService calendars;
    @Autowired DocumentService documents;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired MutableClock clock;

    private MockMvc http;
    private AccountSummary candidate;
    private AccountSummary chair;
    private long panelId;
    private LocalDateTime at;

    @BeforeEach
    void anInterviewScheduledInAFortnight() {
        TestAccounts.ensure(accounts, provisioning);
        http = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        candidate = TestAccounts.account(provisioning, "Ines Interviewee", Role.MEMBER);
        long portfolioId = new SubmittedPortfolios(portfolios, lifecycle, documents).submittedBy(candidate);
        chair = qualifiedAssessor("Hugo Chair");
        var second = qualifiedAssessor("Sana Second");
        var third = qualifiedAssessor("Theo Third");
        TestAccounts.signInAs(TestAccounts.REGISTRAR, Role.REGISTRAR);
        panelId = panels.form(portfolioId, List.of(chair.id(), second.id(), third.id()), chair.id(),
                LocalDate.now(clock).plusDays(30), Map.of());
        SecurityContextHolder.clearContext();
        at = LocalDateTime.now(clock).plusDays(14).withHour(14).withMinute(0).withSecond(0).withNano(0);
        var panel = panelRows.findById(panelId).orElseThrow();
        panel.scheduleInterview(at, "Guildhall, Committee Room");
        panelRows.save(panel);
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_candidate_and_the_chair_get_the_interview() throws Exception {
        for (var person : List.of(candidate, chair)) {
            var entry = CalendarFiles.onlyEvent(http.perform(get(file()).with(user(person.email()).roles("MEMBER")))
                    .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray());
            assertThat(value(entry, "SUMMARY")).isEqualTo("Panel interview: CCSM");
            assertThat(value(entry, "DTSTART")).isEqualTo(UTC.format(at.atOffset(ZoneOffset.UTC)));
            assertThat(value(entry, "DTEND")).isEqualTo(UTC.format(at.plusHours(1).atOffset(ZoneOffset.UTC)));
            assertThat(value(entry, "LOCATION")).isEqualTo("Guildhall, Committee Room");
            assertThat(value(entry, "UID")).isEqualTo("interview-" + panelId + "@localhost");
            assertThat(value(entry, "STATUS")).isEqualTo("CONFIRMED");
        }
    }

    @Test
    void nobody_else_gets_it() throws Exception {
        var outsider = qualifiedAssessor("Olga Outsider");
        http.perform(get(file()).with(user(outsider.email()).roles("MEMBER", "ASSESSOR")))
                .andExpect(status().isNotFound());
    }

    @Test
    void the_interview_is_among_the_candidates_coming_bookings() {
        TestAccounts.signInAs(candidate);
        assertThat(calendars.myUpcoming()).anySatisfy(entry -> {
            assertThat(entry.kind()).isEqualTo("interview");
            assertThat(entry.bookingId()).isEqualTo(panelId);
        });
    }

    private String file() {
        return "/calendar/files/interview/" + panelId;
    }

    private AccountSummary qualifiedAssessor(String name) {
        var assessor = TestAccounts.account(provisioning, name, Role.MEMBER, Role.ASSESSOR);
        QualifiedAssessors.qualify(qualifications, SubmittedPortfolios.DESIGNATION, assessor);
        return assessor;
    }
}
