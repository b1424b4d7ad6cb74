package org.guildhall.certification;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;

import org.guildhall.certification.CertificationEvents.CertificationAwarded;
import org.guildhall.certification.CertificationEvents.CertificationLapsed;
import org.guildhall.certification.CertificationEvents.CertificationRenewed;
import org.guildhall.certification.domain.BitstringStatusList;
import org.guildhall.certification.domain.Certification;
import org.guildhall.certification.domain.CertificationRepository;
import org.guildhall.certification.domain.Designation;
import org.guildhall.certification.domain.DesignationRepository;
import org.guildhall.identity.AccountService;
import org.guildhall.shared.ForOtherModules;
import org.guildhall.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Awarding, renewing and lapsing certifications, for the processes that earn or lose them: an exam pass (exams),
 * a panel decision (assessment), a renewal with CPD met and fee paid (CPD), the nightly lapse job. Each caller has
 * authorised the step; no view may call these.
 */
@Service
@ForOtherModules
@NamedInterface("api")
public class CertificationAwards {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final CertificationRepository certifications;
    private final DesignationRepository designations;
    private final AccountService accounts;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    CertificationAwards(CertificationRepository certifications, DesignationRepository designations,
            AccountService accounts, ApplicationEventPublisher publisher, Clock clock) {
        this.certifications = certifications;
        this.designations = designations;
        this.accounts = accounts;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * Awards {@code designationCode} to the holder, its first cycle starting {@code awardedOn}. Refused while the
     * holder still holds that designation (active or renewal due): a lapsed or expired one is reinstated only by a
     * new award, which keeps the old record as history. The holder's name today is the name issued on it.
     */
    @Transactional
    public CertificationSummary award(long holderAccountId, String designationCode, Route route, LocalDate awardedOn) {
        Designation designation = designations.findById(designationCode)
                .orElseThrow(() -> new IllegalArgumentException("No designation " + designationCode));
        boolean holdsIt = certifications.findByHolderAccountIdOrderByAwardedOnDesc(holderAccountId).stream()
                .filter(held -> held.designationCode().equals(designationCode))
                .anyMatch(held -> held.toSummary(today()).status().holdsDesignation());
        if (holdsIt) {
            throw new CertificationRefusedException(Text.of("certification.award.already-held", designationCode));
        }
        var certification = certifications.save(new Certification(holderAccountId,
                accounts.summaryOf(holderAccountId).fullName(), designation, route, awardedOn,
                unusedStatusListIndex()));
        var summary = certification.toSummary(today());
        publisher.publishEvent(new CertificationAwarded(summary.id(), holderAccountId, designationCode, route, awardedOn,
                summary.cycle().expiresOn()));
        return summary;
    }

    /**
     * Starts the next cycle at the previous expiry. The caller (the CPD module's renewal) has checked the
     * requirement and the fee; this checks that the renewal window is open and the certification is neither
     * suspended nor revoked.
     */
    @Transactional
    public CertificationSummary renew(long certificationId) {
        var certification = certifications.findById(certificationId)
                .orElseThrow(() -> new CertificationNotFoundException(certificationId));
        if (certification.isWithheldOn(today())) {
            throw new CertificationRefusedException("certification.renewal.withheld");
        }
        if (!certification.cycle().isRenewalWindowOpen(today()) || certification.lapsedOn() != null) {
            throw new CertificationRefusedException(Text.of("certification.renewal.window",
                    certification.cycle().renewalOpensOn()));
        }
        certification.renew(designations.getReferenceById(certification.designationCode()), today());
        var summary = certification.toSummary(today());
        publisher.publishEvent(new CertificationRenewed(summary.id(), summary.holderAccountId(),
                summary.designationCode(), summary.cycle()));
        return summary;
    }

    /**
     * Moves the end of the certification's cycle {@code cycleNumber} to {@code newExpiresOn} (a hardship extension
     * the CPD module's registrar granted, within its limit). Refused once that cycle is over (renewed or lapsed) or
     * the certification is withheld.
     */
    @Transactional
    public CertificationSummary extendCycle(long certificationId, int cycleNumber, LocalDate newExpiresOn) {
        var certification = reliefFor(certificationId, cycleNumber);
        certification.extendCycleTo(newExpiresOn);
        return certification.toSummary(today());
    }

    /**
     * Lowers the CPD credits the certification's cycle {@code cycleNumber} requires (a pause the CPD module's
     * registrar granted, pro rata). Refused as {@link #extendCycle} is.
     */
    @Transactional
    public CertificationSummary reduceRequirement(long certificationId, int cycleNumber, int cpdHoursRequired) {
        var certification = reliefFor(certificationId, cycleNumber);
        certification.reduceRequirementTo(cpdHoursRequired);
        return certification.toSummary(today());
    }

    /** The certification locked, while {@code cycleNumber} is still its current, unlapsed cycle. */
    private Certification reliefFor(long certificationId, int cycleNumber) {
        if (!certifications.existsById(certificationId)) {
            throw new CertificationNotFoundException(certificationId);
        }
        var certification = certifications.lockById(certificationId);
        if (certification.toSummary(today()).cycleNumber() != cycleNumber || certification.lapsedOn() != null
                || certification.isWithheldOn(today())) {
            throw new CertificationRefusedException("certification.relief.cycle-over");
        }
        return certification;
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
                publisher.publishEvent(new CertificationLapsed(id, certification.holderAccountId(),
                        certification.designationCode(), certification.cycle().expiresOn()));
                lapsed++;
            }
        }
        return lapsed;
    }

    /**
     * A random index of the status lists that no certification has yet, so a certification's bit says nothing
     * about when it was issued (W3C Bitstring Status List, privacy considerations). The unique key settles a race.
     */
    private int unusedStatusListIndex() {
        int index;
        do {
            index = RANDOM.nextInt(BitstringStatusList.LENGTH);
        } while (certifications.existsByStatusListIndex(index));
        return index;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
