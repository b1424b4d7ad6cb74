package org.guildhall.cpd;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.guildhall.certification.CertificationAwards;
import org.guildhall.certification.CertificationNotFoundException;
import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.certification.DesignationCatalogue;
import org.guildhall.certification.DesignationSummary;
import org.guildhall.cpd.CpdEvents.RecertificationEssayReviewed;
import org.guildhall.cpd.domain.RecertificationEssay;
import org.guildhall.cpd.domain.RecertificationEssayRepository;
import org.guildhall.cpd.domain.RenewalReadiness;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.payment.InvoiceSummary;
import org.guildhall.payment.PaymentPurpose;
import org.guildhall.payment.PaymentService;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recertification through CPD (seed 001): from six weeks before expiry, a member who has met the requirement pays
 * the non-refundable renewal fee and, where the designation asks for it, has an essay accepted by an assessor
 * (seed 004); the certification then renews into its next cycle. Whichever of these comes last triggers the
 * renewal, so the member never has to come back to press a button.
 */
@Service
@Transactional(readOnly = true)
public class RenewalService {

    private static final Logger log = LoggerFactory.getLogger(RenewalService.class);
    private static final String SUBJECT_PREFIX = "renewal:";

    private final CertificationService certifications;
    private final CertificationAwards awards;
    private final DesignationCatalogue catalogue;
    private final PaymentService payments;
    private final CpdService cpd;
    private final RecertificationEssayRepository essays;
    private final AccountService accounts;
    private final EssayReviewerCredit reviewerCredit;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;

    RenewalService(CertificationService certifications, CertificationAwards awards, DesignationCatalogue catalogue,
            PaymentService payments, CpdService cpd, RecertificationEssayRepository essays, AccountService accounts,
            EssayReviewerCredit reviewerCredit, ApplicationEventPublisher publisher, Clock clock) {
        this.certifications = certifications;
        this.awards = awards;
        this.catalogue = catalogue;
        this.payments = payments;
        this.cpd = cpd;
        this.essays = essays;
        this.accounts = accounts;
        this.reviewerCredit = reviewerCredit;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The invoice subject naming one cycle's renewal fee, so each cycle is billed once. */
    public static String invoiceSubject(long certificationId, int cycleNumber) {
        return SUBJECT_PREFIX + certificationId + ":" + cycleNumber;
    }

    /** The signed-in holder's renewal picture for one of their certifications. */
    @PreAuthorize("isAuthenticated()")
    public RenewalStatus status(long certificationId) {
        return statusOf(certifications.certification(certificationId));
    }

    /**
     * Issues the renewal fee's invoice (once per cycle; asking again returns the same invoice). Only inside the
     * window and once the requirement is met, because the fee is non-refundable.
     */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public InvoiceSummary requestRenewal(long certificationId) {
        var certification = ownCertification(certificationId);
        var today = LocalDate.now(clock);
        if (!certification.cycle().isRenewalWindowOpen(today)) {
            throw new CpdRefusedException("cpd.renewal.window-not-open",
                    certification.cycle().renewalOpensOn());
        }
        var tally = cpd.tallyOf(certification);
        if (!tally.met()) {
            throw new CpdRefusedException("cpd.renewal.requirement-first", tally.shortBy());
        }
        var designation = designation(certification);
        return payments.issue(certification.holderAccountId(), PaymentPurpose.RENEWAL,
                invoiceSubject(certification.id(), certification.cycleNumber()),
                "Renewal fee: " + certification.designationName() + ", cycle " + (certification.cycleNumber() + 1),
                designation.renewalFee());
    }

    /** The member's recertification essay for the certification's current cycle; a returned one is rewritten. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public EssayDetails submitEssay(long certificationId, String body) {
        var certification = ownCertification(certificationId);
        if (!designation(certification).recertificationEssayRequired()) {
            throw new CpdRefusedException("cpd.essay.not-asked", certification.designationCode());
        }
        var essay = essays.findByCertificationIdAndCycleNumber(certificationId, certification.cycleNumber())
                .map(existing -> {
                    existing.resubmit(body, clock.instant());
                    return existing;
                })
                .orElseGet(() -> essays.save(new RecertificationEssay(certification.holderAccountId(),
                        certificationId, certification.cycleNumber(), certification.designationCode(), body,
                        clock.instant())));
        return view(essay);
    }

    /** Essays waiting for an assessor, oldest first. */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    public List<EssayDetails> essaysToReview() {
        return essays.findByStatusOrderBySubmittedAtAsc(EssayStatus.SUBMITTED).stream().map(this::view).toList();
    }

    /**
     * An assessor accepts the essay or returns it with feedback, and earns giving-back CPD credit for the review.
     * Nobody reviews their own essay. An accepted essay may be the last thing the renewal waited for.
     */
    @PreAuthorize("hasRole('" + Role.Names.ASSESSOR + "')")
    @Transactional
    public void reviewEssay(long essayId, boolean accept, @Nullable String feedback) {
        var assessor = accounts.currentAccount();
        var essay = essays.lockById(essayId).orElseThrow(() -> new CpdRefusedException("cpd.essay.not-found"));
        if (essay.accountId() == assessor.id()) {
            throw new CpdRefusedException("cpd.essay.own");
        }
        String note = feedback == null || feedback.isBlank() ? null : feedback.strip();
        if (!accept && note == null) {
            throw CpdRefusedException.onField(EssayReviewData.FEEDBACK, "cpd.essay.change-needed");
        }
        essay.review(accept, assessor.email(), note, clock.instant());
        reviewerCredit.grant(essay, assessor.id());
        var certification = certifications.certificationsOf(essay.accountId()).stream()
                .filter(held -> held.id() == essay.certificationId()).findFirst().orElseThrow();
        publisher.publishEvent(new RecertificationEssayReviewed(essayId, essay.accountId(),
                certification.designationName(), accept, note == null ? "" : note, clock.instant()));
        if (accept) {
            renewIfReady(essay.accountId(), essay.certificationId(), essay.cycleNumber());
        }
    }

    /**
     * Renews the certification if everything is in for the given cycle, else does nothing; called whenever one of
     * the conditions changes (fee paid, essay accepted). Naming the cycle makes a repeat harmless: once renewed,
     * the certification is in the next cycle and the call is ignored.
     */
    @Transactional
    public boolean renewIfReady(long holderAccountId, long certificationId, int cycleNumber) {
        var holder = certifications.certificationsOf(holderAccountId).stream()
                .filter(held -> held.id() == certificationId && held.cycleNumber() == cycleNumber).findFirst();
        if (holder.isEmpty() || !statusOf(holder.get()).ready()) {
            return false;
        }
        try {
            var renewed = awards.renew(certificationId);
            log.info("Certification {} renewed into cycle {}", certificationId, renewed.cycleNumber());
            return true;
        } catch (ObjectOptimisticLockingFailureException alreadyRenewed) {
            return false;
        }
    }

    /** The certification and cycle a renewal invoice is for, when the subject is one of ours. */
    public static Optional<RenewalSubject> parseSubject(String subject) {
        var parts = subject.split(":");
        if (parts.length != 3 || !(parts[0] + ":").equals(SUBJECT_PREFIX)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RenewalSubject(Long.parseLong(parts[1]), Integer.parseInt(parts[2])));
        } catch (NumberFormatException notOurs) {
            return Optional.empty();
        }
    }

