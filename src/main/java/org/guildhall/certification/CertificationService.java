package org.guildhall.certification;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.guildhall.certification.CertificationEvents.CertificationAwarded;
import org.guildhall.certification.CertificationEvents.CertificationLapsed;
import org.guildhall.certification.CertificationEvents.CertificationRenewed;
import org.guildhall.certification.domain.Certification;
import org.guildhall.certification.domain.CertificationRepository;
import org.guildhall.certification.domain.Designation;
import org.guildhall.certification.domain.DesignationRepository;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awarded certifications and their cycles. Awards and renewals come from the processes that earn them (an exam
 * pass, a panel decision, a renewal with CPD met and fee paid), which call this service; members read their own
 * certifications, staff read anyone's.
 */
@Service
@Transactional(readOnly = true)
public class CertificationService {

    private final CertificationRepository certifications;
    private final DesignationRepository designations;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CertificationService(CertificationRepository certifications, DesignationRepository designations,
            AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.certifications = certifications;
        this.designations = designations;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Awards {@code designationCode} to the holder, its first cycle starting {@code awardedOn}. Refused while the
     * holder still holds that designation (active or renewal due): a lapsed or expired one is reinstated only by a
     * new award, which keeps the old record as history.
     */
    @Transactional
    public CertificationSummary award(long holderAccountId, String designationCode, Route route, LocalDate awardedOn) {
        Designation designation = designations.findById(designationCode)
                .orElseThrow(() -> new IllegalArgumentException("No designation " + designationCode));
        boolean holdsIt = certifications.findByHolderAccountIdOrderByAwardedOnDesc(holderAccountId).stream()
                .filter(held -> held.designationCode().equals(designationCode))
                .anyMatch(held -> held.toSummary(today()).status().isCurrent());
        if (holdsIt) {
            throw new CertificationRefusedException("You already hold " + designationCode + ".");
        }
        var certification = certifications.save(new Certification(holderAccountId, designation, route, awardedOn));
        var summary = certification.toSummary(today());
        events.publishEvent(new CertificationAwarded(summary.id(), holderAccountId, designationCode, route, awardedOn,
                summary.cycle().expiresOn()));
        return summary;
    }

    /**
     * Starts the next cycle at the previous expiry. The caller (the CPD module's renewal) has checked the
     * requirement and the fee; this checks only that the renewal window is open.
     */
    @Transactional
    public CertificationSummary renew(long certificationId) {
        var certification = certifications.findById(certificationId)
                .orElseThrow(() -> new CertificationNotFoundException(certificationId));
        if (!certification.cycle().isRenewalWindowOpen(today()) || certification.lapsedOn() != null) {
            throw new CertificationRefusedException("The renewal window for this certification opens on "
                    + certification.cycle().renewalOpensOn() + " and closes at expiry.");
        }
        certification.renew(designations.getReferenceById(certification.designationCode()));
        var summary = certification.toSummary(today());
        events.publishEvent(new CertificationRenewed(summary.id(), summary.holderAccountId(),
                summary.designationCode(), summary.cycle()));
        return summary;
    }

    /**
     * Records every certification that reached expiry unrenewed as lapsed. Each row is locked before it is marked,
     * so two instances running this at once lapse (and announce) each certification once; running it again
     * changes nothing.
     */
    @Transactional
    public int lapseExpired() {
        LocalDate today = today();
        int lapsed = 0;
        for (long id : certifications.findIdsDueToLapse(today)) {
            var certification = certifications.lockById(id);
            if (certification.lapsedOn() == null && certification.cycle().hasExpired(today)) {
                certification.lapse(today);
                events.publishEvent(new CertificationLapsed(id, certification.holderAccountId(),
                        certification.designationCode(), certification.cycle().expiresOn()));
                lapsed++;
            }
        }
        return lapsed;
    }

    /** Any holder's certifications, newest first, for other modules' rules (CPD counting, conflicts). */
    public List<CertificationSummary> certificationsOf(long holderAccountId) {
        LocalDate today = today();
        return certifications.findByHolderAccountIdOrderByAwardedOnDesc(holderAccountId).stream()
                .map(certification -> certification.toSummary(today)).toList();
    }

    /** Current certifications whose cycle expires from tomorrow up to {@code until}, for reminder jobs (CPD). */
    public List<CertificationSummary> currentExpiringBy(LocalDate until) {
        LocalDate today = today();
        return certifications.findByExpiresOnBetweenAndLapsedOnIsNull(today.plusDays(1), until).stream()
                .map(certification -> certification.toSummary(today)).toList();
    }

    @PreAuthorize("isAuthenticated()")
    public List<CertificationSummary> myCertifications() {
        return certificationsOf(accounts.currentAccount().id());
    }

    /** One certification, for its holder or staff; anyone else is told it does not exist. */
    @PreAuthorize("isAuthenticated()")
    public CertificationSummary certification(long id) {
        var current = accounts.currentAccount();
        return certifications.findById(id)
                .filter(found -> found.holderAccountId() == current.id() || current.has(Role.REGISTRAR)
                        || current.has(Role.ADMIN))
                .map(found -> found.toSummary(today()))
                .orElseThrow(() -> new CertificationNotFoundException(id));
    }

    /** A certification found by the code printed on its certificate, for the public verification page. */
    public Optional<CertificationSummary> byVerificationCode(String code) {
        return certifications.findByVerificationCode(code.trim().toUpperCase()).map(found -> found.toSummary(today()));
    }

    /**
     * The public answer for a certificate's code: holder, designation, status and valid-until only. An unknown
     * code is empty; the code's 80 random bits keep anyone from finding others by guessing.
     */
    public Optional<PublicVerification> verify(String code) {
        return byVerificationCode(code).map(found -> new PublicVerification(
                accounts.summaryOf(found.holderAccountId()).fullName(), found.designationCode(),
                found.designationName(), found.status(), found.cycle().lastValidDay()));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
