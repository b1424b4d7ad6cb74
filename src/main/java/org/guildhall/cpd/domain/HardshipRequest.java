package org.guildhall.cpd.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.cpd.CpdRefusedException;
import org.guildhall.cpd.HardshipKind;
import org.guildhall.cpd.HardshipReason;
import org.guildhall.cpd.HardshipState;
import org.jspecify.annotations.Nullable;

/**
 * A member's request for relief from one certification cycle, with its evidence, and the registrar's decision.
 * A granted one keeps what the cycle was before (its end, its requirement), for the transcript.
 */
@Entity
@Table(name = "cpd_hardship_request")
public class HardshipRequest {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long accountId;

    private long certificationId;

    private int cycleNumber;

    private String designationCode;

    @Enumerated(EnumType.STRING)
    private HardshipKind kind;

    @Enumerated(EnumType.STRING)
    private HardshipReason reason;

    private LocalDate startsOn;

    private LocalDate endsOn;

    private String explanation;

    private UUID evidenceDocumentId;

    @Enumerated(EnumType.STRING)
    private HardshipState state;

    private Instant requestedAt;

    @Embedded
    @AttributeOverride(name = "decidedBy", column = @Column(name = "decided_by"))
    @AttributeOverride(name = "decidedAt", column = @Column(name = "decided_at"))
    @AttributeOverride(name = "reason", column = @Column(name = "decision_note"))
    private @Nullable Decision decision;

    private @Nullable LocalDate previousExpiresOn;

    private @Nullable LocalDate grantedExpiresOn;

    private @Nullable Integer previousRequired;

    private @Nullable Integer pausedMonths;

    private @Nullable Integer grantedRequired;

    protected HardshipRequest() {
    }

    public HardshipRequest(long accountId, long certificationId, int cycleNumber, String designationCode,
            HardshipKind kind, HardshipReason reason, LocalDate startsOn, LocalDate endsOn, String explanation,
            UUID evidenceDocumentId, Instant now) {
        this.accountId = accountId;
        this.certificationId = certificationId;
        this.cycleNumber = cycleNumber;
        this.designationCode = designationCode;
        this.kind = kind;
        this.reason = reason;
        this.startsOn = startsOn;
        this.endsOn = endsOn;
        this.explanation = explanation;
        this.evidenceDocumentId = evidenceDocumentId;
        this.state = HardshipState.REQUESTED;
        this.requestedAt = now;
    }

    /** The cycle now ends on {@code newExpiresOn} instead of {@code previousExpiresOn}. */
    public void grantExtension(LocalDate previousExpiresOn, LocalDate newExpiresOn, String registrar, Instant now,
            @Nullable String note) {
        decide(HardshipState.EXTENDED, registrar, now, note);
        this.previousExpiresOn = previousExpiresOn;
        this.grantedExpiresOn = newExpiresOn;
    }

    /** The cycle now asks {@code newRequired} credits instead of {@code previousRequired}, for {@code months}. */
    public void grantPause(int previousRequired, int months, int newRequired, String registrar, Instant now,
            @Nullable String note) {
        decide(HardshipState.PAUSED, registrar, now, note);
        this.previousRequired = previousRequired;
        this.pausedMonths = months;
        this.grantedRequired = newRequired;
    }

    public void refuse(String reason, String registrar, Instant now) {
        decide(HardshipState.REFUSED, registrar, now, reason);
    }

    private void decide(HardshipState outcome, String registrar, Instant now, @Nullable String note) {
        if (state != HardshipState.REQUESTED) {
            throw new CpdRefusedException("cpd.hardship.decision.already-decided");
        }
        state = outcome;
        decision = new Decision(registrar, now, note);
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public long certificationId() {
        return certificationId;
    }

    public int cycleNumber() {
        return cycleNumber;
    }

    public String designationCode() {
        return designationCode;
    }

    public HardshipKind kind() {
        return kind;
    }

    public HardshipReason reason() {
        return reason;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public String explanation() {
        return explanation;
    }

    public UUID evidenceDocumentId() {
        return evidenceDocumentId;
    }

    public HardshipState state() {
        return state;
    }

    public Instant requestedAt() {
        return requestedAt;
    }

    /** The registrar's decision; null while the request waits for one. */
    public @Nullable Decision decision() {
        return decision;
    }

    public @Nullable String decisionNote() {
        return decision == null ? null : decision.reason();
    }

    public @Nullable LocalDate previousExpiresOn() {
        return previousExpiresOn;
    }

    public @Nullable LocalDate grantedExpiresOn() {
        return grantedExpiresOn;
    }

    public @Nullable Integer previousRequired() {
        return previousRequired;
    }

    public @Nullable Integer pausedMonths() {
        return pausedMonths;
    }

    public @Nullable Integer grantedRequired() {
        return grantedRequired;
    }
}
