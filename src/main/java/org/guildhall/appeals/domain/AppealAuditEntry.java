package org.guildhall.appeals.domain;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.guildhall.appeals.AppealHistoryEntry;
import org.guildhall.shared.Shortened;
import org.hibernate.annotations.Immutable;

/** One line of an appeal's append-only history: Hibernate never updates it, and nothing deletes it. */
@Entity
@Immutable
@Table(name = "appeal_audit")
public class AppealAuditEntry {

    private static final int MAX_DETAIL = 4000;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private long appealId;
    private long actorAccountId;
    private String actorName;
    private String action;
    private String detail;
    private Instant recordedAt;

    protected AppealAuditEntry() {
    }

    public AppealAuditEntry(long appealId, long actorAccountId, String actorName, String action, String detail,
            Instant recordedAt) {
        this.appealId = appealId;
        this.actorAccountId = actorAccountId;
        this.actorName = actorName;
        this.action = action;
        this.detail = Shortened.toFit(detail, MAX_DETAIL);
        this.recordedAt = recordedAt;
    }

    public AppealHistoryEntry toView() {
        return new AppealHistoryEntry(recordedAt, actorName, action, detail);
    }
}
