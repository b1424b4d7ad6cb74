package org.guildhall.cpd;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.random.RandomGenerator;
import java.util.stream.Collectors;

import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.cpd.CpdEvents.CpdActivityApproved;
import org.guildhall.cpd.CpdEvents.CpdActivityRejected;
import org.guildhall.cpd.CpdEvents.CpdAuditRequested;
import org.guildhall.cpd.CpdEvents.CpdEvidenceRequested;
import org.guildhall.cpd.CpdProgress.CategoryProgress;
import org.guildhall.cpd.domain.ActivityType;
import org.guildhall.cpd.domain.ActivityTypeRepository;
import org.guildhall.cpd.domain.CategoryRule;
import org.guildhall.cpd.domain.CategoryRuleRepository;
import org.guildhall.cpd.domain.CpdActivity;
import org.guildhall.cpd.domain.CpdActivityRepository;
import org.guildhall.cpd.domain.CpdClaim;
import org.guildhall.cpd.domain.CpdLedger;
import org.guildhall.cpd.domain.CpdPolicyRepository;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' CPD activities: logging with evidence, drafts, edits and withdrawal before review, the registrar's
 * review and audit sample, and each certification's progress ({@link AutomaticCredits} records the credit the
 * institute grants from its own records).
 * A member sees only their own activities; anyone else's id reads as not found.
 */
@Service
@Transactional(readOnly = true)
public class CpdService {

    private static final EnumSet<CpdActivityStatus> REVIEW_QUEUE = EnumSet.of(CpdActivityStatus.SUBMITTED,
            CpdActivityStatus.AUDIT_SUBMITTED);

    private final CpdActivityRepository activities;
    private final CategoryRuleRepository categoryRules;
    private final ActivityTypeRepository activityTypes;
    private final CpdPolicyRepository policy;
    private final CertificationService certifications;
    private final AccountService accounts;
    private final DocumentService documents;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    CpdService(CpdActivityRepository activities, CategoryRuleRepository categoryRules,
            ActivityTypeRepository activityTypes, CpdPolicyRepository policy, CertificationService certifications,
            AccountService accounts, DocumentService documents, ApplicationEventPublisher publisher, Clock clock) {
        this.activities = activities;
        this.categoryRules = categoryRules;
        this.activityTypes = activityTypes;
        this.policy = policy;
        this.certifications = certifications;
        this.accounts = accounts;
        this.documents = documents;
        this.publisher = publisher;
        this.clock = clock;
    }

    /** The caps and credit values in force, for the form's rule sentences and choices. */
    public CpdRulebook rulebook() {
        return new CpdRulebook(
                categoryRules.findAll().stream()
                        .collect(Collectors.toMap(CategoryRule::category, CategoryRule::creditCap)),
                activityTypes.findAllByOrderByCategoryAscSortOrderAsc().stream().map(ActivityType::toType).toList());
    }

    // --- The member's log --------------------------------------------------------------------------------------

    /** Saves the activity as a draft (new when {@code id} is null) and returns its id. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public long saveDraft(@Nullable Long id, CpdActivityForm form) {
        return save(id, form).id();
    }

    /** Saves the activity and sends it for review; evidence is required. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public long submit(@Nullable Long id, CpdActivityForm form) {
        var activity = save(id, form);
        activity.submit(clock.instant());
        return activity.id();
    }

    /** Withdraws an activity not yet decided: it is gone from the log and the review queue. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public void withdraw(long id) {
        var activity = ownLocked(id);
        activity.checkWithdrawable();
        activities.delete(activity);
    }

    /** Answers an audit with the evidence asked for. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public void answerAudit(long id, List<UUID> evidence) {
        var activity = ownLocked(id);
        activity.submitAuditEvidence(ownDocuments(evidence), clock.instant());
    }

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<CpdActivityDetails> myActivities() {
        var me = accounts.currentAccount();
        var rules = rulebook();
        return activities.findByAccountIdOrderByEndsOnDescIdDesc(me.id()).stream()
                .map(activity -> view(activity, me, rules)).toList();
    }

    /** One of the signed-in member's activities; another member's id reads as not found. */
    @PreAuthorize("isAuthenticated()")
    public CpdActivityDetails myActivity(long id) {
        var me = accounts.currentAccount();
        return activities.findById(id).filter(activity -> activity.accountId() == me.id())
                .map(activity -> view(activity, me, rulebook()))
                .orElseThrow(() -> new CpdActivityNotFoundException(id));
    }

