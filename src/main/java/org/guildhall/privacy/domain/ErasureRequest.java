package org.guildhall.privacy.domain;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.privacy.ErasureRefusalData;
import org.guildhall.privacy.ErasureRequestSummary;
import org.guildhall.privacy.ErasureStatus;
import org.guildhall.privacy.PrivacyRefusedException;
import org.guildhall.shared.FieldProblem;
import org.jspecify.annotations.Nullable;

/**
 * A person's request to be forgotten (Art. 17) and the registrar's decision: erased, with the outcome line by line,
 * or refused with a reason. Decided once.
 */
@Entity
@Table(name = "erasure_request")
public class ErasureRequest {

    public static final int MAX_REASON_LENGTH = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private ErasureStatus status;

    private Instant requestedAt;

    private @Nullable Instant decidedAt;

    private @Nullable String decidedBy;

    private @Nullable String refusalReason;

    private @Nullable String outcome;

    protected ErasureRequest() {
    }

    public ErasureRequest(long accountId, Instant requestedAt) {
        this.accountId = accountId;
        this.status = ErasureStatus.REQUESTED;
        this.requestedAt = requestedAt;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public ErasureStatus status() {
        return status;
    }

    /** Carried out: {@code outcome} says what was erased and what kept, and why. */
    public void erased(String registrar, Instant now, String outcome) {
        checkWaiting();
        this.status = ErasureStatus.ERASED;
        this.decidedBy = registrar;
        this.decidedAt = now;
        this.outcome = outcome;
    }

    /** Turned down: the person is told why. */
    public void refuse(String registrar, Instant now, String reason) {
        checkWaiting();
        String stripped = reason.strip();
        if (stripped.isEmpty() || stripped.length() > MAX_REASON_LENGTH) {
            throw new PrivacyRefusedException(
                    List.of(new FieldProblem(ErasureRefusalData.REASON, "privacy.erasure.reason-needed")));
        }
        this.status = ErasureStatus.REFUSED;
        this.decidedBy = registrar;
        this.decidedAt = now;
        this.refusalReason = stripped;
    }

    private void checkWaiting() {
        if (status != ErasureStatus.REQUESTED) {
            throw new PrivacyRefusedException("privacy.erasure.already-decided");
        }
    }

    public ErasureRequestSummary toSummary(String personName) {
        return new ErasureRequestSummary(id, accountId, personName, status, requestedAt, decidedAt, decidedBy,
                refusalReason, outcome);
    }
}
