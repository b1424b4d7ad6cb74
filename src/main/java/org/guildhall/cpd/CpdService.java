package org.guildhall.cpd;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.guildhall.certification.CertificationService;
import org.guildhall.certification.CertificationSummary;
import org.guildhall.cpd.CpdProgress.CategoryProgress;
import org.guildhall.cpd.domain.CpdActivity;
import org.guildhall.cpd.domain.CpdActivityRepository;
import org.guildhall.cpd.domain.CpdClaim;
import org.guildhall.cpd.domain.CpdLedger;
import org.guildhall.cpd.domain.EvidenceText;
import org.guildhall.cpd.domain.RulesInForce;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.AccountSummary;
import org.guildhall.identity.Role;
import org.guildhall.platform.ReadOnlyRequests;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Members' CPD activities: logging with evidence, drafts, edits and withdrawal before review, and each
 * certification's progress ({@link CpdReviewService} is the registrar's review and audit sample;
 * {@link AutomaticCredits} records the credit the institute grants from its own records).
 * A member sees only their own activities; anyone else's id reads as not found.
 */
@Service
@Transactional(readOnly = true)
@NamedInterface("api")
public class CpdService {

    private final CpdActivityRepository activities;
    private final CpdRulebooks rulebooks;
    private final CertificationService certifications;
    private final AccountService accounts;
    private final DocumentService documents;
    private final ObjectProvider<CpdOpportunities> opportunities;
    private final Clock clock;

    CpdService(CpdActivityRepository activities, CpdRulebooks rulebooks, CertificationService certifications,
            AccountService accounts, DocumentService documents, ObjectProvider<CpdOpportunities> opportunities,
            Clock clock) {
        this.opportunities = opportunities;
        this.activities = activities;
        this.rulebooks = rulebooks;
        this.certifications = certifications;
        this.accounts = accounts;
        this.documents = documents;
        this.clock = clock;
    }

    /** The caps and credit values in force, for the form's rule sentences and choices. */
    public CpdRulebook rulebook() {
        return rulebooks.current();
    }

    // --- The member's log --------------------------------------------------------------------------------------

    /** Saves the activity as a draft (new when {@code id} is null) and returns its id. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public long saveDraft(@Nullable Long id, CpdActivityData form) {
        var activity = save(id, form);
        checkEvidenceText(activity);
        return activity.id();
    }

    /** Saves the activity and sends it for review; evidence is required. */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    @Transactional
    public long submit(@Nullable Long id, CpdActivityData form) {
        var activity = save(id, form);
        activity.submit(clock.instant());
        checkEvidenceText(activity);
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
        checkEvidenceText(activity);
    }

    /**
     * What the text of the evidence attached so far does not show of the activity as typed, for the form to say at
     * once after an upload; the same reading as the one kept at each save. Only the member's own documents are read.
     */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<EvidenceWarning> evidenceWarnings(CpdActivityData typed) {
        var evidence = ownDocuments(typed.evidence());
        if (evidence.isEmpty()) {
            return List.of();
        }
        return List.copyOf(EvidenceText.of(textOf(evidence)).warningsFor(accounts.currentAccount().fullName(),
                typed.provider(), typed.startsOn(), typed.endsOn(), typed.hours(), typed.excludedHours()));
    }

    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<CpdActivityDetails> myActivities() {
        var me = accounts.currentAccount();
        var rules = rulebooks.remembered();
        return activitiesOf(me.id()).stream()
                .map(activity -> view(activity, me, rules)).toList();
    }

    /** One of the signed-in member's activities; another member's id reads as not found. */
    @PreAuthorize("isAuthenticated()")
    public CpdActivityDetails myActivity(long id) {
        var me = accounts.currentAccount();
        return activities.findById(id).filter(activity -> activity.accountId() == me.id())
                .map(activity -> view(activity, me, rulebooks))
                .orElseThrow(() -> new CpdActivityNotFoundException(id));
    }

