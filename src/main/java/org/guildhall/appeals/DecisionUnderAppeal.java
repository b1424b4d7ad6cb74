package org.guildhall.appeals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * A decision as the appeal sees it, whichever module took it: whose it is, when it was taken, who took it (none of
 * them may hear the appeal), what it was about, the original file the appeal panel reads and the documents in it.
 */
record DecisionUnderAppeal(AppealKind kind, long decisionId, long appellantAccountId, LocalDate decidedOn,
        Set<Long> deciderAccountIds, String subjectName, String reason, Text subject, List<Text> file,
        List<UUID> fileDocuments) {

    /** The same decision with more documents in its file (the portfolio a panel judged). */
    DecisionUnderAppeal withDocuments(List<UUID> more) {
        return new DecisionUnderAppeal(kind, decisionId, appellantAccountId, decidedOn, deciderAccountIds, subjectName,
                reason, subject, file, Stream.concat(more.stream(), fileDocuments.stream()).toList());
    }

    /** The one person who took the decision, when one did: a panel's members are read from the panel. */
    @Nullable Long soleDecider() {
        return kind == AppealKind.PANEL_DECISION || deciderAccountIds.isEmpty() ? null
                : deciderAccountIds.iterator().next();
    }
}
