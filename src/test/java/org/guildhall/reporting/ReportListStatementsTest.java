package org.guildhall.reporting;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.guildhall.TestAccounts;
import org.guildhall.ViewStatementsTest;
import org.guildhall.assessment.PanelChairService;
import org.guildhall.assessment.PanelFixtures;
import org.guildhall.assessment.PanelService;
import org.guildhall.assessment.ReviewService;
import org.guildhall.documents.DocumentService;
import org.guildhall.events.EventFixtures;
import org.guildhall.events.EventService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountService;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: the assessment and events reports cost the same statements with few rows and with a full page. */
class ReportListStatementsTest extends ViewStatementsTest {

    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired PanelService panels;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService chairs;
    @Autowired EventService events;
    @Autowired AccountService accounts;
    @Autowired AccountProvisioning provisioning;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired Clock clock;

    @BeforeEach
    void staff() {
        TestAccounts.ensure(accounts, provisioning);
    }

    @Test
    void the_assessment_report() {
        var fixtures = new PanelFixtures(portfolios, lifecycle, documents, panels, reviews, chairs, provisioning,
                qualifications);
        panelsWithNewAssessors(fixtures, 1);
        signIn(TestAccounts.REGISTRAR);
        var few = open("registrar/reports/assessment", "assessment-decisions", "assessor-grid");
        panelsWithNewAssessors(fixtures, 17);
        signIn(TestAccounts.REGISTRAR);
        var many = open("registrar/reports/assessment", "assessment-decisions", "assessor-grid");
        assertThat(rowsOf("assessor-grid")).isGreaterThanOrEqualTo(FIRST_PAGE);
        report("Assessment report", few, many);
        // The figures, the months of decisions, and the page of assessors with its count: one query each, and the
        // request's one transaction (three statements).
        assertConstant("Assessment report", few, many, 7);
    }

    @Test
    void the_events_report() {
        programme(1);
        signIn(TestAccounts.REGISTRAR);
        var few = open("registrar/reports/events", "events-grid");
        programme(49);
        signIn(TestAccounts.REGISTRAR);
        var many = open("registrar/reports/events", "events-grid");
        assertThat(rowsOf("events-grid")).isGreaterThanOrEqualTo(FIRST_PAGE);
        report("Events report", few, many);
        // The page of events with their counts and credited hours, the count of events, and the request's one
        // transaction (three statements).
        assertConstant("Events report", few, many, 5);
    }

    /** Each panel seats three assessors new to panels, so a lookup per assessor would show. */
    private static void panelsWithNewAssessors(PanelFixtures fixtures, int count) {
        IntStream.range(0, count).forEach(i -> fixtures.panel(List.of(fixtures.assessor("Ama Chair"),
                fixtures.assessor("Bo Panel"), fixtures.assessor("Cy Panel")), LocalDate.of(2027, 3, 1)));
    }

    private void programme(int count) {
        IntStream.range(0, count).forEach(i -> EventFixtures.publish(events, EventFixtures.seminar("Workshop " + i,
                clock, Duration.ofDays(5 + i), 30, "0.00", Set.of())));
    }
}
