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

    /** A candidate passed the experience-route check for a designation: the portfolio module opens a portfolio. */
    @NamedInterface("events")
    public record ExperienceRouteOpened(long candidateAccountId, String designationCode) {
    }
}
