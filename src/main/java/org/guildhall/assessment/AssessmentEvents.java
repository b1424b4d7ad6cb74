package org.guildhall.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

/** What happens on panels, for notifications to tell assessors and candidates. */
public final class AssessmentEvents {

    private AssessmentEvents() {
    }

    public record AssessorAssigned(long panelId, long assessorAccountId, String candidateName,
            String designationCode, LocalDate dueOn, boolean chair) {
    }

    /** A chair or registrar reminded an assessor whose score is overdue. */
    public record ScoreReminderSent(long panelId, long assessorAccountId, String candidateName,
            String designationCode, LocalDate dueOn, Instant sentAt) {
    }

    public record InterviewScheduled(long panelId, long candidateAccountId, String designationCode,
            LocalDateTime at, String place) {
    }

    /** The panel decided; the candidate's letter is a document they own. Names no assessor. */
    public record PanelDecided(long panelId, long candidateAccountId, String designationCode, PanelOutcome outcome,
            UUID letterDocumentId) {
    }
}