    /** Each of the signed-in member's current certifications with its CPD progress. */
    @PreAuthorize("isAuthenticated()")
    public List<CpdProgress> myProgress() {
        var me = accounts.currentAccount();
        var rules = rulebook();
        var own = activities.findByAccountIdOrderByEndsOnDescIdDesc(me.id());
        var ledger = new CpdLedger(rules, own.stream().map(CpdActivity::toEntry).toList());
        return certifications.certificationsOf(me.id()).stream()
                .filter(certification -> certification.status().isCurrent())
                .map(certification -> progress(certification, ledger, own.stream()
                        .filter(activity -> activity.status().isPending()
                                && certification.cycle().contains(activity.claim().completedOn()))
                        .map(activity -> view(activity, me, rules)).toList()))
                .toList();
    }

    /** The ledger of any member, for renewal, reminders and transcripts. */
    CpdLedger ledgerOf(long accountId) {
        return new CpdLedger(rulebook(), activities.findByAccountIdOrderByEndsOnDescIdDesc(accountId).stream()
                .map(CpdActivity::toEntry).toList());
    }

    /** A certification's counted credits now, for renewal and reminders. */
    CpdLedger.Tally tallyOf(CertificationSummary certification) {
        return ledgerOf(certification.holderAccountId()).tally(certification.cycle(),
                certification.cpdHoursRequired());
    }

    // --- The registrar's review ----------------------------------------------------------------------------------

