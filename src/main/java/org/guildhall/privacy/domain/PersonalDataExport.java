package org.guildhall.privacy.domain;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.guildhall.privacy.ExportStatus;
import org.guildhall.privacy.ExportSummary;
import org.jspecify.annotations.Nullable;

/**
 * A person's request for a copy of their data: built part by part in the background, then downloadable by them
 * alone until it expires.
 */
@Entity
@Table(name = "personal_data_export")
public class PersonalDataExport {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private long accountId;

    @Enumerated(EnumType.STRING)
    private ExportStatus status;

    private int partsDone;

    private int partsTotal;

    private Instant requestedAt;

    private @Nullable Instant readyAt;

    private @Nullable Instant expiresAt;

    protected PersonalDataExport() {
    }

    public PersonalDataExport(long accountId, Instant requestedAt) {
        this.accountId = accountId;
        this.status = ExportStatus.REQUESTED;
        this.requestedAt = requestedAt;
    }

    public long id() {
        return id;
    }

    public long accountId() {
        return accountId;
    }

    public ExportStatus status() {
        return status;
    }

    public void startBuilding(int parts) {
        this.status = ExportStatus.BUILDING;
        this.partsTotal = parts;
        this.partsDone = 0;
    }

    public void partDone() {
        partsDone++;
    }

    /** Built: the link works for {@code validity} from now. */
    public void ready(Instant now, Duration validity) {
        this.status = ExportStatus.READY;
        this.partsDone = partsTotal;
        this.readyAt = now;
        this.expiresAt = now.plus(validity);
    }

    public void failed() {
        this.status = ExportStatus.FAILED;
    }

    public void expire() {
        this.status = ExportStatus.EXPIRED;
    }

    /** Whether its owner may download it at this moment. */
    public boolean downloadableAt(Instant now) {
        return status == ExportStatus.READY && expiresAt != null && now.isBefore(expiresAt);
    }

    public @Nullable Instant expiresAt() {
        return expiresAt;
    }

    public ExportSummary toSummary() {
        return new ExportSummary(id, status, partsDone, partsTotal, requestedAt, expiresAt);
    }
}
