package org.guildhall.certification.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.guildhall.certification.CertificationStatus;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.domain.BitstringStatusList;
import org.guildhall.certification.domain.CertificationRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issues the institute's signed Open Badges and status lists on request, from the certifications as they stand:
 * a badge reflects the current cycle and the name as issued, and the status lists reflect every suspension and
 * revocation the moment it is recorded (a suspension with an end date drops out of the list on that day).
 * Everything here is public by design: a badge's URL carries its 80-bit verification code.
 */
@Service
@Transactional(readOnly = true)
class BadgeIssuer {

    private final CertificationRepository certifications;
    private final DesignationCatalogue catalogue;
    private final BadgeSigner signer;
    private final CredentialLinks urls;
    private final Clock clock;

    BadgeIssuer(CertificationRepository certifications, DesignationCatalogue catalogue, BadgeSigner signer,
            CredentialLinks urls, Clock clock) {
        this.certifications = certifications;
        this.catalogue = catalogue;
        this.signer = signer;
        this.urls = urls;
        this.clock = clock;
    }

    /** The signed badge (a VC-JOSE JWT) of the current cycle of the certification with {@code code}. */
    Optional<String> signedBadge(String code) {
        return certifications.findByVerificationCode(code.strip().toUpperCase()).map(certification -> {
            var summary = certification.toSummary(today());
            return signer.sign(OpenBadgeCredentials.badge(summary, catalogue.designation(summary.designationCode()),
                    certification.statusListIndex(), urls));
        });
    }

    /** The signed status list for {@code purpose}, or empty for a purpose the institute does not publish. */
    Optional<String> signedStatusList(String purpose) {
        List<Integer> set = switch (purpose) {
            case OpenBadgeCredentials.REVOCATION -> certifications.findRevokedStatusListIndexes();
            case OpenBadgeCredentials.SUSPENSION -> certifications.findWithSuspensionOnRecord().stream()
                    .filter(certification -> certification.toSummary(today()).status() == CertificationStatus.SUSPENDED)
                    .map(certification -> certification.statusListIndex()).toList();
            default -> null;
        };
        if (set == null) {
            return Optional.empty();
        }
        return Optional.of(signer.sign(OpenBadgeCredentials.statusList(purpose,
                BitstringStatusList.withBitsSet(set).encoded(), clock.instant(), urls)));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
