package org.guildhall.certification.domain;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.certification.CertificationRefusedException;
import org.guildhall.certification.NameChangeState;
import org.guildhall.certification.NameChangeSummary;
import org.jspecify.annotations.Nullable;

/**
 * A holder's request to have their credentials issued in a new name (issue 17), with the reason and evidence (a
 * marriage certificate, a deed poll); the registrar approves, which reissues the credentials, or refuses with a
 * reason. Decided once.
 */
@Entity
@Table(name = "name_change_request")
public class NameChangeRequest {

    public static final int MAX_NAME_LENGTH = 120;
    public static final int MAX_REASON_LENGTH = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long holderAccountId;

    private String nameAsIssued;

    private String requestedName;

    private String reason;

    private UUID evidenceDocumentId;

    @Enumerated(EnumType.STRING)
    private NameChangeState state;

    private Instant requestedAt;

    private @Nullable Instant decidedAt;

    private @Nullable Long decidedBy;

    private @Nullable String refusalReason;

    protected NameChangeRequest() {
    }

    public NameChangeRequest(long holderAccountId, String nameAsIssued, String requestedName, String reason,
            UUID evidenceDocumentId, Instant requestedAt) {
        String name = requestedName.strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            throw new CertificationRefusedException("Give the new name as it should be printed, up to "
                    + MAX_NAME_LENGTH + " characters.");
        }
        if (name.equals(nameAsIssued)) {
            throw new CertificationRefusedException("Your credentials are already issued in the name " + name + ".");
        }
        this.holderAccountId = holderAccountId;
        this.nameAsIssued = nameAsIssued;
        this.requestedName = name;
        this.reason = required(reason, "Say why the name changed (for example, marriage).");
        this.evidenceDocumentId = evidenceDocumentId;
        this.state = NameChangeState.PENDING;
        this.requestedAt = requestedAt;
    }

    public void approve(long registrarAccountId, Instant at) {
        decide(registrarAccountId, at, NameChangeState.APPROVED);
    }

    public void refuse(long registrarAccountId, Instant at, String why) {
        String told = required(why, "Give the reason the holder will read.");
        decide(registrarAccountId, at, NameChangeState.REFUSED);
        this.refusalReason = told;
    }

    private void decide(long registrarAccountId, Instant at, NameChangeState decision) {
        if (state != NameChangeState.PENDING) {
            throw new CertificationRefusedException("This request was already " + state.label().toLowerCase() + ".");
        }
        this.state = decision;
        this.decidedBy = registrarAccountId;
        this.decidedAt = at;
    }

    private static String required(String text, String whenMissing) {
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            throw new CertificationRefusedException(whenMissing);
        }
        if (trimmed.length() > MAX_REASON_LENGTH) {
            throw new CertificationRefusedException("Keep it within " + MAX_REASON_LENGTH + " characters.");
        }
        return trimmed;
    }

    public long id() {
        return id;
    }

    public long holderAccountId() {
        return holderAccountId;
    }

    public String requestedName() {
        return requestedName;
    }

    public String reason() {
        return reason;
    }

    public UUID evidenceDocumentId() {
        return evidenceDocumentId;
    }

    public NameChangeSummary toSummary() {
        return new NameChangeSummary(id, holderAccountId, nameAsIssued, requestedName, reason, evidenceDocumentId,
                state, requestedAt, decidedAt, refusalReason);
    }
}
