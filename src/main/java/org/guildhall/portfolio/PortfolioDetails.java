package org.guildhall.portfolio;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;

/**
 * A portfolio with its current version and the numbers of the versions before it.
 *
 * @param version the optimistic-lock version a save must be based on
 * @param guidance the panel's guidance while a resubmission is asked for
 * @param resubmitBy the last day the resubmission may be submitted, while one is asked for
 */
@NamedInterface("api")
public record PortfolioDetails(long id, long version, long candidateAccountId, String candidateName,
        String designationCode, PortfolioStatus status, Instant openedAt, @Nullable String guidance,
        @Nullable LocalDate resubmitBy,
        VersionDetails current, List<VersionDetails> earlier, List<Letter> letters) {

    /** One numbered version; frozen once {@code submittedAt} is set. */
    public record VersionDetails(int number, @Nullable Instant submittedAt, PortfolioContent content) {
    }

    /** A decision letter the candidate received (a PDF document they own). */
    public record Letter(String outcome, UUID documentId, LocalDate issuedOn) {

        public String viewPath() {
            return "documents/" + documentId + "?view=true";
        }
    }
}
