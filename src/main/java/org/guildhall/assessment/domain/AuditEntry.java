package org.guildhall.assessment.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.assessment.AuditEntrySummary;
import org.guildhall.shared.Shortened;
import org.hibernate.annotations.Immutable;

/** One line of a panel's append-only history: Hibernate never updates it, and nothing deletes it. */
@Entity
@Immutable
@Table(name = "assessment_audit")
public class AuditEntry {

    private static final int MAX_DETAIL = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long panelId;
    private long actorAccountId;
    private String actorName;
    private String action;
    private String detail;
    private Instant recordedAt;

    protected AuditEntry() {
    }

    public AuditEntry(long panelId, long actorAccountId, String actorName, String action, String detail,
            Instant recordedAt) {
        this.panelId = panelId;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.action = action;
        this.detail = Shortened.toFit(detail, MAX_DETAIL);
        this.recordedAt = recordedAt;
    }

    public AuditEntrySummary toView() {
        return new AuditEntrySummary(recordedAt, actorName, action, detail);
    }
}
