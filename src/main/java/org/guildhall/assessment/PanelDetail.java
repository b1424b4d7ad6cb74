package org.guildhall.assessment;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A panel as its members and the registrar see it. {@code me} is the reader's own seat, if they sit on it.
 */
public record PanelDetail(long panelId, long version, long portfolioId, int portfolioVersion, long candidateAccountId,
        String candidateName, String designationCode, String designationName, LocalDate dueOn, PanelStatus status,
        int panelSize, List<Member> members, @Nullable Member me, boolean readerIsRegistrar, @Nullable Interview interview,
        @Nullable Decision decision) {

    /** Interviews' kind of calendar entry, in their calendar file's address and UID. */
    public static final String INTERVIEW_CALENDAR_KIND = "interview";

    /** A seat on the panel. */
    public record Member(long memberId, long assessorAccountId, String name, boolean chair, boolean recused,
            @Nullable String recusalReason, @Nullable String conflictOverride, boolean scoreSubmitted,
            boolean overdue) {
    }

    public record Interview(LocalDateTime at, String place, @Nullable String outcome) {
    }

    /** What was decided; {@code domains} in the rubric's order, empty for a decision from before issue 20. */
    public record Decision(PanelOutcome outcome, String rationale, String messageToCandidate, Instant decidedAt,
            @Nullable UUID letterDocumentId, List<DomainVerdict> domains) {
    }

    public List<Member> activeMembers() {
        return members.stream().filter(member -> !member.recused()).toList();
    }

    public boolean allScoresIn() {
        return activeMembers().stream().allMatch(Member::scoreSubmitted) && !activeMembers().isEmpty();
    }

    /** Whether a seat left by a recusal still waits for a replacement. */
    public boolean awaitsReplacement() {
        return activeMembers().size() < panelSize;
    }

    public boolean readerChairs() {
        return me != null && me.chair();
    }
}