    /** Each of the signed-in member's current certifications with its CPD progress. */
    @PreAuthorize("isAuthenticated()")
    public List<CpdProgress> myProgress() {
        var me = accounts.currentAccount();
        var rules = rulebooks.remembered();
        var own = activitiesOf(me.id());
        var ledger = new CpdLedger(rules, own.stream().map(CpdActivity::toEntry).toList());
        return certifications.certificationsOf(me.id()).stream()
                .filter(certification -> certification.status().isCurrent())
                .map(certification -> progress(certification, ledger, own.stream()
                        .filter(activity -> activity.status().isPending()
                                && certification.cycle().contains(activity.claim().completedOn()))
                        .map(activity -> view(activity, me, rules)).toList()))
                .toList();
    }

    /**
     * What the activity the signed-in member is typing would add, once approved, to each current certification whose
     * cycle contains its date; empty while the form does not yet say enough to weigh it. The ledger's own rules
     * weigh it ({@link CpdLedger#preview}), so the preview and the count after approval are the same numbers.
     *
     * @param replacing the activity being edited, or null for a new one
     */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<CpdPreview> preview(CpdActivityData form, @Nullable Long replacing) {
        var rules = rulebook();
        var claim = CpdClaim.weighable(form, rules);
        if (claim.isEmpty()) {
            return List.of();
        }
        long me = accounts.currentAccount().id();
        var ledger = ledgerOf(me);
        return certifications.certificationsOf(me).stream()
                .filter(certification -> certification.status().isCurrent()
                        && certification.cycle().contains(claim.get().completedOn()))
                .map(certification -> {
                    var preview = ledger.preview(claim.get(), replacing, certification.cycle(),
                            certification.cpdHoursRequired());
                    var category = preview.category();
                    return new CpdPreview(certification, category, preview.claimed(), preview.added(),
                            preview.before().counted(), preview.after().counted(), preview.after().required(),
                            preview.before().of(category).counted(), preview.after().of(category).counted(),
                            preview.after().of(category).cap());
                })
                .toList();
    }

    /**
     * "Close your gap": for one of the signed-in member's current certifications still short of its requirement,
     * what is on offer before its last valid day that would add counted credits (weighed like the form's preview,
     * so a category at its cap adds nothing), most credits first, at most {@code limit}. Empty once it is met.
     */
    @PreAuthorize("hasRole('" + Role.Names.MEMBER + "')")
    public List<GapCloser> gapClosers(long certificationId, int limit) {
        long me = accounts.currentAccount().id();
        var certification = certifications.certificationsOf(me).stream()
                .filter(held -> held.id() == certificationId && held.status().isCurrent()).findFirst();
        if (certification.isEmpty()) {
            return List.of();
        }
        var cycle = certification.get().cycle();
        int required = certification.get().cpdHoursRequired();
        var ledger = ledgerOf(me);
        if (ledger.tally(cycle, required).met()) {
            return List.of();
        }
        return opportunities.orderedStream()
                .flatMap(source -> source.until(cycle.lastValidDay()).stream())
                .filter(offer -> cycle.contains(offer.on()))
                .map(offer -> new GapCloser(offer, ledger.preview(CpdClaim.offered(offer.category(),
                        offer.activityType(), offer.title(), offer.on(), offer.hours()), null, cycle, required)
                        .added()))
                .filter(closer -> closer.adds().signum() > 0)
                .sorted(Comparator.comparing(GapCloser::adds).reversed()
                        .thenComparing(closer -> closer.opportunity().on()))
                .limit(limit)
                .toList();
    }

    /** A member's activities, newest first; read once per Vaadin request (My CPD's progress, renewal and log). */
    private List<CpdActivity> activitiesOf(long accountId) {
        return ReadOnlyRequests.once(new ActivitiesOf(accountId),
                () -> activities.findByAccountIdOrderByEndsOnDescIdDesc(accountId));
    }

    private record ActivitiesOf(long accountId) {
    }

    /** The rules of every day, for a walk that builds many ledgers. */
    RulesInForce rulesInForce() {
        return rulebooks;
    }

