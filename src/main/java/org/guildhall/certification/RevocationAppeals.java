package org.guildhall.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.guildhall.certification.domain.Certification;
import org.guildhall.certification.domain.CertificationRepository;
import org.guildhall.certification.domain.HistoryEntry;
import org.guildhall.certification.domain.HistoryEntryRepository;
import org.guildhall.shared.ForOtherModules;
import org.guildhall.shared.Shortened;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the appeals process (issue 20) needs from credentials: a holder's revoked certifications, and the
 * withdrawal of a revocation when an appeal is upheld. The public pages and status lists read the standing on
 * each request, so the credential stands again at once. The appeals module has authorised each step; no view may
 * call these.
 */
@Service
@ForOtherModules
@NamedInterface("api")
@Transactional(readOnly = true)
public class RevocationAppeals {

    private final CertificationRepository certifications;
    private final HistoryEntryRepository history;
    private final Clock clock;

    RevocationAppeals(CertificationRepository certifications, HistoryEntryRepository history, Clock clock) {
        this.certifications = certifications;
        this.history = history;
        this.clock = clock;
    }

    /** The holder's revoked certifications, latest award first. */
    public List<Revocation> revocationsOf(long holderAccountId) {
        return certifications.findByHolderAccountIdOrderByAwardedOnDesc(holderAccountId).stream()
                .map(this::revocation).flatMap(Optional::stream).toList();
    }

    /** The certification's revocation; a certification that is not revoked (or none) is not found. */
    public Revocation revocation(long certificationId) {
        return certifications.findById(certificationId).flatMap(this::revocation)
                .orElseThrow(() -> new CertificationNotFoundException(certificationId));
    }

    /** Withdraws the revocation on appeal, recorded in the certification's history with the appeal's reasons. */
    @Transactional
    public void withdrawOnAppeal(long certificationId, long actorAccountId, String reasons) {
        var certification = certifications.lockById(certificationId);
        certification.withdrawRevocation();
        history.save(new HistoryEntry(certificationId, clock.instant(), actorAccountId, CertificationAction.REINSTATED,
                Shortened.toFit(reasons, 1000)));
    }

    private Optional<Revocation> revocation(Certification certification) {
        var standing = certification.toSummary(LocalDate.now(clock)).standing();
        if (standing == null || !standing.revoked()) {
            return Optional.empty();
        }
        long revokedBy = history.findByCertificationIdOrderByHappenedAtAscIdAsc(certification.id()).stream()
                .filter(entry -> entry.action() == CertificationAction.REVOKED).map(HistoryEntry::actorAccountId)
                .reduce((first, last) -> last).orElse(-1L);
        return Optional.of(new Revocation(certification.id(), certification.holderAccountId(),
                certification.designationCode(), standing.since(), revokedBy, Objects.requireNonNull(
                        standing.explanation())));
    }
}
