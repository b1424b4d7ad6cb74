package org.guildhall.certification.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
import org.guildhall.certification.NameChangeData;
import org.guildhall.certification.NameChangeRefusalData;
import org.guildhall.certification.NameChangeState;
import org.guildhall.certification.NameChangeSummary;
import org.guildhall.shared.FieldProblem;
import org.guildhall.shared.Text;
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

    public NameChangeRequest(long holderAccountId, String nameAsIssued, NameChangeData entered, UUID evidenceDocumentId,
            Instant requestedAt) {
        var problems = problemsWith(nameAsIssued, entered);
        if (!problems.isEmpty()) {
            throw new CertificationRefusedException(problems);
        }
        this.holderAccountId = holderAccountId;
        this.nameAsIssued = nameAsIssued;
        this.requestedName = entered.requestedName().strip();
        this.reason = entered.reason().strip();
        this.evidenceDocumentId = evidenceDocumentId;
        this.state = NameChangeState.PENDING;
        this.requestedAt = requestedAt;
    }

    /**
     * Every problem with the new name and the reason, each on its field: a name up to {@value #MAX_NAME_LENGTH}
     * characters that differs from the one issued, and a reason up to {@value #MAX_REASON_LENGTH}.
     */
    public static List<FieldProblem> problemsWith(String nameAsIssued, NameChangeData entered) {
        var problems = new ArrayList<FieldProblem>();
        String name = entered.requestedName().strip();
        if (name.isEmpty() || name.length() > MAX_NAME_LENGTH) {
            problems.add(new FieldProblem(NameChangeData.REQUESTED_NAME, Text.of("certification.name-change.name",
                    MAX_NAME_LENGTH)));
        } else if (name.equals(nameAsIssued)) {
            problems.add(new FieldProblem(NameChangeData.REQUESTED_NAME, Text.of(
                    "certification.name-change.same-name", name)));
        }
        String reason = entered.reason().strip();
        if (reason.isEmpty()) {
            problems.add(new FieldProblem(NameChangeData.REASON, "certification.name-change.reason-needed"));
        } else if (reason.length() > MAX_REASON_LENGTH) {
            problems.add(new FieldProblem(NameChangeData.REASON, Text.of("certification.name-change.too-long",
                    MAX_REASON_LENGTH)));
        }
        return problems;
    }

    public void approve(long registrarAccountId, Instant at) {
        decide(registrarAccountId, at, NameChangeState.APPROVED);
    }

    public void refuse(long registrarAccountId, Instant at, String why) {
        String told = why.strip();
        if (told.isEmpty()) {
            throw refusedReason(Text.of("certification.name-change.refusal-needed"));
        }
        if (told.length() > MAX_REASON_LENGTH) {
            throw refusedReason(Text.of("certification.name-change.too-long", MAX_REASON_LENGTH));
        }
        decide(registrarAccountId, at, NameChangeState.REFUSED);
        this.refusalReason = told;
    }

    private static CertificationRefusedException refusedReason(Text problem) {
        return new CertificationRefusedException(List.of(new FieldProblem(NameChangeRefusalData.REASON, problem)));
    }

    private void decide(long registrarAccountId, Instant at, NameChangeState decision) {
        if (state != NameChangeState.PENDING) {
            throw new CertificationRefusedException(state == NameChangeState.APPROVED
                    ? "certification.name-change.already-approved" : "certification.name-change.already-refused");
        }
        this.state = decision;
        this.decidedBy = registrarAccountId;
        this.decidedAt = at;
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