    /** The ledger of any member, for renewal, reminders and transcripts. */
    CpdLedger ledgerOf(long accountId) {
        return new CpdLedger(rulebooks.remembered(), activitiesOf(accountId).stream()
                .map(CpdActivity::toEntry).toList());
    }

    /** A certification's counted credits now, for renewal and reminders. */
    CpdLedger.Tally tallyOf(CertificationSummary certification) {
        return ledgerOf(certification.holderAccountId()).tally(certification.cycle(),
                certification.cpdHoursRequired());
    }

    // --- Rules applied on every save --------------------------------------------------------------------------

    private CpdActivity save(@Nullable Long id, CpdActivityData form) {
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
            throw CpdRefusedException.onField(CpdActivityData.TITLE, CpdLedger.alreadyLogged(claim));
        }
    }

    /**
     * The claim checked on its own, beside the member's other activities, and against their cycles. Also asked by
     * {@link AutomaticCredits} through this bean's proxy: a refusal is an answer there, so it must not mark the
     * caller's transaction for rollback.
     */
    @Transactional(readOnly = true, noRollbackFor = CpdRefusedException.class)
    CpdClaim checkedClaim(long accountId, CpdActivityData form, @Nullable Long replacing) {
        var claim = CpdClaim.of(form, rulebook(), LocalDate.now(clock));
        ledgerOf(accountId).refusal(claim, replacing).ifPresent(problem -> {
            throw new CpdRefusedException(List.of(problem));
        });
        boolean inACycle = certifications.certificationsOf(accountId).stream()
                .filter(certification -> certification.status().isCurrent())
                .anyMatch(certification -> certification.cycle().contains(claim.completedOn()));
        if (!inACycle) {
            throw CpdRefusedException.onField(CpdActivityData.ENDS_ON, "cpd.claim.outside-cycles");
        }
        return claim;
    }

    /** The evidence must be the member's own stored documents; anyone else's, or an unknown id, is refused. */
    private List<UUID> ownDocuments(List<UUID> ids) {
        // Owned, not merely readable: an assessor may read candidates' files but not claim them as evidence.
        if (!documents.allOwnedBySignedIn(ids)) {
            throw CpdRefusedException.onField(CpdActivityData.EVIDENCE,
                    "cpd.claim.evidence-not-own");
        }
        return ids.stream().distinct().toList();
    }

    /**
     * Reads the text of the evidence for what a certificate should show (ISACA's "compliant documentation": the
     * member's name, the provider, a date in the activity's span, the hours) and keeps what it misses as warnings
     * for the member and the registrar; it never refuses.
     */
    private void checkEvidenceText(CpdActivity activity) {
        if (activity.evidence().isEmpty()) {
            activity.noteEvidenceWarnings(Set.of());
            return;
        }
        activity.noteEvidenceWarnings(EvidenceText.of(textOf(activity.evidence()))
                .warningsFor(accounts.currentAccount().fullName(), activity.claim()));
    }

    private String textOf(List<UUID> evidence) {
        return evidence.stream().map(documents::textOf).collect(Collectors.joining("\n"));
    }

    private CpdActivity ownLocked(long id) {
        long me = accounts.currentAccount().id();
        return activities.lockById(id).filter(activity -> activity.accountId() == me)
                .orElseThrow(() -> new CpdActivityNotFoundException(id));
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

    /** The activity with the credits it claims under the rules of the day it was completed. */
    CpdActivityDetails view(CpdActivity activity, AccountSummary member, RulesInForce rules) {
        var claim = activity.claim();
        var type = rules.on(claim.completedOn()).type(claim.activityType()).orElseThrow();
        return new CpdActivityDetails(activity.id(), activity.accountId(), member.fullName(), claim.category(),
                type.code(), type.label(), claim.title(), claim.provider(), claim.startsOn(), claim.endsOn(),
                claim.hours(), claim.excludedHours(), claim.description(), claim.audience(),
                claim.independenceDeclared(), activity.status(), type.creditsFor(claim.hours(), claim.excludedHours()),
                activity.sourceKey() != null, activity.submittedAt(), activity.reviewNote(), activity.evidence(),
                activity.evidenceWarnings());
    }
}
