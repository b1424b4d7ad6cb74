package org.guildhall.notification.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.guildhall.assessment.AssessmentEvents.AssessorAssigned;
import org.guildhall.assessment.AssessmentEvents.PanelDecided;
import org.guildhall.assessment.AssessmentEvents.ScoreReminderSent;
import org.guildhall.assessment.PanelOutcome;
import org.guildhall.notification.domain.Notice.Recipient;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 5: assessors are told what to score and by when; candidates get their letter, never a panel's names. */
class AssessmentNotificationsTest {

    private final Recipient mei = new Recipient(7, "mei.chen@lumen-care.example", "Mei Chen");

    @Test
    void an_assigned_assessor_is_told_the_candidate_the_designation_and_the_due_date() {
        var notice = AssessmentNotifications.assigned(new AssessorAssigned(12, 7, "Kwame Mensah", "CCSM",
                LocalDate.of(2026, 12, 16), true), mei);

        assertThat(notice.subject().english()).isEqualTo("Portfolio to assess: Kwame Mensah (CCSM)");
        assertThat(notice.text().english()).contains("as its chair", "by 16 Dec 2026", "recuse");
        assertThat(notice.route()).isEqualTo("review/panel/12");
    }

    @Test
    void each_reminder_is_its_own_email_saying_what_was_due_and_when() {
        var first = AssessmentNotifications.reminder(new ScoreReminderSent(12, 7, "Kwame Mensah", "CCSM",
                LocalDate.of(2026, 12, 16), Instant.parse("2026-12-18T09:00:00Z")), mei);
        var second = AssessmentNotifications.reminder(new ScoreReminderSent(12, 7, "Kwame Mensah", "CCSM",
                LocalDate.of(2026, 12, 16), Instant.parse("2026-12-21T09:00:00Z")), mei);

        assertThat(first.text().english()).contains("was due on 16 Dec 2026", "four domains", "recommendation");
        assertThat(first.idempotencyKey()).isNotEqualTo(second.idempotencyKey());
    }

    @Test
    void the_candidate_is_sent_to_their_letter() {
        var letter = UUID.randomUUID();
        var notice = AssessmentNotifications.decided(new PanelDecided(12, 40, "CCSM", PanelOutcome.AWARD, letter),
                new Recipient(40, "kwame@example.org", "Kwame Mensah"));

        assertThat(notice.text().english()).startsWith("The panel has awarded you the designation.");
        assertThat(notice.route()).isEqualTo("documents/" + letter + "?view=true");
    }
}
