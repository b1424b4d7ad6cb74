package org.guildhall.membership.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.guildhall.membership.MembershipCategory;
import org.jspecify.annotations.Nullable;

/**
 * A member's application to move category, with the questionnaire answers (in words, as the registrar reads
 * them) and documents it rests on, and the registrar's decision. The membership's history keeps both categories:
 * this row, and each term's own category.
 */
@Entity
@Table(name = "category_change")
public class CategoryChange {

    /** Where the application stands. */
    public enum Status {
        SUBMITTED, APPROVED, REJECTED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private MembershipCategory fromCategory;

    @Enumerated(EnumType.STRING)
    private MembershipCategory toCategory;

    private String answers;

    @Enumerated(EnumType.STRING)
    private Status status;

    private Instant submittedAt;

    private @Nullable String decidedBy;

    private @Nullable Instant decidedAt;

    private @Nullable String decisionNote;

    private @Nullable LocalDate effectiveOn;

    @ElementCollection
    @CollectionTable(name = "category_change_document", joinColumns = @JoinColumn(name = "change_id"))
    @Column(name = "document_id")
    private List<UUID> documentIds = new ArrayList<>();

    protected CategoryChange() {
    }

    public CategoryChange(long accountId, MembershipCategory fromCategory, MembershipCategory toCategory,
            List<String> answers, List<UUID> documentIds, Instant submittedAt) {
        this.accountId = accountId;
        this.fromCategory = fromCategory;
        this.toCategory = toCategory;
        this.answers = String.join("\n", answers);
        this.documentIds = new ArrayList<>(documentIds);
        this.status = Status.SUBMITTED;
        this.submittedAt = submittedAt;
    }

    /** Records the registrar's decision; returns false, changing nothing, when it was already decided. */
    public boolean decide(boolean approved, String by, Instant at, @Nullable String note,
            @Nullable LocalDate effectiveOn) {
        if (status != Status.SUBMITTED) {
            return false;
        }
        this.status = approved ? Status.APPROVED : Status.REJECTED;
        this.decidedBy = by;
        this.decidedAt = at;
        this.decisionNote = note;
        this.effectiveOn = effectiveOn;
        return true;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public MembershipCategory fromCategory() {
        return fromCategory;
    }

    public MembershipCategory toCategory() {
        return toCategory;
    }

    public List<String> answers() {
        return List.of(answers.split("\n"));
    }

    public Status status() {
        return status;
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public @Nullable String decidedBy() {
        return decidedBy;
    }

    public @Nullable Instant decidedAt() {
        return decidedAt;
    }

    public @Nullable String decisionNote() {
        return decisionNote;
    }

    public @Nullable LocalDate effectiveOn() {
        return effectiveOn;
    }

    public List<UUID> documentIds() {
        return List.copyOf(documentIds);
    }
}
