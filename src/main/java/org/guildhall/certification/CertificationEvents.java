package org.guildhall.certification;

import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** What happens to certifications, for other modules (notifications, CPD, portfolios) to act on. */
public final class CertificationEvents {

    private CertificationEvents() {
    }

    @NamedInterface("events")
    public record CertificationAwarded(long certificationId, long holderAccountId, String designationCode,
            Route route, LocalDate awardedOn, LocalDate expiresOn) {
    }

    @NamedInterface("events")
    public record CertificationRenewed(long certificationId, long holderAccountId, String designationCode,
            CertificationCycle newCycle) {
    }

    @NamedInterface("events")
    public record CertificationLapsed(long certificationId, long holderAccountId, String designationCode,
            LocalDate expiredOn) {
    }

    /**
     * The registrar suspended, lifted a suspension of, or revoked a certification (issue 17): the holder is told,
     * with the reason; the status list already says so.
     */
    @NamedInterface("events")
    public record CertificationStandingChanged(long historyEntryId, long certificationId, long holderAccountId,
            String designationCode, CertificationAction action, String explanation) {
    }

    /** A name change was approved: the credential was issued again in the new name, same code and dates. */
    @NamedInterface("events")
    public record CertificationReissued(long certificationId, int issueNumber, long holderAccountId,
            String designationCode, String holderName) {
    }

    /** A candidate passed the experience-route check for a designation: the portfolio module opens a portfolio. */
    @NamedInterface("events")
    public record ExperienceRouteOpened(long candidateAccountId, String designationCode) {
    }
}
