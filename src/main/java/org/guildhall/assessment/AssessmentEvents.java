package org.guildhall.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;
import org.springframework.modulith.NamedInterface;

/** What happens on panels, for notifications to tell assessors and candidates. */
public final class AssessmentEvents {

    private AssessmentEvents() {
    }

    @NamedInterface("events")
    public record AssessorAssigned(long panelId, long assessorAccountId, String candidateName,
            String designationCode, LocalDate dueOn, boolean chair) {
    }

    /** A chair or registrar reminded an assessor whose score is overdue. */
    @NamedInterface("events")
    public record ScoreReminderSent(long panelId, long assessorAccountId, String candidateName,
            String designationCode, LocalDate dueOn, Instant sentAt) {
    }

    /** An assessor has not scored yet and the due date is near ({@code dueToday} false) or today (issue 20). */
    @NamedInterface("events")
    public record ScoreDueSoon(long panelId, long assessorAccountId, String candidateName, String designationCode,
            LocalDate dueOn, boolean dueToday) {
    }

    @NamedInterface("events")
    public record InterviewScheduled(long panelId, long candidateAccountId, String designationCode,
            LocalDateTime at, String place) {
    }

    /** The panel decided; the candidate's letter is a document they own. Names no assessor. */
    @NamedInterface("events")
    public record PanelDecided(long panelId, long candidateAccountId, String designationCode, PanelOutcome outcome,
            UUID letterDocumentId) {
    }
}
