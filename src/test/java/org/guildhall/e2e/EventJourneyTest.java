package org.guildhall.e2e;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.Route;
import org.guildhall.cpd.CpdService;
import org.guildhall.events.EventFilter;
import org.guildhall.events.EventKind;
import org.guildhall.events.EventService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.data.domain.Pageable;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 7 in the browser: the demo member takes the last place at a workshop, the day comes, the registrar marks
 * her attendance, and her membership points and counted CPD credits move. The clock is the tests' own, so the
 * workshop can begin without waiting for it.
 */
@Import(IntegrationTest.TestClockConfiguration.class)
class EventJourneyTest extends BrowserTest {

    private static final String MEMBER = "member@guildhall.example";
    private static final String REGISTRAR = "registrar@guildhall.example";

    @Autowired EventService events;
    @Autowired AccountService accounts;
    @Autowired CertificationService certifications;
    @Autowired CertificationAwards awards;
    @Autowired CpdService cpd;
    @Autowired MutableClock clock;

    @AfterEach
    void signOutHere() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void a_member_registers_the_registrar_marks_attendance_and_the_members_points_move() throws IOException {
        TestAccounts.signInAs(REGISTRAR, Role.REGISTRAR);
        var workshop = events.upcoming(new EventFilter(EventKind.WORKSHOP, null), Pageable.ofSize(10)).getFirst();
        assertThat(workshop.placesLeft()).as("the demo's nearly full workshop").isEqualTo(1);
        long memberId = accounts.findByEmail(MEMBER).orElseThrow().id();
        if (certifications.certificationsOf(memberId).stream().noneMatch(held -> held.status().isCurrent())) {
            awards.award(memberId, "CCSP", Route.EXAM, LocalDate.now(clock).minusYears(1));
        }
        var cpdBefore = countedCpdCredits();

        signIn(MEMBER, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        int pointsBefore = Integer.parseInt(browser.findElement(By.id("panel-points-total")).getText());
        open("/events", By.id("event-" + workshop.id()));
        screenshot("events-programme.png");
        click(browser.findElement(By.linkText(workshop.title())));
        click(waitFor(By.id("register")));
        waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.id("my-registration-status"),
                "You are registered"));
        assertThat(browser.findElement(By.id("event-places")).getText()).startsWith("Full");
        screenshot("event-registered.png");

        clock.advance(Duration.between(clock.instant(), workshop.startsAt()).plusHours(1));
        signIn(REGISTRAR, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        open("/registrar/attendance/" + workshop.id(), By.id("attendance-grid"));
        click(waitFor(By.id("attend-" + memberId)));
        waitFor(By.id("unattend-" + memberId));
        screenshot("attendance.png");
        open("/registrar/event/" + workshop.id(), By.id("save-event"));
        screenshot("event-editor.png");

        signIn(MEMBER, DEMO_PASSWORD);
        waitFor(By.id("home-greeting"));
        assertThat(Integer.parseInt(browser.findElement(By.id("panel-points-total")).getText()))
                .isEqualTo(pointsBefore + workshop.membershipPoints());
        screenshot("member-home-points.png");
        open("/my/points", By.id("points-history"));
        assertThat(browser.findElement(By.id("attended-events")).getText()).contains(workshop.title());
        screenshot("my-points.png");
        assertThat(countedCpdCredits()).as("the workshop's hours count toward her CCSP")
                .isEqualByComparingTo(cpdBefore.add(workshop.educationalHours()));
    }

    /** The demo member's counted CPD credits, as her CPD progress shows them. */
    private BigDecimal countedCpdCredits() {
        TestAccounts.signInAs(MEMBER, Role.MEMBER);
        try {
            return cpd.myProgress().getFirst().counted();
        } finally {
            TestAccounts.signInAs(REGISTRAR, Role.REGISTRAR);
        }
    }

    private static void screenshot(String name) throws IOException {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((ChromeDriver) browser).getScreenshotAs(OutputType.BYTES));
    }
}