    /** One cycle of one certification, as a renewal invoice names it. */
    public record RenewalSubject(long certificationId, int cycleNumber) {
    }

    RenewalStatus statusOf(CertificationSummary certification) {
        var designation = designation(certification);
        var invoice = payments.invoiceFor(PaymentPurpose.RENEWAL,
                invoiceSubject(certification.id(), certification.cycleNumber())).orElse(null);
        var essay = essays.findByCertificationIdAndCycleNumber(certification.id(), certification.cycleNumber())
                .map(this::view).orElse(null);
        var readiness = RenewalReadiness.evaluate(certification.cycle(), LocalDate.now(clock),
                cpd.tallyOf(certification), invoice != null && invoice.isPaid(),
                designation.recertificationEssayRequired(),
                essay != null && essay.status() == EssayStatus.ACCEPTED);
        return new RenewalStatus(certification, certification.cycle().isRenewalWindowOpen(LocalDate.now(clock)),
                certification.cycle().renewalOpensOn(), designation.renewalFee(), invoice,
                designation.recertificationEssayRequired(), essay, readiness.outstanding());
    }

    private CertificationSummary ownCertification(long certificationId) {
        var certification = certifications.certification(certificationId);
        if (certification.holderAccountId() != accounts.currentAccount().id()) {
            throw new CertificationNotFoundException(certificationId);
        }
        return certification;
    }

    private DesignationSummary designation(CertificationSummary certification) {
        return catalogue.all().stream().filter(designation -> designation.code().equals(certification.designationCode()))
                .findFirst().orElseThrow();
    }

    private EssayDetails view(RecertificationEssay essay) {
        return new EssayDetails(essay.id(), essay.accountId(), accounts.summaryOf(essay.accountId()).fullName(),
                essay.certificationId(), essay.cycleNumber(), essay.designationCode(), essay.body(), essay.status(),
                essay.submittedAt(), essay.feedback());
    }
}
