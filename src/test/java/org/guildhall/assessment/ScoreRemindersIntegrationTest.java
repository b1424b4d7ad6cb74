package org.guildhall.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.guildhall.IntegrationTest;
import org.guildhall.MutableClock;
import org.guildhall.TestAccounts;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountProvisioning;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.MyAccountService;
import org.guildhall.platform.Languages;
import org.guildhall.portfolio.PortfolioLifecycle;
import org.guildhall.portfolio.PortfolioService;
import org.guildhall.settings.Settings;
import org.guildhall.settings.TestSettings;
import org.guildhall.assessment.domain.AssessorQualificationRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 20 on MariaDB: an assessor who has not scored is reminded N days before the panel's due date (a setting)
 * and on the due date, each once however often the job runs, by email in their own language; one who has scored is
 * not reminded.
 */
@IntegrationTest
class ScoreRemindersIntegrationTest {

    @Autowired ScoreReminders reminders;
    @Autowired PortfolioService portfolios;
    @Autowired PortfolioLifecycle lifecycle;
    @Autowired DocumentService documents;
    @Autowired PanelService panels;
    @Autowired ReviewService reviews;
    @Autowired PanelChairService chairs;
    @Autowired AccountProvisioning provisioning;
    @Autowired AssessorQualificationRepository qualifications;
    @Autowired MyAccountService myAccount;
    @Autowired Settings settings;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void restoreSetting() {
        TestSettings.restore(jdbc, settings, AssessmentSettings.REMINDER_DAYS_BEFORE);
    }

    @Test
    void assessors_who_have_not_scored_are_reminded_n_days_before_and_on_the_due_day_once_each() {
        TestSettings.override(jdbc, settings, AssessmentSettings.REMINDER_DAYS_BEFORE, 4);
        var fixtures = new PanelFixtures(portfolios, lifecycle, documents, panels, reviews, chairs, provisioning,
                qualifications);
        var chair = fixtures.assessor("Ines Chair");
        var french = fixtures.assessor("Théo Second");
        var prompt = fixtures.assessor("Una Prompt");
        TestAccounts.signInAs(french);
        myAccount.chooseCurrentLanguage(Languages.FRENCH);
        LocalDate today = LocalDate.now(clock);
        long panelId = fixtures.panel(List.of(chair, french, prompt), today.plusDays(6));
        fixtures.score(panelId, prompt);

        moveDays(1);
        reminders.sendDueReminders();
        assertThat(remindersTo(chair)).as("five days before, with the setting at four, nobody yet").isZero();

        moveDays(1);
        reminders.sendDueReminders();
        reminders.sendDueReminders();
        awaitQueued(chair, "Reminder: your score for Kofi Candidate is due on %", 1);
        awaitQueued(french, "Rappel : votre note pour Kofi Candidate est attendue le %", 1);
        assertThat(remindersTo(prompt)).as("a submitted score needs no reminder").isZero();

        moveDays(1);
        reminders.sendDueReminders();
        assertThat(remindersTo(chair)).as("never twice before the due day").isEqualTo(1);

        moveDays(3);
        reminders.sendDueReminders();
        reminders.sendDueReminders();
        awaitQueued(chair, "Reminder: your score for Kofi Candidate is due today", 1);
        awaitQueued(french, "Rappel : votre note pour Kofi Candidate est attendue aujourd’hui", 1);

        moveDays(1);
        reminders.sendDueReminders();
        assertThat(remindersTo(chair)).as("after the due day the chair's manual reminder takes over").isEqualTo(2);
        assertThat(remindersTo(prompt)).isZero();
    }

    private void moveDays(int days) {
        clock.advance(Duration.ofDays(days));
    }

    private void awaitQueued(AccountSummary assessor, String subjectPattern, int count) {
        await().atMost(Duration.ofSeconds(10)).until(() -> queued(assessor, subjectPattern) >= count);
        assertThat(queued(assessor, subjectPattern)).isEqualTo(count);
    }

    private int remindersTo(AccountSummary assessor) {
        return queued(assessor, "Rappel :%") + queued(assessor, "Reminder:%");
    }

    private int queued(AccountSummary assessor, String subjectPattern) {
        return jdbc.queryForObject("select count(*) from outbound_email where recipient = ? and subject like ?",
                Integer.class, assessor.email(), subjectPattern);
    }
}
