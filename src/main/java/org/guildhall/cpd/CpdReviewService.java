package org.guildhall.cpd;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.random.RandomGenerator;

import org.guildhall.cpd.CpdEvents.CpdActivityApproved;
import org.guildhall.cpd.CpdEvents.CpdActivityRejected;
import org.guildhall.cpd.CpdEvents.CpdAuditRequested;
import org.guildhall.cpd.CpdEvents.CpdEvidenceRequested;
import org.guildhall.cpd.domain.CpdActivity;
import org.guildhall.cpd.domain.CpdActivityRepository;
import org.guildhall.cpd.domain.CpdClaim;
import org.guildhall.cpd.domain.CpdPolicy;
import org.guildhall.documents.DocumentService;
import org.guildhall.identity.AccountDirectory;
import org.guildhall.identity.AccountService;
import org.guildhall.identity.Role;
import org.guildhall.settings.Settings;
import org.guildhall.shared.Text;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The registrar's review of members' CPD activities: the queue of new claims and answered audits, approval (with
 * the random audit draw), rejection and requests for more evidence; the member is told of each by an event.
 */
@Service
@Transactional(readOnly = true)
public class CpdReviewService {

    private final CpdActivityRepository activities;
    private final Settings settings;
    private final CpdService cpd;
    private final AccountService accounts;
    private final AccountDirectory directory;
    private final DocumentService documents;
    private final ApplicationEventPublisher publisher;
    private final Clock clock;
    private final RandomGenerator random = new SecureRandom();

    CpdReviewService(CpdActivityRepository activities, Settings settings, CpdService cpd,
            AccountService accounts, AccountDirectory directory, DocumentService documents,
            ApplicationEventPublisher publisher, Clock clock) {
        this.activities = activities;
        this.settings = settings;
        this.cpd = cpd;
        this.accounts = accounts;
        this.directory = directory;
        this.documents = documents;
        this.publisher = publisher;
        this.clock = clock;
    }

    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public CpdActivityDetails forReview(long id) {
        return activities.findById(id)
                .map(activity -> cpd.view(activity, accounts.summaryOf(activity.accountId()), cpd.rulesInForce()))
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
                cpd.ledgerOf(activity.accountId()).creditsClaimed(claim), now));
        LocalDate today = LocalDate.ofInstant(now, clock.getZone());
        if (!answeredAudit && new CpdPolicy(settings.intOn(CpdSettings.AUDIT_SAMPLE_PERCENT, today))
                .drawsForAudit(random)) {
            var dueOn = today.plusDays(settings.intOn(CpdSettings.AUDIT_DEADLINE_DAYS, today));
            activity.requestAudit(dueOn);
            publisher.publishEvent(new CpdAuditRequested(id, activity.accountId(), claim.title(), dueOn, now));
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

    /**
     * The other activities whose evidence is the same file as this activity's: the same document attached twice,
     * or the same bytes uploaded again (by this member or another), found by the stored checksum. Drafts are not a
     * use yet. For the registrar only: a member is never told about another member's evidence.
     */
    @PreAuthorize("hasRole('" + Role.Names.REGISTRAR + "')")
    public List<EvidenceReuse> evidenceReuse(long id) {
        var activity = activities.findById(id).orElseThrow(() -> new CpdActivityNotFoundException(id));
        var evidence = activity.evidence();
        if (evidence.isEmpty()) {
            return List.of();
        }
        Map<UUID, UUID> reviewedDocumentOf = new HashMap<>();
        evidence.forEach(document -> reviewedDocumentOf.put(document, document));
        documents.sameContentAs(evidence).forEach((reviewed, copies) ->
                copies.forEach(copy -> reviewedDocumentOf.putIfAbsent(copy, reviewed)));
        var uses = activities.holdingEvidence(reviewedDocumentOf.keySet()).stream()
                .filter(use -> ((CpdActivity) use[0]).id() != id)
                .toList();
        var names = directory.namesOf(uses.stream().map(use -> ((CpdActivity) use[0]).accountId()).toList());
        return uses.stream().map(use -> {
            var other = (CpdActivity) use[0];
            return new EvidenceReuse(reviewedDocumentOf.get((UUID) use[1]), other.id(), other.claim().title(),
                    other.status(), other.accountId(), names.getOrDefault(other.accountId(), ""),
                    other.accountId() == activity.accountId());
        }).sorted(Comparator.comparing(EvidenceReuse::otherActivityId)).toList();
    }

    /** Whether the document is evidence for a CPD activity, so registrars may read it. */
    public boolean isEvidence(UUID documentId) {
        return activities.isEvidence(documentId);
    }

    private CpdActivity locked(long id) {
        return activities.lockById(id).orElseThrow(() -> new CpdActivityNotFoundException(id));
    }

    private static String requiredNote(String note) {
        if (note.isBlank()) {
            throw CpdRefusedException.onField(ReviewNoteData.NOTE, "cpd.review.note-needed");
        }
        if (note.strip().length() > CpdClaim.MAX_DESCRIPTION) {
            throw CpdRefusedException.onField(ReviewNoteData.NOTE,
                    Text.of("cpd.review.note-too-long", CpdClaim.MAX_DESCRIPTION));
        }
        return note.strip();
    }
}
