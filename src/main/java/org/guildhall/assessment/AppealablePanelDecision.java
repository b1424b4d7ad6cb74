package org.guildhall.assessment;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A panel's decision as an appeal against it reads it: who took it (every assessor ever seated, recused ones too),
 * when, and the file the appeal panel sees (the outcome, the panel's rationale, the words to the candidate, the
 * outcome per competency domain and the letter).
 *
 * @param awarded whether the panel awarded the designation (an appeal can only ask for an award then)
 */
@NamedInterface("api")
public record AppealablePanelDecision(long panelId, long candidateAccountId, String designationCode,
        String designationName, boolean awarded, Text outcome, LocalDate decidedOn, Set<Long> deciderAccountIds,
        String rationale, String messageToCandidate, List<Finding> findings, @Nullable UUID letterDocumentId) {

    public AppealablePanelDecision {
        deciderAccountIds = Set.copyOf(deciderAccountIds);
        findings = List.copyOf(findings);
    }

    /** The panel's outcome on one competency domain, with its feedback to the candidate. */
    public record Finding(Text domain, Text result, String feedback) {
    }
}
