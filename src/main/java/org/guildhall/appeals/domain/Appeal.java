package org.guildhall.appeals.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

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
import org.guildhall.appeals.AppealKind;
import org.guildhall.appeals.AppealOutcome;
import org.guildhall.appeals.AppealRefusedException;
import org.guildhall.appeals.AppealStatus;
import org.guildhall.shared.Shortened;
import org.jspecify.annotations.Nullable;

/**
 * One appeal against one decision (a second against the same decision is refused by a unique key): lodged with
 * grounds and documents, heard by an appeal panel the registrar forms, decided by its chair with reasons.
 */
@Entity
@Table(name = "appeal")
public class Appeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    @Enumerated(EnumType.STRING)
    private AppealKind kind;

    private long decisionId;
    private long appellantAccountId;
    private LocalDate decidedOn;
    private Instant lodgedAt;
    private String grounds;
    private String subjectName;
    private String originalReason;
    private @Nullable Long originalDeciderAccountId;

    @Enumerated(EnumType.STRING)
    private AppealStatus status;

    private @Nullable Long chairAccountId;

    @Enumerated(EnumType.STRING)
    private @Nullable AppealOutcome outcome;

    private @Nullable String reasons;
    private @Nullable Instant decidedAt;

    @ElementCollection
    @CollectionTable(name = "appeal_document", joinColumns = @JoinColumn(name = "appeal_id"))
    @Column(name = "document_id")
    private Set<UUID> documents = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "appeal_panel_member", joinColumns = @JoinColumn(name = "appeal_id"))
    @Column(name = "assessor_account_id")
    private Set<Long> panel = new LinkedHashSet<>();

    protected Appeal() {
    }

    /**
     * @param subjectName what the decision concerned (the activity's title, the designation's code)
     * @param originalReason the reasons given with the decision, kept as they were
     * @param originalDecider the one person who took the decision, when one did (a panel's members are read live)
     */
    public Appeal(AppealKind kind, long decisionId, long appellantAccountId, LocalDate decidedOn, String subjectName,
            String originalReason, @Nullable Long originalDecider, String grounds, List<UUID> documents,
            Instant lodgedAt) {
        this.kind = kind;
        this.subjectName = subjectName;
        this.originalReason = Shortened.toFit(originalReason, 4000);
        this.originalDeciderAccountId = originalDecider;
        this.decisionId = decisionId;
        this.appellantAccountId = appellantAccountId;
        this.decidedOn = decidedOn;
        this.grounds = grounds;
        this.documents.addAll(documents);
        this.lodgedAt = lodgedAt;
        this.status = AppealStatus.LODGED;
    }

    /** Seats the appeal panel (checked by {@link AppealPanelPolicy}); formed once. */
    public void formPanel(List<Long> assessorIds, long chairId) {
        if (status != AppealStatus.LODGED) {
            throw new AppealRefusedException("appeals.panel.already-formed");
        }
        panel.addAll(assessorIds);
        chairAccountId = chairId;
        status = AppealStatus.PANEL_FORMED;
    }

    public void decide(AppealOutcome decided, String decidedReasons, Instant now) {
        if (status != AppealStatus.PANEL_FORMED) {
            throw new AppealRefusedException(status == AppealStatus.DECIDED ? "appeals.decision.already"
                    : "appeals.decision.panel-first");
        }
        outcome = decided;
        reasons = decidedReasons;
        decidedAt = now;
        status = AppealStatus.DECIDED;
    }

    public boolean seats(long accountId) {
        return panel.contains(accountId);
    }

    public boolean isChair(long accountId) {
        return chairAccountId != null && chairAccountId == accountId;
    }

    public long id() {
        return id;
    }

    public long version() {
        return version;
    }

    public AppealKind kind() {
        return kind;
    }

    public long decisionId() {
        return decisionId;
    }

    public long appellantAccountId() {
        return appellantAccountId;
    }

    public LocalDate decidedOn() {
        return decidedOn;
    }

    public Instant lodgedAt() {
        return lodgedAt;
    }

    public String subjectName() {
        return subjectName;
    }

    public String originalReason() {
        return originalReason;
    }

    public @Nullable Long originalDeciderAccountId() {
        return originalDeciderAccountId;
    }

    public String grounds() {
        return grounds;
    }

    public AppealStatus status() {
        return status;
    }

    public @Nullable Long chairAccountId() {
        return chairAccountId;
    }

    public @Nullable AppealOutcome outcome() {
        return outcome;
    }

    public @Nullable String reasons() {
        return reasons;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public List<UUID> documents() {
        return List.copyOf(documents);
    }

    public List<Long> panel() {
        return List.copyOf(panel);
    }
}
