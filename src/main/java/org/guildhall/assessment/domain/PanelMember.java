package org.guildhall.assessment.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** An assessor's seat on a panel; a recused seat stays on record and a replacement takes a new one. */
@Entity
@Table(name = "panel_member")
public class PanelMember {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "panel_id")
    private Panel panel;

    private long assessorAccountId;
    private boolean chair;
    private @Nullable String conflictOverride;
    private Instant assignedAt;
    private @Nullable Instant recusedAt;
    private @Nullable String recusalReason;
    private @Nullable Instant lastRemindedAt;

    protected PanelMember() {
    }

    PanelMember(Panel panel, long assessorAccountId, boolean chair, @Nullable String conflictOverride,
            Instant assignedAt) {
        this.panel = panel;
        this.assessorAccountId = assessorAccountId;
        this.chair = chair;
        this.conflictOverride = conflictOverride;
        this.assignedAt = assignedAt;
    }

    /** Leaves the panel; a chair's seat passes its chair to whoever replaces them. */
    public void recuse(String reason, Instant now) {
        this.recusedAt = now;
        this.recusalReason = reason;
    }

    public void reminded(Instant now) {
        this.lastRemindedAt = now;
    }

    public long id() {
        return id;
    }

    public long panelId() {
        return panel.id();
    }

    public long assessorAccountId() {
        return assessorAccountId;
    }

    public boolean isChair() {
        return chair;
    }

    public boolean isRecused() {
        return recusedAt != null;
    }

    public @Nullable String recusalReason() {
        return recusalReason;
    }

    public @Nullable String conflictOverride() {
        return conflictOverride;
    }

    public @Nullable Instant lastRemindedAt() {
        return lastRemindedAt;
    }
}
