package org.guildhall.cpd.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.cpd.CpdActivityData;
import org.guildhall.cpd.CpdActivityStatus;
import org.guildhall.cpd.CpdCategory;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.EvidenceWarning;
import org.guildhall.shared.Text;
import org.jspecify.annotations.Nullable;

/**
 * An activity a member logged (or the institute recorded for them), with its evidence and its way through
 * review: draft, submitted, perhaps sent back for more evidence, then approved or rejected; an approved one may
 * be drawn for audit, which asks for the evidence again.
 */
@Entity
@Table(name = "cpd_activity")
public class CpdActivity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private CpdCategory category;

    private String activityType;

    private String title;

    private String provider;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private BigDecimal hours;

    private BigDecimal excludedHours;

    private @Nullable String description;

    private @Nullable String audience;

    private boolean independenceDeclared;

    @Enumerated(EnumType.STRING)
    private CpdActivityStatus status;

    private @Nullable String sourceKey;

    private Instant createdAt;

    private @Nullable Instant submittedAt;

    /** When the claim began waiting for the registrar, null when it is not waiting; MariaDB derives it (V63). */
    @Column(insertable = false, updatable = false)
    private @Nullable Instant waitingSince;

    private @Nullable Instant reviewedAt;

    private @Nullable String reviewedBy;

    private @Nullable String reviewNote;

    private @Nullable LocalDate auditDueOn;

    private @Nullable Instant auditRemindedAt;

    @ElementCollection
    @CollectionTable(name = "cpd_activity_document", joinColumns = @JoinColumn(name = "activity_id"))
    @Column(name = "document_id")
    private Set<UUID> evidence = new LinkedHashSet<>();

    /** What the evidence's text does not show of the claim, by name, comma-separated; null when nothing. */
    private @Nullable String evidenceWarnings;

    protected CpdActivity() {
    }

    /** A member's draft. */
    public CpdActivity(long accountId, CpdClaim claim, List<UUID> evidence, Instant now) {
        this.accountId = accountId;
        this.status = CpdActivityStatus.DRAFT;
        this.createdAt = now;
        take(claim, evidence);
    }

    /** Credit the institute grants from its own records: approved as it is recorded, keyed by its source. */
    public static CpdActivity automatic(long accountId, String sourceKey, CpdClaim claim, Instant now) {
        var activity = new CpdActivity(accountId, claim, List.of(), now);
        activity.sourceKey = sourceKey;
        activity.status = CpdActivityStatus.APPROVED;
        activity.submittedAt = now;
        activity.reviewedAt = now;
        activity.reviewedBy = "recorded by the institute";
        return activity;
    }

    /** The member changes it; allowed until the registrar decides. */
    public void revise(CpdClaim claim, List<UUID> evidence) {
        requireOpenToMember("change");
        take(claim, evidence);
    }

    /** Sent for review; evidence is required, because the registrar decides on it. */
    public void submit(Instant now) {
        requireOpenToMember("submit");
        requireEvidence();
        status = CpdActivityStatus.SUBMITTED;
        submittedAt = now;
        reviewNote = null;
    }

    /** The member takes it back before a decision; the caller deletes it. */
    public void checkWithdrawable() {
        requireOpenToMember("withdraw");
    }

    public void approve(String registrar, Instant now) {
        requireAwaitingRegistrar();
        decide(CpdActivityStatus.APPROVED, registrar, now, null);
    }

    public void reject(String registrar, Instant now, String reason) {
        requireAwaitingRegistrar();
        decide(CpdActivityStatus.REJECTED, registrar, now, reason);
    }

    /**
     * An upheld appeal (issue 20) replaces the rejection by an approval; the appeal's history records who decided
     * and why, so the note is cleared.
     */
    public void approveOnAppeal(String decidedBy, Instant now) {
        if (status != CpdActivityStatus.REJECTED) {
            throw new CpdRefusedException("cpd.appeal.not-rejected", Text.of(status.labelKey()));
        }
        decide(CpdActivityStatus.APPROVED, decidedBy, now, null);
    }

    public void requestMoreEvidence(String registrar, Instant now, String request) {
        if (status != CpdActivityStatus.SUBMITTED) {
            throw new CpdRefusedException("cpd.review.evidence-only-when-submitted");
        }
        decide(CpdActivityStatus.MORE_EVIDENCE_REQUESTED, registrar, now, request);
    }

    /**
     * Drawn in the audit sample after approval: still counts, but the evidence is asked for again. The status says
     * so in the member's language; there is no registrar's note.
     */
    public void requestAudit(LocalDate dueOn) {
        status = CpdActivityStatus.AUDIT_REQUESTED;
        reviewNote = null;
        auditDueOn = dueOn;
    }

    /**
     * Records the reminder of an audit still unanswered {@code daysBefore} or fewer days before its deadline and
     * answers whether it is due now; never twice for one audit.
     */
    public boolean remindOfAudit(LocalDate today, int daysBefore, Instant now) {
        if (status != CpdActivityStatus.AUDIT_REQUESTED || auditDueOn == null || auditRemindedAt != null
                || today.isBefore(auditDueOn.minusDays(daysBefore)) || !today.isBefore(auditDueOn)) {
            return false;
        }
        auditRemindedAt = now;
        return true;
    }

    /**
     * The audit's deadline passed unanswered: the activity stops counting (issue 19). Only an audit still asked
     * for expires; answered evidence waits for the registrar whatever the date.
     */
    public boolean expireAudit(LocalDate today) {
        if (status != CpdActivityStatus.AUDIT_REQUESTED || auditDueOn == null || today.isBefore(auditDueOn)) {
            return false;
        }
        status = CpdActivityStatus.AUDIT_EXPIRED;
        return true;
    }

    /**
     * The member answers an audit with the evidence, which goes back to the registrar. The audit asks for the
     * evidence again, so an answer must bring at least one document the activity did not already have.
     */
    public void submitAuditEvidence(List<UUID> documents, Instant now) {
        if (status != CpdActivityStatus.AUDIT_REQUESTED) {
            throw new CpdRefusedException("cpd.audit.not-under-audit");
        }
        if (evidence.containsAll(documents)) {
            throw CpdRefusedException.onField(CpdActivityData.EVIDENCE, "cpd.audit.new-evidence-needed");
        }
        evidence.addAll(documents);
        status = CpdActivityStatus.AUDIT_SUBMITTED;
        submittedAt = now;
    }

    private void decide(CpdActivityStatus outcome, String registrar, Instant now, @Nullable String note) {
        status = outcome;
        reviewedBy = registrar;
        reviewedAt = now;
        reviewNote = note;
    }

    private void take(CpdClaim claim, List<UUID> documents) {
        category = claim.category();
        activityType = claim.activityType();
        title = claim.title();
        provider = claim.provider();
        startsOn = claim.startsOn();
        endsOn = claim.endsOn();
        hours = claim.hours();
        excludedHours = claim.excludedHours();
        description = claim.description();
        audience = claim.audience();
        independenceDeclared = claim.independenceDeclared();
        evidence.clear();
        evidence.addAll(documents);
    }

    private void requireOpenToMember(String action) {
        if (!status.isOpenToMember()) {
            throw new CpdRefusedException("cpd.activity.reviewed-cannot-" + action, Text.of(status.labelKey()));
        }
    }

    private void requireAwaitingRegistrar() {
        if (!status.awaitsRegistrar()) {
            throw new CpdRefusedException("cpd.activity.not-awaiting-decision", Text.of(status.labelKey()));
        }
    }

    private void requireEvidence() {
        if (evidence.isEmpty()) {
            throw CpdRefusedException.onField(CpdActivityData.EVIDENCE, "cpd.claim.evidence-needed");
        }
    }

    public CpdClaim claim() {
        return new CpdClaim(category, activityType, title, provider, startsOn, endsOn, hours, excludedHours,
                description, audience, independenceDeclared);
    }

    public LedgerEntry toEntry() {
        return new LedgerEntry(id, claim(), status);
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public CpdActivityStatus status() {
        return status;
    }

    public @Nullable String sourceKey() {
        return sourceKey;
    }

    public @Nullable Instant submittedAt() {
        return submittedAt;
    }

    /** The day by which an audit must be answered; past it, unanswered, the activity stops counting. */
    public @Nullable LocalDate auditDueOn() {
        return auditDueOn;
    }

    public @Nullable Instant reviewedAt() {
        return reviewedAt;
    }

    public @Nullable String reviewedBy() {
        return reviewedBy;
    }

    public @Nullable String reviewNote() {
        return reviewNote;
    }

    public List<UUID> evidence() {
        return new ArrayList<>(evidence);
    }

    /** Records what the text of the evidence it now has does not show (checked at each save and audit answer). */
    public void noteEvidenceWarnings(Set<EvidenceWarning> warnings) {
        evidenceWarnings = warnings.isEmpty() ? null
                : warnings.stream().sorted().map(Enum::name).collect(Collectors.joining(","));
    }

    public List<EvidenceWarning> evidenceWarnings() {
        return evidenceWarnings == null ? List.of()
                : Arrays.stream(evidenceWarnings.split(",")).map(EvidenceWarning::valueOf).toList();
    }
}