    /** Activities waiting for a decision (new claims and answered audits), oldest first. */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<CpdActivityDetails> reviewQueue(Pageable page) {
        var rules = rulebook();
        return activities.findByStatusInOrderBySubmittedAtAsc(REVIEW_QUEUE, page).stream()
                .map(activity -> view(activity, accounts.summaryOf(activity.accountId()), rules)).toList();
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public long countReviewQueue() {
        return activities.countByStatusIn(REVIEW_QUEUE);
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public CpdActivityDetails forReview(long id) {
        return activities.findById(id)
                .map(activity -> view(activity, accounts.summaryOf(activity.accountId()), rulebook()))
                .orElseThrow(() -> new CpdActivityNotFoundException(id));
    }

    /**
     * Approves the claim (or its audit evidence). A new approval may be drawn for audit, with the configured
     * chance; an audit's own approval is final.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void approve(long id) {
        var activity = locked(id);
        boolean answeredAudit = activity.status() == CpdActivityStatus.AUDIT_SUBMITTED;
        Instant now = clock.instant();
        activity.approve(accounts.currentAccount().email(), now);
        var claim = activity.claim();
        publisher.publishEvent(new CpdActivityApproved(id, activity.accountId(), claim.title(),
                ledgerOf(activity.accountId()).creditsClaimed(claim), now));
        if (!answeredAudit && policy.current().drawsForAudit(random)) {
            activity.requestAudit("Drawn in the institute's random audit: upload your evidence for this activity "
                    + "again (a certificate of attendance, a receipt, the published item).");
            publisher.publishEvent(new CpdAuditRequested(id, activity.accountId(), claim.title(), now));
        }
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void reject(long id, String reason) {
        var activity = locked(id);
        Instant now = clock.instant();
        activity.reject(accounts.currentAccount().email(), now, requiredNote(reason));
        publisher.publishEvent(new CpdActivityRejected(id, activity.accountId(), activity.claim().title(),
                reason.strip(), now));
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    @Transactional
    public void requestMoreEvidence(long id, String request) {
        var activity = locked(id);
        Instant now = clock.instant();
        activity.requestMoreEvidence(accounts.currentAccount().email(), now, requiredNote(request));
        publisher.publishEvent(new CpdEvidenceRequested(id, activity.accountId(), activity.claim().title(),
                request.strip(), now));
    }

    /** Whether the document is evidence for a CPD activity, so registrars may read it. */
    public boolean isEvidence(UUID documentId) {
        return activities.isEvidence(documentId);
    }

    // --- Rules applied on every save --------------------------------------------------------------------------

    private CpdActivity save(@Nullable Long id, CpdActivityForm form) {
        long me = accounts.currentAccount().id();
        var claim = checkedClaim(me, form, id);
        var evidence = ownDocuments(form.evidence());
        try {
            if (id == null) {
                return activities.saveAndFlush(new CpdActivity(me, claim, evidence, clock.instant()));
            }
            var activity = ownLocked(id);
            activity.revise(claim, evidence);
            activities.flush();
            return activity;
        } catch (DataIntegrityViolationException sameInstant) {
            // uk_cpd_activity_live: the same claim was saved by another request while this one was checking.
            // Any other violation is a fault, not a duplicate, and reaches the session's error handler as one.
            if (!String.valueOf(sameInstant.getMostSpecificCause().getMessage()).contains("uk_cpd_activity_live")) {
                throw sameInstant;
            }
            throw CpdRefusedException.onField(CpdActivityForm.TITLE, CpdLedger.alreadyLogged(claim));
        }
    }

    /**
     * The claim checked on its own, beside the member's other activities, and against their cycles. Also asked by
     * {@link AutomaticCredits} through this bean's proxy: a refusal is an answer there, so it must not mark the
     * caller's transaction for rollback.
     */
    @Transactional(readOnly = true, noRollbackFor = CpdRefusedException.class)
    CpdClaim checkedClaim(long accountId, CpdActivityForm form, @Nullable Long replacing) {
        var claim = CpdClaim.of(form, rulebook(), LocalDate.now(clock));
        ledgerOf(accountId).refusal(claim, replacing).ifPresent(problem -> {
            throw new CpdRefusedException(List.of(problem));
        });
        boolean inACycle = certifications.certificationsOf(accountId).stream()
                .filter(certification -> certification.status().isCurrent())
                .anyMatch(certification -> certification.cycle().contains(claim.completedOn()));
        if (!inACycle) {
            throw CpdRefusedException.onField(CpdActivityForm.ENDS_ON, "The activity's date is outside the current "
                    + "cycle of every certification you hold, so it cannot count toward any of them.");
        }
        return claim;
    }

    /** The evidence must be the member's own stored documents; anyone else's, or an unknown id, is refused. */
    private List<UUID> ownDocuments(List<UUID> ids) {
        // Owned, not merely readable: an assessor may read candidates' files but not claim them as evidence.
        if (!documents.allOwnedBySignedIn(ids)) {
            throw CpdRefusedException.onField(CpdActivityForm.EVIDENCE,
                    "Evidence must be files you uploaded yourself; upload it again.");
        }
        return ids.stream().distinct().toList();
    }

    private CpdActivity ownLocked(long id) {
        long me = accounts.currentAccount().id();
        return activities.lockById(id).filter(activity -> activity.accountId() == me)
                .orElseThrow(() -> new CpdActivityNotFoundException(id));
    }

    private CpdActivity locked(long id) {
        return activities.lockById(id).orElseThrow(() -> new CpdActivityNotFoundException(id));
    }

    private static String requiredNote(String note) {
        if (note.isBlank()) {
            throw new CpdRefusedException("Write a few words for the member.");
        }
        if (note.strip().length() > CpdClaim.MAX_DESCRIPTION) {
            throw new CpdRefusedException("Keep it to " + CpdClaim.MAX_DESCRIPTION + " characters.");
        }
        return note.strip();
    }

    private CpdProgress progress(CertificationSummary certification, CpdLedger ledger,
            List<CpdActivityDetails> pending) {
        var tally = ledger.tally(certification.cycle(), certification.cpdHoursRequired());
        var forecast = ledger.forecast(tally, LocalDate.now(clock));
        return new CpdProgress(certification, tally.categories().stream()
                .map(category -> new CategoryProgress(category.category(), category.claimed(), category.cap(),
                        category.counted(), category.capApplied()))
                .toList(), tally.counted(), tally.required(), tally.met(), forecast.pacePerMonth(),
                forecast.projected(), forecast.onTrack(), forecast.neededPerMonth(), forecast.daysToExpiry(),
                pending);
    }

    private CpdActivityDetails view(CpdActivity activity, AccountSummary member, CpdRulebook rules) {
        var claim = activity.claim();
        var type = rules.type(claim.activityType()).orElseThrow();
        return new CpdActivityDetails(activity.id(), activity.accountId(), member.fullName(), claim.category(),
                type.code(), type.label(), claim.title(), claim.provider(), claim.startsOn(), claim.endsOn(),
                claim.hours(), claim.excludedHours(), claim.description(), claim.audience(),
                claim.independenceDeclared(), activity.status(), type.creditsFor(claim.hours(), claim.excludedHours()),
                activity.sourceKey() != null, activity.submittedAt(), activity.reviewNote(), activity.evidence());
    }
}
